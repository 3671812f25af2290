import { describe, expect, it } from 'vitest';
import { findTemplates, quotedTitles } from '../../../src/lib/ingest/templates.ts';

const 威宁 = { province: '贵州省', prefecture: '毕节市' };

describe('the template chain a plan names', () => {
  it('lists 002’s national → province → prefecture documents, not the laws or the county’s own plans', () => {
    const opening = [
      '《威宁自治县儿童发展规划(2016—2020年)》颁布实施以来,自治县委、县政府高度重视儿童事业发展。',
      '依据《中华人民共和国宪法》《中华人民共和国未成年人保护法》等法律法规,按照《中国儿童发展纲要(2021—2030年)》《贵州省儿童发展规划(2021—2025年)》《毕节市儿童发展规划(2021—2025年)》《威宁自治县国民经济和社会发展第十四个五年规划和2035年远景目标纲要》总体要求,结合威宁自治县儿童发展实际,特制定本规划。',
    ];
    expect(findTemplates(opening, 'children', 威宁)).toEqual([
      { title: '中国儿童发展纲要(2021—2030年)', level: 'national' },
      { title: '贵州省儿童发展规划(2021—2025年)', level: 'province' },
      { title: '毕节市儿童发展规划(2021—2025年)', level: 'prefecture' },
    ]);
  });
  it('reads 001’s “十四五” titles and takes only the women’s documents for the women’s plan', () => {
    const opening = ['为进一步推进妇女与经济社会同步协调发展，依据有关法规，按照《中国妇女发展纲要（2021－2030年）》《山西省妇女发展“十四五”规划》《运城市妇女发展“十四五”规划》的要求，制定本规划。'];
    expect(findTemplates(opening, 'women', { province: '山西省', prefecture: '运城市' }).map((t) => t.level)).toEqual(['national', 'province', 'prefecture']);
    expect(findTemplates(opening, 'children', { province: '山西省', prefecture: '运城市' })).toEqual([]);
  });
  it('finds a title whose 《 extraction lost (000), as printed', () => {
    const sentence = '为进一步推进妇女与经济社会同步协调发展,根据太原市十四五妇女发展规划》太原市杏花岭区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的总体要求,编制本规划。';
    expect(quotedTitles(sentence)[0]).toBe('太原市十四五妇女发展规划');
    expect(findTemplates([sentence], 'women', { province: '山西省', prefecture: '太原市' })).toEqual([{ title: '太原市十四五妇女发展规划', level: 'prefecture' }]);
  });
  it('knows an autonomous region by its short name too (新疆 for 新疆维吾尔自治区)', () => {
    const sentence = '依据《中国儿童发展纲要(2021-2030年)》《新疆儿童发展规划(2021-2025年)》,制定本规划。';
    expect(findTemplates([sentence], 'children', { province: '新疆维吾尔自治区', prefecture: '哈密市' })[1]).toEqual({ title: '新疆儿童发展规划(2021-2025年)', level: 'province' });
  });
});

import { describe, expect, it } from 'vitest';
import { findDivision } from '../../../src/lib/intake/county-codes.ts';

// Codes, prefectures and provinces as the seeds' README lists them (../shared/seeds/README.md).
describe('findDivision', () => {
  it.each([
    ['杏花岭区', '140107', '太原市', '山西省'],
    ['盐湖区', '140802', '运城市', '山西省'],
    ['威宁彝族回族苗族自治县', '520526', '毕节市', '贵州省'],
    ['张家港市', '320582', '苏州市', '江苏省'],
    ['伊州区', '650502', '哈密市', '新疆维吾尔自治区'],
  ])('finds %s as %s in %s, %s', (name, code, prefecture, province) => {
    const match = findDivision(name, '');
    expect(match.found).toMatchObject({ code, prefecture, province, level: 'county' });
  });
  it('gives no code for a short form the list does not hold (the plans call 520526 威宁自治县)', () => {
    expect(findDivision('威宁自治县', '威宁自治县人民政府').found).toBeNull();
  });
  it('gives no code for a name several counties share unless the document names the prefecture', () => {
    const alone = findDivision('朝阳区', '朝阳区妇女发展规划');
    expect(alone.found).toBeNull();
    expect(alone.found === null && alone.candidates.map((d) => d.code).sort()).toEqual(['110105', '220104']);
    expect(findDivision('朝阳区', '长春市朝阳区人民政府').found).toMatchObject({ code: '220104', prefecture: '长春市' });
  });
  it('finds a prefecture for a prefecture-level plan', () => {
    expect(findDivision('毕节市', '').found).toMatchObject({ code: '520500', level: 'prefecture', province: '贵州省' });
  });
});

import { describe, expect, it } from 'vitest';
import { compareWithSidecar, parsePrintedDate, periodOfTitle, readPageMetadata } from '../../../src/lib/ingest/facts.ts';

describe('what the text states, compared with the sidecar', () => {
  it('reads dates as printed, and digits whose 年月日 were lost when only one date fits', () => {
    expect(parsePrintedDate('2023年4月20日')).toEqual({ iso: '2023-04-20', digitsOnly: false });
    expect(parsePrintedDate('2023-11-14')).toEqual({ iso: '2023-11-14', digitsOnly: false });
    expect(parsePrintedDate('2023531')).toEqual({ iso: '2023-05-31', digitsOnly: true });
    expect(parsePrintedDate('202355')).toEqual({ iso: '2023-05-05', digitsOnly: true });
    expect(parsePrintedDate('20211231')).toEqual({ iso: '2021-12-31', digitsOnly: true });
    expect(parsePrintedDate('2023111')).toBeNull(); // 1月11日 or 11月1日: not guessed
  });
  it('reads the metadata boxes of 000 (one line) and 002 (label, then value)', () => {
    expect(readPageMetadata(['时间:2023-11-14 来源:杏花岭区妇女联合会 字体大小:放大 正常 缩小', '索引号 主题分类 公开主体', '发文字号 杏政发〔2023〕 号 成文日期 发布日期 2023-11-14'])).toEqual({
      docNumbers: [{ value: '杏政发〔2023〕 号', where: 'page' }],
      signed: [],
      published: [{ value: '2023-11-14', where: 'page' }, { value: '2023-11-14', where: 'page' }],
    });
    expect(readPageMetadata(['  • 发布机构:', '  • 生成日期:', '  • 2023-05-22', '  • 文  号:', '  • 威府发〔2023〕4号', '  • 是否有效:'])).toEqual({
      docNumbers: [{ value: '威府发〔2023〕4号', where: 'page' }],
      signed: [],
      published: [{ value: '2023-05-22', where: 'page' }],
    });
  });
  it('warns where the text and the sidecar disagree, naming the file', () => {
    const facts = { docNumbers: [{ value: '杏政发2023', where: 'notice' as const }, { value: '杏政发〔2023〕 号', where: 'page' as const }], signed: [{ value: '2023-05-31', where: 'notice' as const }], published: [] };
    expect(compareWithSidecar('000_30ea770318f86718.txt', facts, { doc_number: '杏政发〔2023〕 号', signed: '2023-05-31', published: '2023-11-14' })).toEqual([
      '000_30ea770318f86718.txt: the text gives 文号 "杏政发2023" but the sidecar says "杏政发〔2023〕 号"',
    ]);
    expect(compareWithSidecar('x.txt', { docNumbers: [], signed: [{ value: '2023-05-05', where: 'notice' }], published: [] }, { doc_number: '', signed: '', published: '' })).toEqual([
      'x.txt: the text gives 成文日期 "2023-05-05" but the sidecar has none',
    ]);
  });
  it('reads the period from the title, “十四五” included', () => {
    expect(periodOfTitle('张家港市妇女发展规划(2021−2025年)')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('威宁自治县儿童发展规划20212025年)')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('盐湖区儿童发展“十四五”规划')).toEqual({ start: 2021, end: 2025 });
    expect(periodOfTitle('某县妇女发展规划')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { blocksToClauses, tableToRows } from '../../../src/lib/align/clauses.ts';
import { foldChars, nameVariants, normalizeTitle } from '../../../src/lib/align/normalize.ts';
import { keyOf, makeTokenizer } from '../../../src/lib/align/tokens.ts';
import type { Block } from '../../../src/lib/plan/blocks.ts';

const weining = makeTokenizer({ county: '威宁彝族回族苗族自治县', prefecture: '毕节市', province: '贵州省' });
const yanhu = makeTokenizer({ county: '盐湖区', prefecture: '运城市', province: '山西省' });
const key = (tokenize: typeof weining, text: string) => keyOf(tokenize(text));

describe('folding punctuation and width', () => {
  it('folds full-width forms one character for one, so positions stay valid', () => {
    const raw = '（一）孕产妇死亡率（1/10万），５．０‰；“健康”';
    expect(foldChars(raw)).toBe('(一)孕产妇死亡率(1/10万),5.0‰;"健康"');
    expect(foldChars(raw)).toHaveLength(raw.length);
  });

  it('compares titles across 《》, dash and bracket variants', () => {
    expect(normalizeTitle('《中国儿童发展纲要（2021—2030年）》')).toBe(normalizeTitle('中国儿童发展纲要(2021-2030年)'));
  });
});

describe('place names and level words', () => {
  it('knows the short names of an autonomous county', () => {
    expect(nameVariants('威宁彝族回族苗族自治县')).toEqual(['威宁彝族回族苗族自治县', '威宁自治县', '威宁县', '威宁']);
    expect(nameVariants('新疆维吾尔自治区')).toEqual(['新疆维吾尔自治区', '新疆']);
  });

  it('treats each county’s own names as the same placeholder', () => {
    expect(key(weining, '实施“健康威宁”行动')).toBe(key(yanhu, '实施“健康盐湖”行动'));
    expect(key(weining, '毕节市、贵州省')).toBe(key(yanhu, '运城市、山西省'));
  });

  it('treats 全县, 全区 and 全国 alike, and 县委/区委', () => {
    expect(key(weining, '全县儿童发展')).toBe(key(yanhu, '全国儿童发展'));
    expect(key(weining, '县委、县政府')).toBe(key(yanhu, '区委、区政府'));
    expect(key(weining, '本县')).not.toBe(key(yanhu, '全区'));
  });
});

describe('what comparison ignores', () => {
  it('ignores item numbers, punctuation and spacing', () => {
    expect(key(yanhu, '3.新生儿死亡率下降， 城乡差距缩小。')).toBe(key(yanhu, '（三）新生儿死亡率下降,城乡差距缩小'));
  });

  it('ignores a trailing (牵头单位:…) tag, even one that lost its closing bracket (seed 002)', () => {
    expect(key(weining, '2.婴儿死亡率逐步下降。(牵头单位:自治县卫生健康局')).toBe(key(yanhu, '2.婴儿死亡率逐步下降。'));
  });

  it('reads 0～6岁 and 0-6岁 alike, and 5.0‰ as 5‰', () => {
    expect(key(yanhu, '0～6岁儿童')).toBe(key(yanhu, '0-6岁儿童'));
    expect(key(yanhu, '降至5.0‰以下')).toBe(key(yanhu, '降至5‰以下'));
    expect(key(yanhu, '降至5.0‰以下')).not.toBe(key(yanhu, '降至6.5‰以下'));
  });

  it('keeps comparison signs, which change a target (>80 is not 80)', () => {
    expect(key(yanhu, '>80')).not.toBe(key(yanhu, '80'));
  });
});

const paragraph = (id: string, text: string): Block => ({
  id, kind: 'paragraph', depth: 0, text, rows: [], rowIds: [], path: ['s2', 's2-1', 's2-1-goals'], domain: '儿童与健康', role: 'goal',
});

describe('clauses', () => {
  it('splits 004’s "8.5岁以下" as item 8 then 5岁以下, even after a dropped item', () => {
    const clauses = blocksToClauses('650502-children', [
      paragraph('g7', '7.促进城乡儿童早期发展服务供给。'),
      paragraph('g8', '8.5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以下。'),
      paragraph('g10', '10.5岁以下儿童生长迟缓率控制在5%以下。'),
    ]);
    expect(clauses.map((c) => c.numbering)).toEqual([2, 2, 3]);
    expect(yanhu(clauses[1]!.text, clauses[1]!.numbering)[1]).toMatchObject({ text: '5岁', kind: 'number' });
  });

  it('reads 8.5岁 at the start of a list as the number it is', () => {
    const [first] = blocksToClauses('x', [paragraph('p', '8.5岁以下儿童贫血率下降。')]);
    expect(first!.numbering).toBe(0);
  });

  it('keys a table row by its indicator, puts the 2025 target next to it and leaves out the serial number', () => {
    const rows = tableToRows({
      rows: [['序号', '发展指标', '2020', '2025', '指标性质'], ['6', '*孕产妇死亡率(1/10万)', '0', '12.5', '约束性'], ['(一)保障妇女享有良好的基本医疗卫生服务', '', '', '', '']],
      rowIds: ['t1-r1', 't1-r2'],
    });
    expect(rows).toEqual([
      {
        anchor: 't1-r1', label: '*孕产妇死亡率(1/10万)', text: '*孕产妇死亡率(1/10万) | 12.5 | 0 | 约束性',
        // The cells again in the table's own order, each under its header, for showing the row without its table.
        cells: [{ head: '发展指标', text: '*孕产妇死亡率(1/10万)' }, { head: '2020', text: '0' }, { head: '2025', text: '12.5' }, { head: '指标性质', text: '约束性' }],
      },
      { anchor: 't1-r2', label: '(一)保障妇女享有良好的基本医疗卫生服务', text: '(一)保障妇女享有良好的基本医疗卫生服务', cells: [{ head: '序号', text: '(一)保障妇女享有良好的基本医疗卫生服务' }] },
    ]);
  });
});

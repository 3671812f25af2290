/**
 * A row of the clause explorer in its table's own order (src/lib/diff-view/clause-row.ts). Cells as
 * the two tables have them: 杏花岭 (000_30ea770318f86718.txt:1693–1699: 婴儿死亡率( | 4.7 | 2.8 |
 * 预期性, headers 发展指标 | 2020 | 2025 | 指标性质) and 张家港 (003_089270d5eef34d70.txt:427–429:
 * 婴儿死亡率( | 4, headers (none) | 规划目标).
 */
import { describe, expect, it } from 'vitest';
import { shownCells } from '../../../src/lib/diff-view/clause-row.ts';

const XINGHUALING = [
  { head: '发展指标', text: '婴儿死亡率(' }, { head: '2020', text: '4.7' }, { head: '2025', text: '2.8' }, { head: '指标性质', text: '预期性' },
];
const ZHANGJIAGANG = [{ head: '', text: '婴儿死亡率(' }, { head: '规划目标', text: '4' }];

describe('shownCells', () => {
  it('keeps the cells in their table’s order and marks none of the common wording’s own', () => {
    expect(shownCells(XINGHUALING).map((c) => [c.head, c.text, c.changed])).toEqual([
      ['发展指标', '婴儿死亡率(', false], ['2020', '4.7', false], ['2025', '2.8', false], ['指标性质', '预期性', false],
    ]);
  });

  it('marks a variant’s cell whose text differs under the same header, or whose header and text the common wording lacks', () => {
    // 张家港's indicator cell has no header, but 杏花岭 has that indicator; its 规划目标 4 is in no column of 杏花岭's row.
    expect(shownCells(ZHANGJIAGANG, XINGHUALING).map((c) => c.changed)).toEqual([false, true]);
    const edited = XINGHUALING.map((c) => (c.head === '2025' ? { ...c, text: '3.0' } : c));
    expect(shownCells(edited, XINGHUALING).map((c) => c.changed)).toEqual([false, false, true, false]);
  });
});

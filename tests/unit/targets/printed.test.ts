import { describe, expect, it } from 'vitest';
import { printedNumber } from '../../../src/lib/targets/printed.ts';
import { formatBaseline, formatLevel } from '../../../src/lib/targets/format.ts';

describe('a figure as the plan prints it', () => {
  // 000_30ea770318f86718.txt:1608–1612: 婚前医学检查率(% | 81.53 | 85.0 (the table row as ingested).
  const row = '3 | 婚前医学检查率(% | 81.53 | 85.0 | 约束性';

  it('keeps the printed decimals of a table value and its baseline', () => {
    expect(printedNumber(85, row)).toBe('85.0');
    expect(printedNumber(81.53, row)).toBe('81.53');
    expect(formatLevel({ comparator: '=', value: 85, unit: '%', value_text: '85.0' })).toBe('85.0%');
  });

  it('reads a baseline as printed: 000_30ea770318f86718.txt:1796 (#5岁以下儿童死亡率 7.0 → 6.5)', () => {
    const line = '12 | #5岁以下儿童死亡率( | 7.0 | 6.5 | 预期性';
    expect(printedNumber(7, line)).toBe('7.0');
    expect(formatBaseline({ year: 2020, value: 7, value_text: '7.0' })).toBe('7.0（2020）');
  });

  it('reads a value in a sentence: 001_23d5c46fb19a73e3.txt:27 孕产妇死亡率下降到12.5/10万以内', () => {
    expect(printedNumber(12.5, '2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。')).toBe('12.5');
  });

  it('has no printing for a value the text does not print, or prints two ways', () => {
    expect(printedNumber(0.85, '达到85%')).toBeNull();
    expect(printedNumber(90, '知晓率达到90%，满意率达到90.0%')).toBeNull();
  });

  it('never reads damaged digits (3.55.0: a separator was lost) as a number', () => {
    expect(printedNumber(3.55, '降至3.55.0‰以下')).toBeNull();
    expect(printedNumber(5, '降至3.55.0‰以下')).toBeNull();
  });

  it('shows a printing only when it is the value', () => {
    expect(formatLevel({ comparator: '>=', value: 85, unit: '%', value_text: '86' })).toBe('≥85%');
    expect(formatLevel({ comparator: '>=', value: 85, unit: '%', value_text: null })).toBe('≥85%');
  });
});

import { describe, expect, it } from 'vitest';
import { periodsLabel } from '../../../src/lib/plan/periods.ts';

describe('periodsLabel', () => {
  it('names one period once', () => {
    expect(periodsLabel([{ start: 2021, end: 2025 }, { start: 2021, end: 2025 }])).toBe('2021—2025年');
  });

  it('names every distinct period, earliest first', () => {
    expect(periodsLabel([{ start: 2021, end: 2030 }, { start: 2021, end: 2025 }, { start: 2021, end: 2030 }])).toBe(
      '2021—2025年、2021—2030年',
    );
  });

  it('names nothing for no plans', () => {
    expect(periodsLabel([])).toBe('');
  });
});

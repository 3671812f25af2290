import { describe, expect, it } from 'vitest';
import { compareToReference, type Level } from '../../../src/lib/targets/compare.ts';

const level = (comparator: Level['comparator'], value: number | null, unit = '%'): Level => ({ comparator, value, unit });

describe('a target against its national reference', () => {
  it('ranks a ceiling on a rate that should fall: ≤10 vs ≤12 is stricter, ≤12.5 looser', () => {
    const ref = level('<=', 12, '/10万');
    expect(compareToReference(level('<=', 10, '/10万'), ref, 'lower')).toBe('stricter');
    expect(compareToReference(level('<=', 12, '/10万'), ref, 'lower')).toBe('equal');
    expect(compareToReference(level('<=', 12.5, '/10万'), ref, 'lower')).toBe('looser');
  });

  it('ranks a floor on a rate that should rise: ≥95 vs ≥90 is stricter', () => {
    expect(compareToReference(level('>=', 95), level('>=', 90), 'higher')).toBe('stricter');
    expect(compareToReference(level('>=', 85), level('>=', 90), 'higher')).toBe('looser');
  });

  it('reads 超过 as stricter than 以上 at the same number (民法典 art. 1259)', () => {
    expect(compareToReference(level('>', 90), level('>=', 90), 'higher')).toBe('stricter');
    expect(compareToReference(level('<=', 2), level('<', 2), 'lower')).toBe('looser');
  });

  it('ranks a stated level (a bare table value, 左右) against a bound', () => {
    expect(compareToReference(level('=', 3.2, '‰'), level('<=', 3, '‰'), 'lower')).toBe('looser');
    expect(compareToReference(level('~', 45), level('~', 45), 'higher')).toBe('equal');
    expect(compareToReference(level('=', 4.2, '个/千人'), level('=', 4.5, '个/千人'), 'higher')).toBe('looser');
  });

  it('converts units of one kind: 0.5% is 5‰', () => {
    expect(compareToReference(level('<=', 0.4, '%'), level('<=', 5, '‰'), 'lower')).toBe('stricter');
  });

  it('does not compare what cannot be ranked', () => {
    expect(compareToReference(level('increase', null), level('>=', 90), 'higher')).toBe('not-comparable');
    expect(compareToReference(level('>=', 80), level('<=', 90), 'higher')).toBe('not-comparable');
    expect(compareToReference(level('<=', 80), level('<=', 90), 'higher')).toBe('not-comparable');
    expect(compareToReference(level('>=', 80, '岁'), level('>=', 90), 'higher')).toBe('not-comparable');
    expect(compareToReference(level('~', 108, '女=100'), level('~', 107, '女=100'), 'normal')).toBe('not-comparable');
  });
});

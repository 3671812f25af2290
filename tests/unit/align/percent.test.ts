import { describe, expect, it } from 'vitest';
import { percent } from '../../../src/lib/align/present.ts';

describe('percent', () => {
  it('rounds to whole percents', () => {
    expect(percent(0.54)).toBe('54%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('never says 0% or 100% of a share that is not', () => {
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0.996)).toBe('>99%');
  });
});

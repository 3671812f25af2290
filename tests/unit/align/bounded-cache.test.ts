import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/lib/align/bounded-cache.ts';

describe('BoundedMemo: a per-clause memo that holds at most its limit', () => {
  it('keeps what it was given until it is full, then starts afresh', () => {
    const memo = new BoundedMemo<object, number>(3);
    const keys = [{}, {}, {}, {}];
    keys.slice(0, 3).forEach((k, i) => memo.set(k, i));
    expect(keys.slice(0, 3).map((k) => memo.get(k))).toEqual([0, 1, 2]);
    // Setting a key it holds again does not count as a new entry.
    memo.set(keys[0]!, 10);
    expect(memo.get(keys[2]!)).toBe(2);
    // A fourth key: the first three are let go.
    memo.set(keys[3]!, 3);
    expect(keys.map((k) => memo.get(k))).toEqual([undefined, undefined, undefined, 3]);
    expect(memo.get(keys[3]!)).toBe(3);
  });
});

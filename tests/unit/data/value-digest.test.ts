import { describe, expect, it } from 'vitest';
import { valueDigest } from '../../../src/lib/data/value-digest.ts';

describe('valueDigest', () => {
  it('is the same for equal values and differs when any part differs, typed arrays, Maps and Sets included', () => {
    const value = { text: '孕产妇死亡率', shingles: new Uint32Array([1, 2, 3]), kinds: new Uint8Array([1, 2]), by: new Map([['a', 1]]), ids: new Set(['x']) };
    const same = { text: '孕产妇死亡率', shingles: new Uint32Array([1, 2, 3]), kinds: new Uint8Array([1, 2]), by: new Map([['a', 1]]), ids: new Set(['x']) };
    expect(valueDigest(same)).toBe(valueDigest(value));
    expect(valueDigest(value)).toMatch(/^[0-9a-f]{64}$/);
    expect(valueDigest({ ...value, shingles: new Uint32Array([1, 2, 4]) })).not.toBe(valueDigest(value));
    expect(valueDigest({ ...value, shingles: new Uint8Array(new Uint32Array([1, 2, 3]).buffer) })).not.toBe(valueDigest(value));
    expect(valueDigest({ ...value, by: new Map([['a', 2]]) })).not.toBe(valueDigest(value));
    expect(valueDigest({ ...value, ids: new Set(['y']) })).not.toBe(valueDigest(value));
    expect(valueDigest({ ...value, text: '孕产妇死亡率 ' })).not.toBe(valueDigest(value));
  });
});

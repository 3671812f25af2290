import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '../../../src/data/cache-key.ts';

describe('cacheKeyOf', () => {
  it('is the same for equal props and differs when any value differs', () => {
    const props = { plan: { id: '140107-women', blocks: [{ text: '目标达到95%以上' }] }, similar: [{ plan: '140802-women', share: 0.8 }] };
    expect(cacheKeyOf(structuredClone(props))).toBe(cacheKeyOf(props));
    expect(cacheKeyOf({ ...props, similar: [{ plan: '140802-women', share: 0.81 }] })).not.toBe(cacheKeyOf(props));
    expect(cacheKeyOf({ plan: { id: '140107-women', blocks: [{ text: '目标达到96%以上' }] }, similar: props.similar })).not.toBe(cacheKeyOf(props));
  });

  it('counts the contents of Maps and Sets', () => {
    expect(cacheKeyOf({ ids: new Map([['a', 1]]) })).not.toBe(cacheKeyOf({ ids: new Map([['a', 2]]) }));
    expect(cacheKeyOf({ pages: new Set(['/compare/a--b/']) })).not.toBe(cacheKeyOf({ pages: new Set() }));
  });
});

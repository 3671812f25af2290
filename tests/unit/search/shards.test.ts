import { describe, expect, it } from 'vitest';
import { planShards, provinceCodeOf, shardGlob, shardPath } from '../../../src/lib/search/shards.ts';

const REAL = ['140107-children', '140107-women', '140802-children', '140802-women', '320582-children', '320582-women', '520526-children', '520526-women', '650502-children'];

describe('search index shards', () => {
  it('keeps a corpus that fits in one shard in one index', () => {
    expect(planShards(REAL)).toEqual([{ name: 'p14-65', provinces: ['14', '32', '52', '65'], plans: 9 }]);
  });

  it('packs whole provinces in code order up to the limit', () => {
    expect(planShards(REAL, 4).map((s) => [s.name, s.plans])).toEqual([['p14', 4], ['p32-52', 4], ['p65', 1]]);
  });

  it('gives a province larger than the limit a shard of its own, never splitting it', () => {
    expect(planShards(REAL, 3).map((s) => [s.name, s.plans])).toEqual([['p14', 4], ['p32', 2], ['p52-65', 3]]);
  });

  it('places every plan in exactly one shard', () => {
    const shards = planShards(REAL, 2);
    expect(shards.reduce((n, s) => n + s.plans, 0)).toBe(REAL.length);
    expect(new Set(shards.flatMap((s) => s.provinces)).size).toBe(shards.flatMap((s) => s.provinces).length);
  });

  it('refuses an id without a county code, naming it', () => {
    expect(() => provinceCodeOf('women-140107')).toThrow(/women-140107/);
    expect(() => planShards(['14010-women'])).toThrow(/six-digit/);
  });

  it('serves each shard under /pagefind/ and indexes only its provinces’ plan pages', () => {
    expect(shardPath('p14')).toBe('/pagefind/p14/');
    expect(shardGlob({ name: 'p14', provinces: ['14'], plans: 4 })).toBe('plans/14*/index.html');
    expect(shardGlob({ name: 'p32-52', provinces: ['32', '52'], plans: 4 })).toBe('plans/{32,52}*/index.html');
  });
});

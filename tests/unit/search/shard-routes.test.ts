import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/lib/search/bigrams.ts';
import {
  maskHex, maskIndexes, parseRouteBucket, routeBucket, routedShards, routeTable, routeWords, segmentWords, ROUTE_BUCKETS, type RouteBucket,
} from '../../../src/lib/search/shard-routes.ts';
import { shardOfProvince } from '../../../src/lib/search/shards.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
/** Each real plan as a shard of its own; its segments are the plan file's lines (metadata and text). */
const PLANS = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().map((f) => ({ id: f.replace(/\.md$/, ''), lines: readFileSync(DIR + f, 'utf8').split('\n') }));
const NAMES = PLANS.map((p) => p.id);
const TABLE = routeTable(NAMES, (name) => segmentWords(PLANS.find((p) => p.id === name)!.lines));
const route = (terms: string[], within?: string[]) => routedShards(routeWords(terms)!, (n) => TABLE[n]!, NAMES, within);
/** The plans that hold every term in one line, as the search finds them (whitespace and punctuation ignored). */
const holders = (terms: string[]) => PLANS.filter((p) => terms.every((t) => p.lines.some((l) => foldForSearch(l).includes(foldForSearch(t))))).map((p) => p.id);

describe('shard route table', () => {
  it('writes masks of any number of shards and reads them back', () => {
    expect(maskHex([0])).toBe('1');
    expect(maskHex([3, 4])).toBe('18');
    expect(maskIndexes('18')).toEqual([3, 4]);
    const many = Array.from({ length: 23 }, (_, i) => i).filter((i) => i % 3 !== 1);
    expect(maskIndexes(maskHex(many))).toEqual(many);
  });

  it('puts each gram in one of its files, the same in every run', () => {
    for (const word of ['00a00b', 'ju4k1x', '_0abcd00a']) {
      expect(routeBucket(word)).toBe(routeBucket(word));
      expect(routeBucket(word)).toBeGreaterThanOrEqual(0);
      expect(routeBucket(word)).toBeLessThan(ROUTE_BUCKETS);
    }
    expect(TABLE).toHaveLength(ROUTE_BUCKETS);
    const words = TABLE.flatMap((b, n) => Object.keys(b.words).map((w) => [w, n] as const));
    for (const [w, n] of words) expect(routeBucket(w)).toBe(n);
  });

  it('routes a 文号 to the plans that state it: 威府发〔2023〕4号 is 威宁\'s (seeds/002_19b4bc2005f807a8.txt:11)', () => {
    expect(route(['威府发〔2023〕4号'])).toEqual(['520526-children', '520526-women']);
    expect(route(['威府发'])).toEqual(['520526-children', '520526-women']);
  });

  it('routes a term no plan holds to no shard: of bigrams no plan has, or of common bigrams no plan writes together', () => {
    expect(holders(['量子纠缠'])).toEqual([]);
    expect(route(['量子纠缠'])).toEqual([]);
    // How people name the two plans together; every plan has 妇女, 儿童, 发展 and 规划.
    expect(holders(['妇女儿童发展规划'])).toEqual([]);
    for (const word of ['妇女', '儿童', '发展', '规划']) expect(route([word])).toEqual(NAMES);
    expect(route(['妇女儿童发展规划'])).toEqual([]);
  });

  it('keeps every shard that holds the query: 300 substrings of the plans, drawn with a fixed seed, and two-term queries', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const plan = PLANS[Math.floor(next() * PLANS.length)]!;
      const line = foldForSearch(plan.lines[Math.floor(next() * plan.lines.length)]!);
      if ([...line].length < 2) continue;
      const chars = [...line];
      const from = Math.floor(next() * (chars.length - 1));
      const term = chars.slice(from, from + 2 + Math.floor(next() * 5)).join('');
      const routed = route([term]);
      expect(routed, term).toContain(plan.id);
      for (const id of holders([term])) expect(routed, `${term} in ${id}`).toContain(id);
    }
    for (const terms of [['托育', '服务'], ['近视', '威宁'], ['杏花岭', '托位']]) {
      const routed = route(terms);
      for (const id of holders(terms)) expect(routed, terms.join(' ')).toContain(id);
    }
  });

  it('narrows to the province filter\'s shard, and to none for a province without plans', () => {
    expect(route(['近视'], ['140107-children'])).toEqual(holders(['近视']).includes('140107-children') ? ['140107-children'] : []);
    expect(route(['近视'], [])).toEqual([]);
  });

  it('does not route a one-character term, nor by a table made for other shards', () => {
    expect(routeWords(['近'])).toBeNull();
    expect(routeWords(['近视', '率'])).toBeNull();
    expect(routeWords(['近 视'])).toEqual(routeWords(['近视']));
    expect(routedShards(routeWords(['近视'])!, (n) => TABLE[n]!, ['p14', 'p32'])).toBeNull();
  });

  it('refuses a file that is not a route table, naming it', () => {
    const url = '/pagefind/routes/3.json';
    expect(parseRouteBucket({ shards: ['p14'], words: { '00a00b': '1' } }, url)).toEqual({ shards: ['p14'], words: { '00a00b': '1' } } satisfies RouteBucket);
    expect(() => parseRouteBucket('<html>', url)).toThrow(url);
    expect(() => parseRouteBucket({ shards: ['p14'], words: { '00a00b': 'zz' } }, url)).toThrow(/routes\/3\.json/);
    expect(() => parseRouteBucket({ words: {} }, url)).toThrow(/shards/);
  });
});

describe('a province\'s shard', () => {
  it('is the shard whose code range holds it', () => {
    const names = ['p11-13', 'p14', 'p15-37', 'p41-65'];
    expect(shardOfProvince('14', names)).toBe('p14');
    expect(shardOfProvince('12', names)).toBe('p11-13');
    expect(shardOfProvince('32', names)).toBe('p15-37');
    expect(shardOfProvince('65', names)).toBe('p41-65');
    expect(shardOfProvince('71', names)).toBeUndefined();
    expect(shardOfProvince('52', ['p14-65'])).toBe('p14-65');
  });
});

import { describe, expect, it } from 'vitest';
import { bigramWords } from '../../../src/lib/search/bigrams.ts';
import { cheapestWindow, chunkCostTable, ChunkCostsError, chunkOf, parseChunkCosts, windowBytes, type ChunkCosts } from '../../../src/lib/search/chunk-costs.ts';

const word = (pair: string) => bigramWords(pair)[0]!;

describe('the table of large index chunks a shard writes beside its index', () => {
  it('lists the chunks of at least 1.5 × the median, with their word ranges, and the median plan text', () => {
    const chunks: [string, string, number][] = [['%', '3', 34_000], ['3.', 'fgwh', 36_000], ['fgwj', 'fmoho3', 92_000], ['fmoho4', 'g00000', 35_000], ['g00001', 'zz', 52_500]];
    expect(chunkCostTable(chunks, [20_000, 26_000, 31_000])).toEqual({ median: 36_000, fragment: 26_000, large: [['fgwj', 'fmoho3', 92_000]] });
    expect(chunkCostTable(chunks.slice(0, 4), []).large).toEqual([['fgwj', 'fmoho3', 92_000]]);
    // A large chunk of the page text's Chinese words (from 1,000 plans' index): no query asks for its words.
    expect(chunkCostTable([...chunks, ['肺', '能力', 92_000]], []).large).toEqual([['fgwj', 'fmoho3', 92_000]]);
    // As at 9 plans: chunks of 33–42 KB, none large.
    expect(chunkCostTable([['a', 'b', 33_000], ['c', 'd', 42_000], ['e', 'f', 34_500]], [26_000]).large).toEqual([]);
  });

  it('is read back by the search page as written, and anything else is refused with the URL', () => {
    const table = chunkCostTable([['a', 'b', 10], ['c', 'd', 40], ['e', 'f', 10]], [5]);
    expect(parseChunkCosts(JSON.parse(JSON.stringify(table)), '/pagefind/p14-65/chunk-costs.json')).toEqual(table);
    for (const bad of [null, [], { median: 1, fragment: 1 }, { median: -1, fragment: 1, large: [] }, { median: 1, fragment: 1, large: [['a', 'b']] }, { median: 1, fragment: 1, large: [['a', 2, 3]] }]) {
      expect(() => parseChunkCosts(bad, '/pagefind/p14/chunk-costs.json')).toThrow(new ChunkCostsError('/pagefind/p14/chunk-costs.json: not a table of index chunk sizes'));
    }
  });
});

describe('what a word costs', () => {
  const costs: ChunkCosts = { median: 35, fragment: 30, large: [['b', 'c', 90], ['e', 'e', 60]] };
  it('finds the listed chunk whose range holds the word, its ends included; any other word costs the median, alone', () => {
    expect(chunkOf('b', costs)).toEqual({ id: '#b', bytes: 90 });
    expect(chunkOf('bz', costs)).toEqual({ id: '#b', bytes: 90 });
    expect(chunkOf('c', costs)).toEqual({ id: '#b', bytes: 90 });
    expect(chunkOf('e', costs)).toEqual({ id: '#e', bytes: 60 });
    expect(chunkOf('d', costs)).toEqual({ id: 'd', bytes: 35 });
    expect(chunkOf('a', costs)).toEqual({ id: 'a', bytes: 35 });
    expect(chunkOf('f', costs)).toEqual({ id: 'f', bytes: 35 });
  });

  it('reads a chunk’s last word as a prefix, as Pagefind’s metadata writes it', () => {
    // From the 1,000-plan index: a large chunk listed as ["01ci9", "01d01a"] holds 01d01a6c.
    const prefixed: ChunkCosts = { median: 23, fragment: 30, large: [['01ci9', '01d01a', 43], ['g1ro', 'g1ro9x', 88]] };
    expect(chunkOf('01d01a6c', prefixed)).toEqual({ id: '#01ci9', bytes: 43 });
    expect(chunkOf('01d01b', prefixed)).toEqual({ id: '01d01b', bytes: 23 });
    expect(chunkOf('g1ro9x', prefixed)).toEqual({ id: '#g1ro', bytes: 88 });
    expect(chunkOf('g1ro9y', prefixed)).toEqual({ id: 'g1ro9y', bytes: 23 });
  });

  it('counts a chunk two words of a window share once, and one already downloaded not at all', () => {
    // Window 0 of [b, x, bz, y, e]: b, bz, e → chunks #b (once) and #e.
    expect(windowBytes(['b', 'x', 'bz', 'y', 'e'], { start: 0, pairs: 3 }, costs)).toBe(150);
    expect(windowBytes(['b', 'x', 'bz', 'y', 'e'], { start: 0, pairs: 3 }, costs, new Set(['#b']))).toBe(60);
  });
});

describe('cheapestWindow', () => {
  const words = bigramWords('妇女儿童发展规划');
  it('takes the opening pairs without a table, or when windows cost the same', () => {
    expect(cheapestWindow(words, 3, undefined)).toEqual({ start: 0, pairs: 3 });
    expect(cheapestWindow(words, 3, { median: 35, fragment: 30, large: [] })).toEqual({ start: 0, pairs: 3 });
  });
  it('never starts a window that would run past the term', () => {
    for (let start = 0; start < words.length; start++) {
      const costs: ChunkCosts = { median: 1, fragment: 1, large: [...words].filter((_, k) => k !== start).sort().map((w): [string, string, number] => [w, w, 100]) };
      const chosen = cheapestWindow(words, 3, costs);
      expect(chosen.start + 2 * 2).toBeLessThan(words.length);
    }
    expect(cheapestWindow(words, 3, { median: 1, fragment: 1, large: [[word('妇女'), word('妇女'), 100]] })).toEqual({ start: 1, pairs: 3 });
  });
});

/**
 * Measured: what a reader's first search downloads from the search index, for a short word, a long
 * indicator name, a 文号, two words and two queries that find nothing (one of 12 characters), each
 * typed into a fresh /search/ page in Chromium (src/lib/search/measure-fs.ts, which the benchmark
 * runs too). Prints the figures (they are on /methodology/#search); the goal is ≤ 300 KB for any
 * first search, and a query that finds nothing must say so.
 */
import { describe, expect, it } from 'vitest';
import { measureSearchCost, FIRST_SEARCH_QUERIES } from '../../src/lib/search/measure-fs.ts';
import { readSearchablePlans, expectedPlans } from '../support/search-corpus.ts';
import { CHROMIUM, DIST } from '../support/browser.ts';

const BUDGET = 300_000;
const PLANS = readSearchablePlans();

describe('first-search transfer', () => {
  it('every first search of the query set downloads at most 300 KB, and one that finds nothing says so', async () => {
    const cost = await measureSearchCost(DIST, { chromium: CHROMIUM });
    console.log(`search first-search transfer (${PLANS.length} plans; index ${Math.round(cost.indexBytes / 1000)} KB in ${cost.indexFiles} files; 近视 answered in ${Math.round(cost.firstQueryMs)} ms):`);
    for (const [q, bytes] of Object.entries(cost.firstQueryBytesByQuery)) console.log(`  ${q}: ${(bytes / 1000).toFixed(0)} KB — ${cost.firstQueryStatusByQuery[q]}`);
    expect(Object.keys(cost.firstQueryBytesByQuery).sort()).toEqual([...FIRST_SEARCH_QUERIES].sort());
    for (const q of FIRST_SEARCH_QUERIES) {
      // Whether a query finds something is read from the plan texts (content/plans/*.md), not from the index.
      const found = expectedPlans(PLANS, q).length > 0;
      expect(cost.firstQueryStatusByQuery[q], q).toMatch(found ? /个结果含有/ : /^没有找到含有/);
    }
    // The two that find nothing really find nothing in any plan text.
    expect(expectedPlans(PLANS, '妇女儿童发展规划')).toEqual([]);
    expect(expectedPlans(PLANS, '妇女儿童发展规划实施情况')).toEqual([]);
    for (const [q, bytes] of Object.entries(cost.firstQueryBytesByQuery)) expect(bytes, q).toBeLessThanOrEqual(BUDGET);
    // A query that finds nothing fetches the 文号 list only if a 文号 may be near it: none of these
    // queries is within a quarter of its characters of any 文号 (content/sources/*.yaml doc_number).
    for (const q of ['妇女儿童发展规划', '妇女儿童发展规划实施情况']) expect(Object.keys(cost.firstQueryFilesByQuery[q]!), q).not.toContain('/search/doc-numbers.json');
  }, 300_000);
});

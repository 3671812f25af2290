/**
 * The search page looks for a query no plan holds in the indicator and clause pages' index only
 * when one of those pages may hold it beyond the plans (src/lib/search/pages-index.ts). That rests
 * on two facts about the built index, checked here on every page Pagefind stored (its fragments,
 * the segments the bigram records are made from):
 * - each clause page's text, cut where place names are written ××, stands piece by piece in the
 *   text of a plan page (so a term without × that a clause page holds, a plan holds too);
 * - each indicator page's text stands in the folded names the search page carries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/search/bigrams.ts';
import { PAGE_FILTER } from '../../src/lib/search/facets.ts';
import { fragmentSegments, parseFragment } from '../../src/lib/search/fragment.ts';
import { PAGES_INDEX } from '../../src/lib/search/pages-index.ts';
import type { PagefindFragment } from '../../src/lib/search/pagefind-types.ts';
import { readDictionary } from '../../src/lib/targets/dictionary-fs.ts';

const ROOT = 'dist/pagefind';

/** Every page of one index (bigram records, which carry no page id, left out), by page id. */
function pagesOf(index: string): Map<string, PagefindFragment> {
  const dir = join(ROOT, index, 'fragment');
  const out = new Map<string, PagefindFragment>();
  for (const file of readdirSync(dir)) {
    const fragment = parseFragment(gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
    const id = fragment.filters[PAGE_FILTER]?.[0];
    if (id) out.set(id, fragment);
  }
  return out;
}

describe('the indicator and clause pages’ index', () => {
  const indexes = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const planIndexes = indexes.filter((name) => name !== PAGES_INDEX);
  const pages = existsSync(join(ROOT, PAGES_INDEX)) ? pagesOf(PAGES_INDEX) : new Map<string, PagefindFragment>();
  const plans = new Map(planIndexes.flatMap((name) => [...pagesOf(name)]));
  const planTexts = [...plans.values()].flatMap((f) => fragmentSegments(f).map((s) => foldForSearch(s.text)));
  const html = readFileSync('dist/search/index.html', 'utf8');
  const indicatorTexts = JSON.parse((/data-indicator-texts="([^"]*)"/.exec(html)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as string[];

  it('is an index of its own, holding every indicator and clause page and no plan; the plans’ indexes hold none of them', () => {
    expect(html).toContain(`data-pages-index="${PAGES_INDEX}"`);
    const ids = [...pages.keys()];
    // Every indicator of the dictionary has a page (/indicators/matrix/ is a table of them all, not searched).
    expect(ids.filter((id) => id.startsWith('indicators/')).map((id) => id.slice('indicators/'.length)).sort()).toEqual(readDictionary().map((i) => i.id).sort());
    expect(ids.filter((id) => id.startsWith('clauses/')).length).toBe(readdirSync('dist/clauses', { withFileTypes: true }).filter((e) => e.isDirectory()).length);
    expect(ids.every((id) => id.startsWith('indicators/') || id.startsWith('clauses/'))).toBe(true);
    expect(plans.size).toBe(readdirSync('dist/plans', { withFileTypes: true }).filter((e) => e.isDirectory()).length);
    expect([...plans.keys()].every((id) => /^\d{6}-(women|children)$/.test(id))).toBe(true);
  });

  it('has clause pages whose text, cut at ××, stands piece by piece in a plan page', () => {
    const clauses = [...pages].filter(([id]) => id.startsWith('clauses/'));
    expect(clauses.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const [id, fragment] of clauses) {
      for (const segment of fragmentSegments(fragment)) {
        for (const piece of segment.text.split(/×+/u).map(foldForSearch).filter(Boolean)) {
          if (!planTexts.some((t) => t.includes(piece))) missing.push(`${id}: ${piece}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has indicator pages whose text stands in the names the search page carries', () => {
    const indicators = [...pages].filter(([id]) => id.startsWith('indicators/'));
    expect(indicators.length).toBeGreaterThan(100);
    expect(indicatorTexts.length).toBe(indicators.length);
    const missing = indicators.flatMap(([id, f]) => fragmentSegments(f).map((s) => foldForSearch(s.text)).filter((t) => !indicatorTexts.some((x) => x.includes(t))).map((t) => `${id}: ${t}`));
    expect(missing).toEqual([]);
  });
});

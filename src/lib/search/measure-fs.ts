/**
 * What search costs a reader, measured on a built site: the index on disk, and the bytes and
 * time of a first query typed on /search/ in headless Chromium (Debian's /usr/bin/chromium).
 *
 * Bytes are what a static host sends: Pagefind's index files (.pf_*, the wasm) are gzipped
 * already and count as they are; pagefind.js and the entry JSON count gzipped, as any host
 * compresses them. The local server sends everything uncompressed, so sizes come from the files.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';
import { createStaticServer, listen } from '../serve/static-server-fs.ts';

export interface SearchCost {
  /** Bytes of <dist>/pagefind on disk. */
  indexBytes: number;
  indexFiles: number;
  /** Bytes a browser downloads from /pagefind/ between opening /search/ and seeing the first results (or, without results, the whole answer). */
  firstQueryBytes: number;
  /** The files behind firstQueryBytes, path → bytes. */
  firstQueryFiles: Record<string, number>;
  /** From submitting the query to results on screen: Pagefind is loaded then, from the shard that may hold the query. */
  firstQueryMs: number;
  /** The same for a second, different query. */
  nextQueryMs: number;
  query: string;
  status: string;
  /** First-search bytes of each query of FIRST_SEARCH_QUERIES, each typed into a fresh page. */
  firstQueryBytesByQuery: Record<string, number>;
  /** The largest of those: the budget is for any first search, not only for 近视. */
  firstQueryBytesMax: number;
  /** What the page said after each of those searches (its status line). */
  firstQueryStatusByQuery: Record<string, string>;
  /** The files behind each of those first searches, path → bytes. */
  firstQueryFilesByQuery: Record<string, Record<string, number>>;
  /**
   * Bytes each of those searches downloaded until it was complete: every index searched (the
   * other shards and the indicator and clause pages' are merged after the first results show).
   */
  completeQueryBytesByQuery: Record<string, number>;
}

/**
 * Queries whose first search is weighed: a short word, a long indicator name (the most bigrams a
 * term is searched by), a 文号, two words, and two that find nothing (which try suggestions), one
 * of them 12 characters long.
 */
export const FIRST_SEARCH_QUERIES = ['近视', '每千人口拥有3岁以下婴幼儿托位数', '威府发〔2023〕4号', '托育 服务', '妇女儿童发展规划', '妇女儿童发展规划实施情况'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Bytes on the wire for one file of the bundle. */
export function transferBytes(file: string): number {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return gzipped ? bytes.length : gzipSync(bytes).length;
}

/**
 * Types a query and submits it; resolves when its first results are on screen (a result in the
 * list), or, for a query without results, when the page has said so. `at` is the page's clock
 * (ms since 1970), which request start times are compared with.
 */
const timeQuery = (query: string) => `(async () => {
  const box = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  box.value = ${JSON.stringify(query)};
  const started = performance.now();
  const done = new Promise((resolve) => {
    const check = () => {
      const shown = list.querySelector('.search-result') !== null;
      const text = status.textContent || '';
      if (!shown && !(text && !text.startsWith('正在'))) return;
      observer.disconnect();
      resolve({ ms: performance.now() - started, at: Date.now(), shown });
    };
    const observer = new MutationObserver(check);
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    observer.observe(list, { childList: true });
  });
  document.getElementById('search-form').requestSubmit();
  return done;
})()`;

/** When the browser started a request (ms since 1970); Infinity if it never got that far. */
function startOf(request: Request): number {
  const start = request.timing().startTime;
  return start > 0 ? start : Number.POSITIVE_INFINITY;
}

export async function measureSearchCost(distDir: string, options: { query?: string; nextQuery?: string; chromium?: string } = {}): Promise<SearchCost> {
  const query = options.query ?? '近视';
  const nextQuery = options.nextQuery ?? '孕产妇死亡率';
  const files = walk(join(distDir, 'pagefind'));
  const indexBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

  const server = createStaticServer(distDir);
  const base = await listen(server);
  const browser = await chromium.launch({
    executablePath: options.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  /**
   * Opens /search/ in a fresh page and types the query: the search files requested before its
   * first results showed (for a query without results: before its whole answer, suggestions
   * included), and those requested before the search was complete (every index searched).
   */
  const firstSearch = async (q: string) => {
    const page = await browser.newPage();
    const requests: { path: string; request: Request }[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if ((path.startsWith('/pagefind/') || path.startsWith('/search/')) && path !== '/search/') requests.push({ path, request: r });
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const first = (await page.evaluate(timeQuery(q))) as { ms: number; at: number; shown: boolean };
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') !== 'true', null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const completeAt = (await page.evaluate('Date.now()')) as number;
    const said = await page.locator('#search-status').innerText();
    // Request start times are the browser's clock, as `at` is; a request is counted once, by path.
    const started = (until: number) => {
      const paths = [...new Set(requests.filter(({ request }) => startOf(request) <= until).map((r) => r.path))].sort();
      const files = Object.fromEntries(paths.map((p) => [p, transferBytes(join(distDir, decodeURIComponent(p)))]));
      return { files, bytes: Object.values(files).reduce((a, b) => a + b, 0) };
    };
    const before = started(first.shown ? first.at : completeAt);
    return { page, ms: first.ms, said, ...before, completeBytes: started(completeAt).bytes };
  };
  try {
    const first = await firstSearch(query);
    const status = await first.page.locator('#search-status').innerText();
    const nextQueryMs = ((await first.page.evaluate(timeQuery(nextQuery))) as { ms: number }).ms;
    await first.page.close();
    const firstQueryBytesByQuery: Record<string, number> = { [query]: first.bytes };
    const completeQueryBytesByQuery: Record<string, number> = { [query]: first.completeBytes };
    const firstQueryStatusByQuery: Record<string, string> = { [query]: first.said };
    const firstQueryFilesByQuery: Record<string, Record<string, number>> = { [query]: first.files };
    for (const q of FIRST_SEARCH_QUERIES) {
      if (q in firstQueryBytesByQuery) continue;
      const other = await firstSearch(q);
      firstQueryBytesByQuery[q] = other.bytes;
      firstQueryStatusByQuery[q] = other.said;
      firstQueryFilesByQuery[q] = other.files;
      completeQueryBytesByQuery[q] = other.completeBytes;
      await other.page.close();
    }
    return {
      indexBytes, indexFiles: files.length, firstQueryBytes: first.bytes, firstQueryFiles: first.files, firstQueryMs: first.ms, nextQueryMs, query, status,
      firstQueryBytesByQuery, firstQueryBytesMax: Math.max(...Object.values(firstQueryBytesByQuery)), firstQueryStatusByQuery, firstQueryFilesByQuery, completeQueryBytesByQuery,
    };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

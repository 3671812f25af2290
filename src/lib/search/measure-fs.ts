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
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from '../serve/static-server-fs.ts';

export interface SearchCost {
  /** Bytes of <dist>/pagefind on disk. */
  indexBytes: number;
  indexFiles: number;
  /** Bytes a browser downloads from /pagefind/ between opening /search/ and seeing the first results. */
  firstQueryBytes: number;
  /** The files behind firstQueryBytes, path → bytes. */
  firstQueryFiles: Record<string, number>;
  /** From submitting the query (Pagefind already loaded while the reader typed) to results on screen. */
  firstQueryMs: number;
  /** The same for a second, different query. */
  nextQueryMs: number;
  query: string;
  status: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Bytes on the wire for one file of the bundle. */
export function transferBytes(file: string): number {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return gzipped ? bytes.length : gzipSync(bytes).length;
}

const timeQuery = (query: string) => `(async () => {
  const box = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  box.value = ${JSON.stringify(query)};
  const started = performance.now();
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const text = status.textContent || '';
      if (text && !text.startsWith('正在')) { observer.disconnect(); resolve({ ms: performance.now() - started, at: Date.now() }); }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
  document.getElementById('search-form').requestSubmit();
  return done;
})()`;

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
  try {
    const page = await browser.newPage();
    // Requests by path, with when they were made: only those made before the results showed count.
    const requested = new Map<string, number>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/') && !requested.has(path)) requested.set(path, Date.now());
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const first = (await page.evaluate(timeQuery(query))) as { ms: number; at: number };
    const status = await page.locator('#search-status').innerText();
    const beforeResults = [...requested].filter(([, at]) => at <= first.at).map(([path]) => path).sort();
    const firstQueryFiles = Object.fromEntries(beforeResults.map((p) => [p, transferBytes(join(distDir, decodeURIComponent(p)))]));
    const firstQueryBytes = Object.values(firstQueryFiles).reduce((a, b) => a + b, 0);
    const firstQueryMs = first.ms;
    const nextQueryMs = ((await page.evaluate(timeQuery(nextQuery))) as { ms: number }).ms;
    return { indexBytes, indexFiles: files.length, firstQueryBytes, firstQueryFiles, firstQueryMs, nextQueryMs, query, status };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

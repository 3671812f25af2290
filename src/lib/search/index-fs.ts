/**
 * Builds the Pagefind index of a built site, one index per shard of provinces (shards.ts): for
 * each, create index → add its plan pages → write <site>/pagefind/<shard>/ → stop the indexer,
 * so that its memory is returned before the next shard. The indicator and clause pages are an
 * index of their own (pages-index.ts PAGES_INDEX), which a first search need not fetch. Only
 * pages whose <main> carries
 * data-pagefind-body are indexed (Base.astro's `searchable` prop); any error Pagefind reports
 * fails the build with its message.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { planShards, shardGlob, SHARD_PLANS } from './shards.ts';
import { PAGES_INDEX } from './pages-index.ts';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS, BIGRAM_FILTER, PAGE_FILTER } from './facets.ts';
import { fragmentSegments, parseFragment } from './fragment.ts';
import { bigramRecord } from './bigrams.ts';
import { CHUNK_COSTS_FILE } from './chunk-costs.ts';
import { readChunkCosts } from './chunk-costs-fs.ts';
import { ROUTES_DIR, routeTable, segmentWords } from './shard-routes.ts';

export interface IndexReport {
  pages: number;
  /** The search root, <site>/pagefind. */
  outputPath: string;
  /** Pages per shard, e.g. { 'p14-65': 9, pages: 535 } (the indicator and clause pages' index last). */
  shards: Record<string, number>;
  /** Shards whose plan pages were unchanged since the last build: copied from the cache, not indexed. */
  cached: string[];
  /** Milliseconds each shard took (indexed, or copied from the cache). */
  shardMs: Record<string, number>;
  ms: number;
}

export class SearchIndexError extends Error {}

/** Pagefind's version, from the package beside its entry module (lib/index.js): a new version re-indexes every shard. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new SearchIndexError(`search index: ${step} failed: ${errors.join('; ')}`);
}

// The search page renders its own results with pagefind.js; Pagefind's ready-made UI bundles
// (about 420 KB) would only be dead weight on the server.
const UNUSED_UI = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

function removeUnusedUi(bundleDir: string): void {
  for (const file of UNUSED_UI) rmSync(join(bundleDir, file), { force: true });
}

/** Ids of this process's child processes named `name` (Linux /proc; empty elsewhere). */
function childrenNamed(name: string): number[] {
  if (!existsSync('/proc/self/task')) return [];
  const pids = readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      return readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith(name);
    } catch {
      return false;
    }
  });
}

/**
 * Pagefind's Node API never answers if its indexer process is killed (the kernel's OOM killer
 * does that to it when a shard's pages need more than the machine has: about 12.8 MB per plan page): the build would then end without an index, or hang.
 * This rejects instead, once the indexer has been seen and is gone.
 */
function watchIndexer(): { gone: Promise<never>; stop(): void } {
  let seen = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const gone = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const alive = childrenNamed('pagefind').length > 0;
      if (alive) seen = true;
      else if (seen) reject(new SearchIndexError('search index: the Pagefind indexer stopped before it finished (out of memory? it needs about 12.8 MB per plan page)'));
    }, 1000);
  });
  gone.catch(() => {});
  return { gone, stop: () => clearInterval(timer) };
}

export interface IndexOptions {
  /** Plan pages per shard, at most (shards.ts). */
  shardPlans?: number;
  /**
   * Where each shard's index is kept with the digest of its pages: a shard whose plan pages are
   * byte for byte those of the last build is copied from there instead of indexed again.
   */
  cacheDir?: string | undefined;
}

export async function buildSearchIndex(siteDir: string, options: IndexOptions = {}): Promise<IndexReport> {
  const started = performance.now();
  const plansDir = join(siteDir, 'plans');
  const ids = existsSync(plansDir) ? readdirSync(plansDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  if (!ids.length) throw new SearchIndexError(`search index: no plan pages in ${plansDir}`);
  const outputPath = join(siteDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const shards: Record<string, number> = {};
  const cached: string[] = [];
  const shardMs: Record<string, number> = {};
  const jobs: ShardJob[] = planShards(ids, options.shardPlans ?? SHARD_PLANS).map((shard) => ({
    name: shard.name,
    globs: [shardGlob(shard)],
    pages: ids.filter((id) => shard.provinces.includes(id.slice(0, 2))).map((id) => join('plans', id, 'index.html')),
  }));
  // The indicator and clause pages are an index of their own: in a plans' index their pages,
  // bigram records and filter values cost every first search (pages-index.ts).
  const others = otherPages(siteDir);
  if (others.length) jobs.push({ name: PAGES_INDEX, globs: [OTHER_PAGES_GLOB], pages: others });
  /** Each plan shard's bigram words, for the route table (shard-routes.ts). */
  const wordsByShard = new Map<string, readonly string[]>();
  for (const shard of jobs) {
    const shardStarted = performance.now();
    const out = join(outputPath, shard.name);
    const kept = options.cacheDir && join(options.cacheDir, shard.name);
    const digest = kept ? shardDigest(siteDir, shard.pages) : '';
    if (kept && existsSync(join(kept, `${digest}.json`))) {
      shards[shard.name] = (JSON.parse(readFileSync(join(kept, `${digest}.json`), 'utf8')) as { pages: number }).pages;
      cpSync(join(kept, 'index'), out, { recursive: true });
      if (shard.name !== PAGES_INDEX) wordsByShard.set(shard.name, readFileSync(join(kept, WORDS_FILE), 'utf8').split('\n').filter(Boolean));
      cached.push(shard.name);
      shardMs[shard.name] = performance.now() - shardStarted;
      continue;
    }
    const watch = watchIndexer();
    try {
      const indexed = await Promise.race([indexShard(siteDir, shard, out), watch.gone]);
      shards[shard.name] = indexed.pages;
      if (shard.name !== PAGES_INDEX) wordsByShard.set(shard.name, [...indexed.words]);
    } finally {
      watch.stop();
      await pagefind.close();
    }
    if (kept) {
      rmSync(kept, { recursive: true, force: true });
      mkdirSync(kept, { recursive: true });
      cpSync(out, join(kept, 'index'), { recursive: true });
      writeFileSync(join(kept, WORDS_FILE), (wordsByShard.get(shard.name) ?? []).join('\n'));
      writeFileSync(join(kept, `${digest}.json`), JSON.stringify({ pages: shards[shard.name] }));
    }
    shardMs[shard.name] = performance.now() - shardStarted;
  }
  writeRoutes(outputPath, jobs.map((j) => j.name).filter((name) => name !== PAGES_INDEX), wordsByShard);
  const pages = Object.values(shards).reduce((a, b) => a + b, 0);
  return { pages, outputPath, shards, cached, shardMs, ms: performance.now() - started };
}

/** Beside a cached shard's index: its plans' bigram words, one a line, for the route table. */
const WORDS_FILE = 'words.txt';

/**
 * The route table (shard-routes.ts) of an index of more than one plan shard, in
 * <site>/pagefind/routes/: with one shard there is nothing to choose.
 */
function writeRoutes(outputPath: string, planShardNames: readonly string[], wordsByShard: ReadonlyMap<string, readonly string[]>): void {
  if (planShardNames.length < 2) return;
  const dir = join(outputPath, ROUTES_DIR);
  mkdirSync(dir, { recursive: true });
  routeTable(planShardNames, (name) => wordsByShard.get(name) ?? []).forEach((bucket, n) => writeFileSync(join(dir, `${n}.json`), JSON.stringify(bucket)));
}

/** The indicator and clause pages (src/pages/indicators/[id].astro, clauses/[id].astro), relative to the site. */
const OTHER_PAGES_GLOB = '{indicators,clauses}/*/index.html';

interface ShardJob {
  name: string;
  /** Pagefind's globs of the shard's pages, relative to the site. */
  globs: string[];
  /** The shard's page files, relative to the site. */
  pages: string[];
}

/** The indicator and clause pages of the built site (OTHER_PAGES_GLOB), relative to it. */
function otherPages(siteDir: string): string[] {
  return ['indicators', 'clauses'].flatMap((dir) => {
    const root = join(siteDir, dir);
    if (!existsSync(root)) return [];
    return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'index.html'))).map((e) => join(dir, e.name, 'index.html')).sort();
  });
}

/** What a shard's index is made from: its pages, the index options and Pagefind's version. */
function shardDigest(siteDir: string, pages: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([INDEX_OPTIONS, PAGEFIND_VERSION, BIGRAM_INDEX_CODE]));
  for (const page of pages) hash.update(page).update(readFileSync(join(siteDir, page)));
  return hash.digest('hex');
}

/** Where the bigram records claim to live; no page is there, and no result links to one. */
const BIGRAM_RECORD_PATH = '/search/bigrams/';

/** The code that makes the bigram records: a change to it re-indexes every shard. */
const BIGRAM_INDEX_CODE = ['./bigrams.ts', './fragment.ts', './chunk-costs.ts', './chunk-costs-fs.ts', './shard-routes.ts'].map((f) => readFileSync(new URL(f, import.meta.url), 'utf8')).join('\n');

/**
 * Beside each page, one record of its text's character bigrams (bigrams.ts: those at even
 * offsets, then those at odd offsets), made from the page exactly as Pagefind indexed it (its
 * fragment): every paragraph, table row and metadata field a segment of its own. The record
 * carries the page's filters, so filtered searches narrow it alike, and the page's id as the
 * BIGRAM_FILTER value, which is how the search page learns which pages matched without
 * downloading these (large) records. One record rather than one per offset: every record is a
 * page of the index, listed in the metadata and in the filters every first search downloads.
 */
async function addBigramRecords(index: pagefind.PagefindIndex, shardName: string, words: Set<string>): Promise<number[]> {
  /** Bytes of each plan page's own record (its fragment file): what the search page downloads to check a candidate. */
  const pageBytes: number[] = [];
  const files = await index.getFiles();
  check(`reading back the index of ${shardName}`, files.errors);
  for (const file of files.files) {
    if (!file.path.includes('fragment/') || !file.path.endsWith('.pf_fragment')) continue;
    const fragment = parseFragment(gunzipSync(file.content).toString('utf8'));
    const id = fragment.filters[PAGE_FILTER]?.[0];
    if (!id) continue;
    // Plans (140107-women) are checked first; indicator and clause pages are listed after them.
    const segments = fragmentSegments(fragment).map((s) => s.text);
    if (/^\d{6}-/.test(id)) {
      pageBytes.push(file.content.length);
      for (const word of segmentWords(segments)) words.add(word);
    }
    const { [PAGE_FILTER]: _page, ...filters } = fragment.filters as Record<string, string[]>;
    const content = bigramRecord(segments);
    if (!content) continue;
    const added = await index.addCustomRecord({
      // A URL of its own: a record with the page's URL would replace the page.
      url: `${BIGRAM_RECORD_PATH}${id}/`,
      content,
      language: 'zh-cn',
      meta: { title: fragment.meta.title ?? id },
      filters: { ...filters, [BIGRAM_FILTER]: [id] },
    });
    check(`adding the bigram record of ${id}`, added.errors);
  }
  return pageBytes;
}

async function indexShard(siteDir: string, shard: ShardJob, outputPath: string): Promise<{ pages: number; words: Set<string> }> {
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEX_OPTIONS.includeCharacters });
  check(`creating the index of ${shard.name}`, errors);
  if (!index) throw new SearchIndexError('search index: Pagefind returned no index');
  let pageCount = 0;
  for (const glob of shard.globs) {
    const added = await index.addDirectory({ path: siteDir, glob });
    check(`adding ${siteDir} (${shard.name}, ${glob})`, added.errors);
    if (added.page_count === 0) throw new SearchIndexError(`search index: no page of ${shard.name} (${glob}) in ${siteDir} is marked data-pagefind-body`);
    pageCount += added.page_count;
  }
  const words = new Set<string>();
  const pageBytes = await addBigramRecords(index, shard.name, words);
  const written = await index.writeFiles({ outputPath });
  check(`writing the index of ${shard.name}`, written.errors);
  removeUnusedUi(written.outputPath);
  // Beside the index it describes: the search page reads the first shard's, only for a long term (chunk-costs.ts).
  if (shard.name !== PAGES_INDEX) writeFileSync(join(written.outputPath, CHUNK_COSTS_FILE), JSON.stringify(readChunkCosts(written.outputPath, pageBytes)));
  return { pages: pageCount, words };
}

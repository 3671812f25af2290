/**
 * Builds the Pagefind index of a built site: create index → add the site's HTML → write
 * <site>/pagefind/. Only pages whose <main> carries data-pagefind-body are indexed (Base.astro's
 * `search` prop); any error Pagefind reports fails the build with its message.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS } from './facets.ts';

export interface IndexReport {
  pages: number;
  outputPath: string;
  ms: number;
}

export class SearchIndexError extends Error {}

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
 * does that to it at about 3.5 MB per plan): the build would then end without an index, or hang.
 * This rejects instead, once the indexer has been seen and is gone.
 */
function watchIndexer(): { gone: Promise<never>; stop(): void } {
  let seen = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const gone = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const alive = childrenNamed('pagefind').length > 0;
      if (alive) seen = true;
      else if (seen) reject(new SearchIndexError('search index: the Pagefind indexer stopped before it finished (out of memory? it needs about 3.5 MB per plan page)'));
    }, 1000);
  });
  gone.catch(() => {});
  return { gone, stop: () => clearInterval(timer) };
}

export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
  const watch = watchIndexer();
  try {
    return await Promise.race([indexSite(siteDir), watch.gone]);
  } finally {
    watch.stop();
    await pagefind.close();
  }
}

async function indexSite(siteDir: string): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEX_OPTIONS.includeCharacters });
  check('creating the index', errors);
  if (!index) throw new SearchIndexError('search index: Pagefind returned no index');
  const added = await index.addDirectory({ path: siteDir });
  check(`adding ${siteDir}`, added.errors);
  if (added.page_count === 0) throw new SearchIndexError(`search index: no page in ${siteDir} is marked data-pagefind-body`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  check('writing the index', written.errors);
  removeUnusedUi(written.outputPath);
  return { pages: added.page_count, outputPath: written.outputPath, ms: performance.now() - started };
}

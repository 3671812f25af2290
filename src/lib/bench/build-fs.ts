/** Builds the site from a plans directory into an output directory, in a child process, measured. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { runNode, type StageRun } from './run-fs.ts';

export const BUILD_STAGE = 'src/lib/bench/stages/build-site-fs.ts';
const BUILDS = '.cache/builds';

/**
 * A fresh output directory for a build, under the project's .cache/ (gitignored). Astro writes
 * its prerender chunks beside outDir only when outDir lies inside the working directory;
 * anywhere else they go to ./.astro/.prerender/, which every build of the tree shares, and two
 * builds at once then delete each other's chunks.
 */
export function makeBuildDir(prefix = 'dist-'): string {
  mkdirSync(BUILDS, { recursive: true });
  return mkdtempSync(join(resolve(BUILDS), prefix));
}

export interface BuildOptions {
  plansDir: string;
  outDir: string;
  nodeArgs?: string[];
  /** Astro's cache directory, kept for an incremental rebuild; a fresh one (removed after) when absent. */
  cacheDir?: string;
  /** Astro's log level; 'info' lists every page written, marking those copied from the last build "(cached)" or "(restored)". */
  logLevel?: 'info' | 'warn';
}

export async function buildSite(options: BuildOptions): Promise<StageRun> {
  const outDir = resolve(options.outDir);
  if (!outDir.startsWith(process.cwd() + sep)) throw new Error(`build into a directory inside the project (makeBuildDir()), not ${outDir}`);
  const cacheDir = options.cacheDir ?? mkdtempSync(join(tmpdir(), 'liangui-astro-cache-'));
  try {
    return await runNode([...(options.nodeArgs ?? []), BUILD_STAGE, outDir, cacheDir], { PLANS_DIR: resolve(options.plansDir), BUILD_LOG_LEVEL: options.logLevel ?? 'warn' });
  } finally {
    if (!options.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Pages a build rendered and pages it copied from the previous build, from its 'info' log.
 * The log is coloured where the environment asks for it (CI, FORCE_COLOR), so escape codes go first.
 */
export function renderedPages(log: string): { rendered: string[]; copied: string[] } {
  const rendered: string[] = [];
  const copied: string[] = [];
  for (const m of stripVTControlCharacters(log).matchAll(/├─ (\S+) (\((?:cached|restored)\)|\(\+)/g)) (m[2]!.startsWith('(+') ? rendered : copied).push(m[1]!);
  return { rendered, copied };
}

/** Builds the site from a plans directory into an output directory, in a child process, measured. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runNode, type StageRun } from './run-fs.ts';

export const BUILD_STAGE = 'src/lib/bench/stages/build-site-fs.ts';

export async function buildSite(options: { plansDir: string; outDir: string; nodeArgs?: string[] }): Promise<StageRun> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'liangui-astro-cache-'));
  try {
    return await runNode([...(options.nodeArgs ?? []), BUILD_STAGE, resolve(options.outDir), cacheDir], { PLANS_DIR: resolve(options.plansDir) });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

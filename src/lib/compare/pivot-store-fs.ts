/**
 * The pre-rendered comparisons' alignments (alignWithPivot) on disk, one file per comparison,
 * named by the digest of what it is aligned from: the compared plans as the aligner reads them,
 * in order, and the aligning code (the worker and every module it imports, and the locked
 * library versions). They are aligned in worker threads, both cores at once, while the build
 * renders other pages; an unchanged comparison is read back instead of aligned again.
 *
 *   <dir>/<digest>.json  PivotAlignment[] of one comparison
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigestOf, codeFilesOf } from '../align/code-digest-fs.ts';
import type { AlignPlanInput } from '../align/prepare.ts';
import type { PivotAlignment } from './align.ts';

/** The worker that aligns comparisons (pivot-worker-fs.ts), from the project root. */
export const PIVOT_WORKER = 'src/lib/compare/pivot-worker-fs.ts';

/** Every project file the worker runs, by following its relative imports. */
export const pivotCodeFiles = (root = process.cwd()): string[] => codeFilesOf(PIVOT_WORKER, root);

const codeVersion = (): string => codeDigestOf(PIVOT_WORKER);

/** The file name of one comparison's alignment: digest of the code and of the inputs in comparison order. */
export function pivotKey(inputs: readonly AlignPlanInput[]): string {
  const hash = createHash('sha256').update(codeVersion());
  for (const input of inputs) hash.update('\u0000').update(JSON.stringify(input));
  return hash.digest('hex').slice(0, 32);
}

export function hasPivot(dir: string, key: string): boolean {
  return existsSync(join(dir, `${key}.json`));
}

export function readPivot(dir: string, key: string): PivotAlignment[] {
  return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as PivotAlignment[];
}

/** Writes one comparison's alignment so that it appears whole or not at all. */
export function writePivot(dir: string, key: string, alignment: readonly PivotAlignment[]): void {
  mkdirSync(dir, { recursive: true });
  const scratch = join(dir, `${key}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(scratch, JSON.stringify(alignment));
  renameSync(scratch, join(dir, `${key}.json`));
}

/** Removes every stored alignment except those named (and files another build is still writing). */
export function prunePivots(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.includes('.partial-')) continue;
    if (!keep.has(name.replace(/\.json$/, ''))) rmSync(join(dir, name), { force: true });
  }
}

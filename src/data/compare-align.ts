/**
 * The alignments of the pre-rendered comparisons (src/lib/compare/align.ts, the same function
 * the browser runs on /data/align/<id>.json): aligned once per build in worker threads, both at
 * once, as soon as the comparisons are chosen, and stored under a digest of the compared plans and
 * the aligning code (src/lib/compare/pivot-store-fs.ts), so that a rebuild aligns again only the
 * comparisons whose plans changed. Each page reads back its own comparison.
 */
import { dirname, join } from 'node:path';
import type { AlignPlanInput } from '../lib/align/prepare.ts';
import type { PivotAlignment } from '../lib/compare/align.ts';
import { hasPivot, PIVOT_WORKER, pivotKey, prunePivots, readPivot } from '../lib/compare/pivot-store-fs.ts';
import { getAlignInput } from './align-input.ts';
import { derivedRoot } from './derived-root.ts';
import { runAlignWorker } from './align-worker.ts';

/** Worker threads at most: the machine's two cores. */
const WORKERS = 2;

/** Beside the derived alignment data (not inside it: each build prunes that directory to its two plan types). */
function storeDir(): string {
  return join(dirname(derivedRoot()), 'compare-alignments');
}

let batch: Promise<Map<string, string>> | undefined;

/**
 * Aligns every comparison in `sets` not already stored (once per build: later calls return the
 * first call's result) and resolves to each comparison's store key, by its ids joined with "--".
 */
export function alignComparisons(sets: readonly (readonly string[])[]): Promise<Map<string, string>> {
  batch ??= (async () => {
    const dir = storeDir();
    const inputs = new Map<string, AlignPlanInput>();
    const inputOf = async (id: string) => {
      let input = inputs.get(id);
      if (!input) inputs.set(id, (input = await getAlignInput(id)));
      return input;
    };
    const keys = new Map<string, string>();
    const jobs: { key: string; ids: string[] }[] = [];
    for (const ids of sets) {
      const key = pivotKey(await Promise.all(ids.map(inputOf)));
      keys.set(ids.join('--'), key);
      if (!hasPivot(dir, key) && !jobs.some((j) => j.key === key)) jobs.push({ key, ids: [...ids] });
    }
    prunePivots(dir, new Set(keys.values()));
    const shares = Array.from({ length: Math.min(WORKERS, jobs.length) }, (_, w) => jobs.filter((_, i) => i % WORKERS === w));
    await Promise.all(shares.map((share) => runWorker(dir, share, inputs)));
    return keys;
  })();
  return batch;
}

function runWorker(dir: string, jobs: { key: string; ids: string[] }[], all: Map<string, AlignPlanInput>): Promise<void> {
  const inputs: Record<string, AlignPlanInput> = {};
  for (const job of jobs) for (const id of job.ids) inputs[id] = all.get(id)!;
  return runAlignWorker(PIVOT_WORKER, { dir, inputs, jobs }, 'aligning the pre-rendered comparisons');
}

/** One pre-rendered comparison's alignment, read from the store (alignComparisons must have been given its set). */
export async function getComparisonAlignment(sets: readonly (readonly string[])[], ids: readonly string[]): Promise<PivotAlignment[]> {
  const key = (await alignComparisons(sets)).get(ids.join('--'));
  if (!key) throw new Error(`the comparison ${ids.join('--')} is not among the pre-rendered comparisons`);
  return readPivot(storeDir(), key);
}

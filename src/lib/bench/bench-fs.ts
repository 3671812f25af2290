/**
 * The benchmark: for each corpus size, make a synthetic corpus and run the real pipeline on it —
 * ingest, derived data, astro build (with Pagefind) — each stage a measured child process, then
 * weigh what was built. Temporary directories are removed as soon as a size is done.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from './corpus-fs.ts';
import { buildSite } from './build-fs.ts';
import { measureDist, type DistStats } from './dist-stats-fs.ts';
import { runNode, tail, type StageRun } from './run-fs.ts';
import { measureExtras, type DistExtras } from './extras-fs.ts';

export interface StageResult {
  ms: number;
  peakMiB: number | null;
}

export interface DeriveResult {
  plans: number;
  readMs: number;
  extractMs?: number;
  alignMs?: number;
  notes: string[];
}

export interface SizeRun {
  plans: number;
  sources: number;
  stages: Record<'corpus' | 'ingest' | 'derive' | 'build', StageResult | null>;
  derive: DeriveResult | null;
  dist: DistStats | null;
  extras: DistExtras | null;
  /** Ingest + derive + build: what a real rebuild of the site costs. */
  pipelineMs: number;
  notes: string[];
}

export interface BenchOptions {
  sizes: number[];
  repeat: number;
  seed: number;
  skipBuild: boolean;
  log(line: string): void;
}

export const INGEST_SCRIPT = 'scripts/ingest.ts';
export const DERIVE_STAGE = 'src/lib/bench/stages/derive-fs.ts';

function stageResult(run: StageRun, what: string): StageResult {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${tail(run.stderr || run.stdout)}`);
  return { ms: run.ms, peakMiB: run.peakMiB };
}

/** Runs the derived-data steps over a plans directory (also used for the real plans). */
export async function runDerive(plansDir: string): Promise<{ stage: StageResult; result: DeriveResult }> {
  const run = await runNode([DERIVE_STAGE, plansDir]);
  const stage = stageResult(run, 'derive');
  return { stage, result: JSON.parse(run.stdout.trim().split('\n').pop()!) as DeriveResult };
}

async function runSize(plans: number, seed: number, options: BenchOptions): Promise<SizeRun> {
  const work = mkdtempSync(join(tmpdir(), `liangui-bench-${plans}-`));
  const notes: string[] = [];
  try {
    const corpusStart = performance.now();
    const corpus = writeSyntheticCorpus({ plans, seed, outDir: join(work, 'sources') });
    const stages: SizeRun['stages'] = { corpus: { ms: performance.now() - corpusStart, peakMiB: null }, ingest: null, derive: null, build: null };
    options.log(`  ${plans} plans: corpus of ${corpus.files} sources in ${work}`);

    const plansDir = join(work, 'plans');
    if (!existsSync(INGEST_SCRIPT)) throw new Error(`${INGEST_SCRIPT} is not in the tree yet: nothing to benchmark`);
    stages.ingest = stageResult(await runNode([INGEST_SCRIPT, '--sources', corpus.dir, '--out', plansDir]), 'ingest');
    options.log(`  ingest ${Math.round(stages.ingest.ms)} ms`);

    const derived = await runDerive(plansDir);
    stages.derive = derived.stage;
    notes.push(...derived.result.notes);
    options.log(`  derive ${Math.round(stages.derive.ms)} ms`);

    let dist: DistStats | null = null;
    let extras: DistExtras | null = null;
    if (options.skipBuild) notes.push('build skipped (--skip-build)');
    else {
      const outDir = join(work, 'dist');
      stages.build = stageResult(await buildSite({ plansDir, outDir }), 'astro build');
      options.log(`  build ${Math.round(stages.build.ms)} ms`);
      dist = await measureDist(outDir);
      extras = await measureExtras(outDir);
      notes.push(...extras.notes);
    }
    const pipelineMs = (stages.ingest?.ms ?? 0) + (stages.derive?.ms ?? 0) + (stages.build?.ms ?? 0);
    return { plans, sources: corpus.files, stages, derive: derived.result, dist, extras, pipelineMs, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function runSizes(options: BenchOptions): Promise<SizeRun[][]> {
  const all: SizeRun[][] = [];
  for (const size of options.sizes) {
    const runs: SizeRun[] = [];
    for (let r = 0; r < options.repeat; r++) {
      options.log(`N=${size}, run ${r + 1}/${options.repeat}`);
      runs.push(await runSize(size, options.seed, options));
    }
    all.push(runs);
  }
  return all;
}

/**
 * The benchmark: for each corpus size, make a synthetic corpus and run the real pipeline on it —
 * ingest, derived data, astro build (with Pagefind) — each stage a measured child process, then
 * weigh what was built. Temporary directories are removed as soon as a size is done.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { changeOneSource, writeSyntheticCorpus } from './corpus-fs.ts';
import { buildSite, makeBuildDir, renderedPages, type BuildOptions } from './build-fs.ts';
import { measureDist, type DistStats } from './dist-stats-fs.ts';
import { runNode, tail, type StageRun } from './run-fs.ts';
import { measureExtras, type DistExtras } from './extras-fs.ts';
import { ADD_SCRIPT, writeNewCountyDocument } from './add-county-fs.ts';
import { parseDeriveLines, totalAlignment } from '../align/derive-log.ts';

export interface StageResult {
  ms: number;
  peakMiB: number | null;
  cpuMs: number | null;
}

export interface DeriveResult {
  plans: number;
  readMs: number;
  extractMs: number;
  alignMs: number;
}

export interface SizeRun {
  plans: number;
  sources: number;
  stages: Record<'corpus' | 'ingest' | 'derive' | 'build', StageResult | null>;
  /** After one source changes (changeOneSource): ingest and an incremental build, with what it rendered. */
  rebuild?: { source: string; ingest: StageResult; build: StageResult; rendered: number; copied: number } | null;
  /** After that: one new county added with npm run add (its ingest included), then an incremental build. */
  addCounty?: { county: string; add: StageResult; build: StageResult; rendered: number; copied: number } | null;
  derive: DeriveResult | null;
  /** The alignment as the clean build ran it (its two worker threads, derive-log.ts): CPU of both, and plans aligned. */
  buildAlign?: { plans: number; ms: number; cpuMs: number } | null;
  dist: DistStats | null;
  extras: DistExtras | null;
  /** Ingest + build (ingest + derive with --skip-build): what a real rebuild of the site costs. */
  pipelineMs: number;
  /** CPU time of the same three stages. */
  pipelineCpuMs: number | null;
  /** The machine's 1-minute load average when the run ended: other work on it slows every stage. */
  loadAverage: number;
  notes: string[];
}

export interface BenchOptions {
  sizes: number[];
  repeat: number;
  seed: number;
  skipBuild: boolean;
  /** No rebuild after one source changes (it costs about as long as the build itself). */
  skipRebuild?: boolean;
  /** No derive stage of its own (at 6,000 plans it costs about half an hour); alignment per plan is then read from the build's log. */
  skipDerive?: boolean;
  /** Heap limit (MiB) for the derive and build children; Node's default when absent. */
  heapMiB?: number | undefined;
  /** The real plans, freshly ingested from content/sources: what the synthetic corpus is made from. */
  basePlansDir: string;
  log(line: string): void;
}

/** One county revises one target: the ingest rewrites its plan file, the build renders what shows it. */
async function rebuildAfterChange(sourcesDir: string, plansDir: string, build: BuildOptions): Promise<NonNullable<SizeRun['rebuild']>> {
  const change = changeOneSource(sourcesDir);
  const ingest = await runIngest(sourcesDir, plansDir);
  const run = await buildSite(build);
  const pages = renderedPages(run.stdout);
  return { source: `${change.file}: ${change.from} → ${change.to}`, ingest, build: stageResult(run, 'incremental build'), rendered: pages.rendered.length, copied: pages.copied.length };
}

/** A curator adds one county: npm run add on its document, then the incremental build that publishes it. */
async function addCountyAndRebuild(sourcesDir: string, plansDir: string, workDir: string, build: BuildOptions): Promise<NonNullable<SizeRun['addCounty']>> {
  const county = writeNewCountyDocument(sourcesDir, workDir);
  const add = stageResult(await runNode([ADD_SCRIPT, county.file, '--sources', sourcesDir, '--out', plansDir, '--cache', ingestCacheOf(plansDir)]), 'npm run add');
  for (const type of ['women', 'children']) {
    if (!existsSync(join(plansDir, `${county.code}-${type}.md`))) throw new Error(`npm run add did not publish ${county.code}-${type} from ${county.file}`);
  }
  const run = await buildSite(build);
  const pages = renderedPages(run.stdout);
  return { county: `${county.county} (${county.code})`, add, build: stageResult(run, 'incremental build after adding a county'), rendered: pages.rendered.length, copied: pages.copied.length };
}

export const INGEST_SCRIPT = 'scripts/ingest.ts';
export const DERIVE_STAGE = 'src/lib/bench/stages/derive-fs.ts';

/** A stage's figures as one log line: a long run that stops early still leaves what it measured. */
const formatStage = (s: StageResult) => `${Math.round(s.ms)} ms, peak ${s.peakMiB == null ? '?' : Math.round(s.peakMiB)} MiB, CPU ${s.cpuMs == null ? '?' : Math.round(s.cpuMs)} ms, load ${loadavg()[0]!.toFixed(1)}`;

function stageResult(run: StageRun, what: string): StageResult {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${run.exitCode}):\n${tail(run.stderr || run.stdout)}`);
  return { ms: run.ms, peakMiB: run.peakMiB, cpuMs: run.cpuMs };
}

/** The ingest's cache for a plans directory: beside it, so that it goes with the run's work directory. */
const ingestCacheOf = (plansDir: string) => join(dirname(plansDir), 'ingest-cache');

/**
 * Ingests a sources directory into a plans directory (its report lands beside it). The first run
 * for a plans directory computes everything; a later one (after a change) reads unchanged
 * sources' results back from its cache, as `npm run ingest` does.
 */
export async function runIngest(sourcesDir: string, plansDir: string): Promise<StageResult> {
  if (!existsSync(INGEST_SCRIPT)) throw new Error(`${INGEST_SCRIPT} is not in the tree yet: nothing to benchmark`);
  return stageResult(await runNode([INGEST_SCRIPT, '--sources', sourcesDir, '--out', plansDir, '--cache', ingestCacheOf(plansDir)]), 'ingest');
}

/** Runs the derived-data steps over a plans directory (also used for the real plans). */
export async function runDerive(plansDir: string, nodeArgs: string[] = []): Promise<{ stage: StageResult; result: DeriveResult }> {
  // The young generation the build's alignment workers get (ALIGN_WORKER_LIMITS in src/data/align-worker.ts: 192 MiB, three semi-spaces).
  const run = await runNode(['--max-semi-space-size=64', ...nodeArgs, DERIVE_STAGE, plansDir]);
  const stage = stageResult(run, 'derive');
  return { stage, result: JSON.parse(run.stdout.trim().split('\n').pop()!) as DeriveResult };
}

async function runSize(plans: number, seed: number, options: BenchOptions): Promise<SizeRun> {
  const work = mkdtempSync(join(tmpdir(), `liangui-bench-${plans}-`));
  const notes: string[] = [];
  try {
    const corpusStart = performance.now();
    const corpus = writeSyntheticCorpus({ plans, seed, outDir: join(work, 'sources'), basePlansDir: options.basePlansDir });
    const stages: SizeRun['stages'] = { corpus: { ms: performance.now() - corpusStart, peakMiB: null, cpuMs: null }, ingest: null, derive: null, build: null };
    options.log(`  ${plans} plans: corpus of ${corpus.files} sources in ${work}`);

    const plansDir = join(work, 'plans');
    stages.ingest = await runIngest(corpus.dir, plansDir);
    options.log(`  ingest ${formatStage(stages.ingest)}`);

    const nodeArgs = options.heapMiB ? [`--max-old-space-size=${options.heapMiB}`] : [];
    let derived: { stage: StageResult; result: DeriveResult } | null = null;
    if (options.skipDerive) notes.push(`N=${plans}: derive stage skipped (--skip-derive); alignment per plan is the build's own (both worker threads' CPU)`);
    else {
      derived = await runDerive(plansDir, nodeArgs);
      stages.derive = derived.stage;
      options.log(`  derive ${formatStage(stages.derive)}`);
    }
    let buildAlign: SizeRun['buildAlign'] = null;

    let dist: DistStats | null = null;
    let extras: DistExtras | null = null;
    let afterChange: SizeRun['rebuild'] = null;
    let afterAdd: SizeRun['addCounty'] = null;
    if (options.skipBuild) notes.push('build skipped (--skip-build)');
    else {
      const outDir = makeBuildDir(`bench-${plans}-`);
      const cacheDir = join(work, 'astro-cache');
      try {
        // Both builds log at one level: Astro's incremental cache is keyed by the whole config.
        const built = await buildSite({ plansDir, outDir, nodeArgs, cacheDir, logLevel: 'info' });
        stages.build = stageResult(built, 'astro build');
        buildAlign = totalAlignment(parseDeriveLines(built.stdout));
        options.log(`  build ${formatStage(stages.build)}${buildAlign ? `; its alignment ${JSON.stringify(buildAlign)}` : ''}`);
        dist = await measureDist(outDir);
        options.log(`  dist ${JSON.stringify({ bytes: dist.bytes, files: dist.files, pages: dist.pages })}`);
        extras = await measureExtras(outDir);
        options.log(`  search ${JSON.stringify(extras.search)}`);
        notes.push(...extras.notes);
        if (options.skipRebuild) notes.push(`N=${plans}: rebuild after one change skipped (--skip-rebuild)`);
        else {
          afterChange = await rebuildAfterChange(corpus.dir, plansDir, { plansDir, outDir, nodeArgs, cacheDir, logLevel: 'info' });
          options.log(`  rebuild after one change: ingest ${formatStage(afterChange.ingest)}, build ${formatStage(afterChange.build)}, ${afterChange.rendered} pages rendered, ${afterChange.copied} copied`);
          afterAdd = await addCountyAndRebuild(corpus.dir, plansDir, work, { plansDir, outDir, nodeArgs, cacheDir, logLevel: 'info' });
          options.log(`  add one county (${afterAdd.county}): npm run add ${formatStage(afterAdd.add)}, build ${formatStage(afterAdd.build)}, ${afterAdd.rendered} pages rendered, ${afterAdd.copied} copied`);
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    }
    // The build derives targets and alignment itself (src/data), so a rebuild costs ingest + build;
    // the derive stage times the same libraries on their own and is not added again.
    const rebuild = [stages.ingest, stages.build ?? stages.derive].filter((s) => s != null);
    const pipelineMs = rebuild.reduce((sum, s) => sum + s.ms, 0);
    const cpu = rebuild.map((s) => s.cpuMs);
    const pipelineCpuMs = cpu.every((c) => c != null) ? cpu.reduce((a, b) => a! + b!, 0) : null;
    return { plans, sources: corpus.files, stages, rebuild: afterChange, addCounty: afterAdd, derive: derived?.result ?? null, buildAlign, dist, extras, pipelineMs, pipelineCpuMs, loadAverage: loadavg()[0]!, notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Sizes of 1,000 plans and more run once: their figures are large, and one run takes minutes. */
export function repeatsFor(size: number, repeat: number): number {
  return size >= 1000 ? 1 : repeat;
}

/** Runs every size; a size whose pipeline fails is reported with its error, and the others still run. */
export async function runSizes(options: BenchOptions): Promise<{ runs: SizeRun[][]; failures: { plans: number; error: string }[] }> {
  const all: SizeRun[][] = [];
  const failures: { plans: number; error: string }[] = [];
  for (const size of options.sizes) {
    const runs: SizeRun[] = [];
    const repeats = repeatsFor(size, options.repeat);
    try {
      for (let r = 0; r < repeats; r++) {
        options.log(`N=${size}, run ${r + 1}/${repeats}`);
        runs.push(await runSize(size, options.seed, options));
      }
      all.push(runs);
    } catch (error) {
      options.log(`N=${size} failed: ${(error as Error).message}`);
      failures.push({ plans: size, error: (error as Error).message });
    }
  }
  return { runs: all, failures };
}

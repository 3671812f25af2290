// The benchmark: `npm run bench -- --sizes 10,100 --repeat 3 [--seed 1] [--skip-build] [--skip-rebuild] [--skip-derive] [--lighthouse] [--readme] [--heap MiB]`.
// --repeat applies to sizes under 1,000 (larger ones run once); --heap raises the build's Node heap limit.
// Prints a table and the goals, writes tests/.out/bench.json; --readme also updates the latest run in scripts/PERFORMANCE.md.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { runDerive, runIngest, runSizes, type SizeRun } from '../src/lib/bench/bench-fs.ts';
import { checkGoals, formatKinds, formatPerformanceSection, formatTable, summarizeSize } from '../src/lib/bench/report.ts';
import { median } from '../src/lib/bench/stats.ts';
import { PERFORMANCE_REPORT, updatePerformanceReport } from '../src/lib/bench/performance-report-fs.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,6000' },
    repeat: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'skip-derive': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    heap: { type: 'string' },
    'readme-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const repeat = Math.max(1, Number(values.repeat));
const log = (line: string) => console.error(line);

// --readme-only: rewrite the latest run in scripts/PERFORMANCE.md from the last results, without running anything.
if (values['readme-only']) {
  const saved = JSON.parse(readFileSync('tests/.out/bench.json', 'utf8'));
  const { formatLighthouse } = saved.lighthouse ? await import('../src/lib/bench/lighthouse-fs.ts') : { formatLighthouse: () => '' };
  const sizes = (saved.runs as SizeRun[][]).map(summarizeSize);
  const notes = saved.notes ?? [...new Set(sizes.flatMap((s) => s.notes))];
  updatePerformanceReport(PERFORMANCE_REPORT, formatPerformanceSection({ ...saved, sizes, notes, lighthouseText: formatLighthouse(saved.lighthouse) }));
  console.log(`updated: ${PERFORMANCE_REPORT} from tests/.out/bench.json`);
  process.exit(0);
}

// The real plans, ingested afresh from content/sources: the synthetic corpus is made from them,
// and extraction and alignment on them are small figures, so the median of at least 3 runs.
const realDir = mkdtempSync(join(tmpdir(), 'liangui-bench-real-'));
process.on('exit', () => rmSync(realDir, { recursive: true, force: true }));
const basePlansDir = join(realDir, 'plans');
const realIngest = await runIngest('content/sources', basePlansDir);
const real = [];
for (let r = 0; r < Math.max(3, repeat); r++) real.push((await runDerive(basePlansDir)).result);
const realPlans = {
  plans: real[0]!.plans,
  ingestMs: realIngest.ms,
  extractMs: median(real.map((r) => r.extractMs)),
  alignMs: median(real.map((r) => r.alignMs)),
  repeats: real.length,
};

const commit = execSync('git rev-parse --short HEAD').toString().trim();
const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
const runs: SizeRun[][] = [];
const failures: { plans: number; error: string }[] = [];
const writeJson = (extra: Record<string, unknown>) => {
  mkdirSync('tests/.out', { recursive: true });
  const summaries = runs.map(summarizeSize);
  const result = { date: new Date().toISOString(), commit, machine, seed: Number(values.seed), realPlans, sizes: summaries, failures, goals: checkGoals(summaries), runs, ...extra };
  writeFileSync('tests/.out/bench.json', `${JSON.stringify(result, null, 2)}\n`);
};
// One size at a time, results written after each: a 6,000-plan run takes long, and what came before it is kept.
for (const size of sizes) {
  const done = await runSizes({ sizes: [size], repeat, seed: Number(values.seed), skipBuild: values['skip-build'], skipRebuild: values['skip-rebuild'], skipDerive: values['skip-derive'], basePlansDir, heapMiB: values.heap ? Number(values.heap) : undefined, log });
  runs.push(...done.runs);
  failures.push(...done.failures);
  writeJson({ complete: false });
  if (done.runs.length) log(`\n${formatTable([summarizeSize(done.runs[0]!)])}\n\n${formatKinds([summarizeSize(done.runs[0]!)])}\n`);
}
const summaries = runs.map(summarizeSize);

let lighthouse: unknown = null;
let lighthouseText = '';
if (values.lighthouse) {
  // Lighthouse reads the site's own build (dist/, from `npm run build`), not a synthetic one.
  const { runLighthouse, formatLighthouse } = await import('../src/lib/bench/lighthouse-fs.ts');
  const scores = await runLighthouse('dist');
  lighthouse = scores;
  lighthouseText = formatLighthouse(scores);
  console.log(`\nLighthouse (dist/):\n${lighthouseText}`);
}

const notes = [...new Set([...failures.map((f) => `N=${f.plans} failed: ${f.error.split('\n').slice(0, 3).join(' ')}`), ...summaries.flatMap((s) => s.notes)])];
const section = formatPerformanceSection({ commit, date: new Date().toISOString(), machine, seed: Number(values.seed), sizes: summaries, realPlans, notes, lighthouseText });
console.log(`\n${section}`);

writeJson({ complete: true, lighthouse, notes });
console.log('\nwritten: tests/.out/bench.json');

if (values.readme) {
  updatePerformanceReport(PERFORMANCE_REPORT, section);
  console.log(`updated: ${PERFORMANCE_REPORT}`);
}

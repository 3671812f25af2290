/**
 * The benchmark's results: medians over repeats per corpus size, the goals they are read
 * against, and a Markdown table (printed, and kept in scripts/PERFORMANCE.md).
 */
import type { SizeRun } from './bench-fs.ts';
import { PAGE_JS_BUDGET } from './dist-stats-fs.ts';
import { formatBytes, formatMiB, formatMs, median } from './stats.ts';
import type { KindWeight } from './page-kind.ts';

export interface SizeSummary {
  plans: number;
  sources: number;
  runs: number;
  ingestMs: number;
  deriveMs: number | null;
  buildMs: number | null;
  pipelineMs: number;
  pipelineCpuMs: number | null;
  msPerPlan: number;
  cpuMsPerPlan: number | null;
  buildCpuMs: number | null;
  ingestMiB: number | null;
  deriveMiB: number | null;
  buildMiB: number | null;
  peakMiB: number | null;
  extractMsPerPlan: number | null;
  alignMsPerPlan: number | null;
  pages: number | null;
  distBytes: number | null;
  distFiles: number | null;
  /** Page kinds by weight, of the first run (a build of one size writes the same kinds every run). */
  distKinds: KindWeight[] | null;
  pagefindBytes: number | null;
  firstQueryBytes: number | null;
  /** The most any of the measured queries' first searches fetched (measure-fs.ts FIRST_SEARCH_QUERIES). */
  firstQueryBytesMax: number | null;
  firstQueryMs: number | null;
  heaviestPageJsGzip: number | null;
  pagesOverJsBudget: number | null;
  compareJsonMeanBytes: number | null;
  readableCharsWithoutScripts: number | null;
  loadAverage: number | null;
  /** Ingest + incremental build after one source changed, and the pages that build rendered of all it wrote. */
  rebuildMs: number | null;
  rebuildCpuMs: number | null;
  rebuildRendered: number | null;
  rebuildPages: number | null;
  /** npm run add of one new county (its ingest included) + the incremental build that publishes it. */
  addCountyMs: number | null;
  addCountyRendered: number | null;
  addCountyPages: number | null;
  notes: string[];
}

function med(runs: readonly SizeRun[], pick: (r: SizeRun) => number | null | undefined): number | null {
  const values = runs.map(pick).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return values.length ? median(values) : null;
}

/** Ingest + build: the build derives targets and alignment itself, so the derive stage is not added. */
function rebuildCost(run: SizeRun, field: 'ms' | 'cpuMs'): number | null {
  const stages = [run.stages.ingest, run.stages.build ?? run.stages.derive];
  const values = stages.map((s) => s?.[field] ?? null);
  return values.every((v) => v != null) ? values.reduce((a, b) => a! + b!, 0) : null;
}

export function summarizeSize(runs: readonly SizeRun[]): SizeSummary {
  const first = runs[0]!;
  const peaks = runs.flatMap((r) => Object.values(r.stages).map((s) => s?.peakMiB ?? null)).filter((v): v is number => v != null);
  const pipelineMs = med(runs, (r) => rebuildCost(r, 'ms'))!;
  return {
    plans: first.plans,
    sources: first.sources,
    runs: runs.length,
    ingestMs: med(runs, (r) => r.stages.ingest?.ms)!,
    deriveMs: med(runs, (r) => r.stages.derive?.ms),
    buildMs: med(runs, (r) => r.stages.build?.ms),
    pipelineMs,
    pipelineCpuMs: med(runs, (r) => rebuildCost(r, 'cpuMs')),
    msPerPlan: pipelineMs / first.plans,
    cpuMsPerPlan: med(runs, (r) => (rebuildCost(r, 'cpuMs') ?? NaN) / r.plans),
    buildCpuMs: med(runs, (r) => r.stages.build?.cpuMs),
    ingestMiB: med(runs, (r) => r.stages.ingest?.peakMiB),
    deriveMiB: med(runs, (r) => r.stages.derive?.peakMiB),
    buildMiB: med(runs, (r) => r.stages.build?.peakMiB),
    peakMiB: peaks.length ? Math.max(...peaks) : null,
    extractMsPerPlan: med(runs, (r) => (r.derive?.extractMs ?? NaN) / r.plans),
    // The derive stage's time (one thread, both types in turn), else the build's workers' CPU time.
    alignMsPerPlan: med(runs, (r) => (r.derive?.alignMs ?? (r.buildAlign?.plans ? r.buildAlign.cpuMs : NaN)) / r.plans),
    pages: med(runs, (r) => r.dist?.pages),
    distBytes: med(runs, (r) => r.dist?.bytes),
    distFiles: med(runs, (r) => r.dist?.files),
    distKinds: first.dist?.kinds ?? null,
    pagefindBytes: med(runs, (r) => r.extras?.search?.indexBytes ?? (r.dist?.pagefindFiles ? r.dist.pagefindBytes : null)),
    firstQueryBytes: med(runs, (r) => r.extras?.search?.firstQueryBytes),
    firstQueryBytesMax: med(runs, (r) => r.extras?.search?.firstQueryBytesMax),
    firstQueryMs: med(runs, (r) => r.extras?.search?.firstQueryMs),
    heaviestPageJsGzip: med(runs, (r) => r.dist?.heaviestPageJs.gzipBytes),
    pagesOverJsBudget: med(runs, (r) => r.dist?.pagesOverJsBudget),
    compareJsonMeanBytes: med(runs, (r) => r.extras?.compareJson?.meanBytes),
    readableCharsWithoutScripts: med(runs, (r) => r.extras?.readableWithoutScripts?.chars),
    loadAverage: med(runs, (r) => r.loadAverage),
    rebuildMs: med(runs, (r) => (r.rebuild ? r.rebuild.ingest.ms + r.rebuild.build.ms : null)),
    rebuildCpuMs: med(runs, (r) => (r.rebuild?.ingest.cpuMs != null && r.rebuild.build.cpuMs != null ? r.rebuild.ingest.cpuMs + r.rebuild.build.cpuMs : null)),
    rebuildRendered: med(runs, (r) => r.rebuild?.rendered),
    rebuildPages: med(runs, (r) => (r.rebuild ? r.rebuild.rendered + r.rebuild.copied : null)),
    addCountyMs: med(runs, (r) => (r.addCounty ? r.addCounty.add.ms + r.addCounty.build.ms : null)),
    addCountyRendered: med(runs, (r) => r.addCounty?.rendered),
    addCountyPages: med(runs, (r) => (r.addCounty ? r.addCounty.rendered + r.addCounty.copied : null)),
    notes: [...new Set(runs.flatMap((r) => r.notes))],
  };
}

export interface GoalCheck {
  goal: string;
  /** What was measured, in words and numbers; "not measured" when the size was not run. */
  measured: string;
  met: boolean | null;
}

const MIN = 60_000;

export function checkGoals(sizes: readonly SizeSummary[]): GoalCheck[] {
  const at = (n: number) => sizes.find((s) => s.plans === n);
  const s1000 = at(1000);
  const s6000 = at(6000);
  const built = sizes.filter((s) => s.pages != null);
  const goal = (text: string, value: number | null | undefined, show: (v: number) => string, ok: (v: number) => boolean): GoalCheck =>
    value == null || !Number.isFinite(value) ? { goal: text, measured: 'not measured', met: null } : { goal: text, measured: show(value), met: ok(value) };
  return [
    goal('1,000 plans end to end < 5 min', s1000?.pipelineMs, formatMs, (v) => v < 5 * MIN),
    goal('6,000 plans end to end < 30 min', s6000?.pipelineMs, formatMs, (v) => v < 30 * MIN),
    goal('peak memory at 6,000 < 8 GiB', s6000?.peakMiB, formatMiB, (v) => v < 8 * 1024),
    goal('cost per plan at 6,000 ≤ 1.3 × at 1,000 (CPU time, which other load does not skew)', s6000 && s1000 ? (s6000.cpuMsPerPlan ?? s6000.msPerPlan) / (s1000.cpuMsPerPlan ?? s1000.msPerPlan) : null, (v) => `${v.toFixed(2)} ×`, (v) => v <= 1.3),
    goal('one changed source at 6,000: ingest + incremental build < 3 min', s6000?.rebuildMs, formatMs, (v) => v < 3 * MIN),
    goal('one county added at 6,000: npm run add + incremental build < 3 min', s6000?.addCountyMs, formatMs, (v) => v < 3 * MIN),
    goal('dist < 3 GB at 6,000', s6000?.distBytes, formatBytes, (v) => v < 3 * 1024 ** 3),
    // Any first search, not only the first query's: a 文号 or a query that finds nothing may cost more.
    goal('first search < 300 KB at 6,000 (the most of the measured queries)', s6000 ? s6000.firstQueryBytesMax ?? s6000.firstQueryBytes : null, formatBytes, (v) => v < 300 * 1024),
    goal('no page ships > 50 KB JS (gzip) before search', built.length ? Math.max(...built.map((s) => s.heaviestPageJsGzip ?? 0)) : null, formatBytes, (v) => v <= PAGE_JS_BUDGET),
    goal('plan pages readable before any script runs', built.length ? Math.min(...built.map((s) => s.readableCharsWithoutScripts ?? 0)) : null, (v) => `${v} characters of text with JS off`, (v) => v > 200),
  ];
}

type Row = [string, (s: SizeSummary) => string];

const ROWS: Row[] = [
  ['sources (files)', (s) => String(s.sources)],
  ['ingest: time / peak', (s) => `${formatMs(s.ingestMs)} / ${formatMiB(s.ingestMiB)}`],
  ['targets + alignment alone (also inside the build): time / peak', (s) => `${formatMs(s.deriveMs)} / ${formatMiB(s.deriveMiB)}`],
  ['astro build + Pagefind: time / peak', (s) => `${formatMs(s.buildMs)} / ${formatMiB(s.buildMiB)}`],
  ['astro build + Pagefind: CPU', (s) => formatMs(s.buildCpuMs)],
  ['end to end (ingest + build): wall / CPU', (s) => `${formatMs(s.pipelineMs)} / ${formatMs(s.pipelineCpuMs)}`],
  ['rebuild after one source changes (ingest + incremental build): wall / CPU', (s) => `${formatMs(s.rebuildMs)} / ${formatMs(s.rebuildCpuMs)}`],
  ['files (pages and data) that rebuild rendered / all it wrote', (s) => (s.rebuildPages == null ? '—' : `${s.rebuildRendered} / ${s.rebuildPages}`)],
  ['add one county (npm run add + incremental build): wall', (s) => formatMs(s.addCountyMs)],
  ['files (pages and data) that build rendered / all it wrote', (s) => (s.addCountyPages == null ? '—' : `${s.addCountyRendered} / ${s.addCountyPages}`)],
  ['per plan: wall / CPU', (s) => `${formatMs(s.msPerPlan)} / ${formatMs(s.cpuMsPerPlan)}`],
  ['peak memory (largest stage)', (s) => formatMiB(s.peakMiB)],
  ['extraction per plan', (s) => formatMs(s.extractMsPerPlan)],
  ['alignment per plan', (s) => formatMs(s.alignMsPerPlan)],
  ['pages written', (s) => (s.pages == null ? '—' : String(s.pages))],
  ['dist size (files)', (s) => (s.distFiles == null ? formatBytes(s.distBytes) : `${formatBytes(s.distBytes)} (${s.distFiles})`)],
  ['Pagefind index', (s) => formatBytes(s.pagefindBytes)],
  ['first search: bytes fetched / time to results', (s) => `${formatBytes(s.firstQueryBytes)} / ${formatMs(s.firstQueryMs)}`],
  ['first search: most bytes of the measured queries', (s) => formatBytes(s.firstQueryBytesMax)],
  ['most JS on a page before search (gzip)', (s) => formatBytes(s.heaviestPageJsGzip)],
  ['compare JSON per plan (mean)', (s) => formatBytes(s.compareJsonMeanBytes)],
  ['machine load (1-min average, 2 cores)', (s) => (s.loadAverage == null ? '—' : s.loadAverage.toFixed(1))],
];

export function formatTable(sizes: readonly SizeSummary[]): string {
  const head = `| N = plans | ${sizes.map((s) => `${s.plans}${s.runs > 1 ? ` (median of ${s.runs})` : ''}`).join(' | ')} |`;
  const rule = `| --- | ${sizes.map(() => '---').join(' | ')} |`;
  const rows = ROWS.map(([label, cell]) => `| ${label} | ${sizes.map(cell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

/** The heaviest page kinds of the largest built size: what dist's bytes are spent on. */
export function formatKinds(sizes: readonly SizeSummary[], top = 8): string {
  const largest = sizes.filter((s) => s.distKinds?.length && s.distBytes).at(-1);
  if (!largest) return '';
  const total = largest.distBytes!;
  const rows = largest.distKinds!.slice(0, top).map((k) => `| ${k.kind} | ${k.files} | ${formatBytes(k.bytes)} | ${((100 * k.bytes) / total).toFixed(1)} % |`);
  return [`dist by kind at ${largest.plans} plans (heaviest ${Math.min(top, largest.distKinds!.length)}):`, '', '| kind | files | bytes | share |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function formatGoals(goals: readonly GoalCheck[]): string {
  const mark = (m: boolean | null) => (m == null ? '·' : m ? '✓' : '✗');
  return goals.map((g) => `${mark(g.met)} ${g.goal}: ${g.measured}`).join('\n');
}

export interface PerformanceSection {
  commit: string;
  date: string;
  machine: string;
  seed: number;
  sizes: readonly SizeSummary[];
  realPlans: { plans: number; ingestMs?: number; extractMs: number; alignMs: number; repeats?: number };
  notes: readonly string[];
  lighthouseText?: string;
}

export function formatRealPlans(real: PerformanceSection['realPlans']): string {
  return `Real plans (${real.plans}): ingest ${formatMs(real.ingestMs)}, target extraction ${formatMs(real.extractMs)}, alignment ${formatMs(real.alignMs)} (median of ${real.repeats ?? 3}).`;
}

/** The text the latest run in scripts/PERFORMANCE.md holds: table, real-plan figures, goals, notes, Lighthouse. */
export function formatPerformanceSection(p: PerformanceSection): string {
  return [
    `Latest run: commit ${p.commit}, ${p.date.slice(0, 10)}, ${p.machine}; synthetic corpus, seed ${p.seed} (\`npm run bench\`).`,
    '', formatTable(p.sizes), ...(formatKinds(p.sizes) ? ['', formatKinds(p.sizes)] : []), '', formatRealPlans(p.realPlans), '', 'Goals:', '', ...formatGoals(checkGoals(p.sizes)).split('\n').map((l) => `- ${l}`),
    ...(p.notes.length ? ['', 'Notes:', '', ...p.notes.map((n) => `- ${n}`)] : []),
    ...(p.lighthouseText ? ['', 'Lighthouse on the site itself (`npm run bench -- --lighthouse`):', '', p.lighthouseText] : []),
  ].join('\n');
}

/** A markdown table row's cells, without the outer pipes. */
function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Keeps the sizes a run did not measure: each column of the previous latest run's table whose N
 * the new table lacks is appended to it, its header labelled with the date (and commits) of the
 * run that measured it, matched row by row on the row's label ("—" where the old table had no
 * such row). A run of 1,000 plans alone thus keeps the last 6,000-plan figures, marked as older.
 */
export function carryOverColumns(previous: string, next: string): string {
  const table = (text: string) => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| N = plans |'));
    if (start < 0) return null;
    let end = start;
    while (end + 1 < lines.length && lines[end + 1]!.startsWith('|')) end++;
    return { lines, start, end };
  };
  const old = table(previous);
  const now = table(next);
  if (!old || !now) return next;
  const sizeOf = (header: string) => header.match(/^\d+/)?.[0] ?? header;
  const oldHead = cellsOf(old.lines[old.start]!).slice(1);
  const newSizes = new Set(cellsOf(now.lines[now.start]!).slice(1).map(sizeOf));
  const keep = oldHead.map((h, i) => [h, i] as const).filter(([h]) => !newSizes.has(sizeOf(h)));
  if (!keep.length) return next;
  const run = previous.match(/^Latest run: commit (.+?), (\d{4}-\d{2}-\d{2})/m);
  const label = (h: string) => (/\(earlier run: /.test(h) || !run ? h : `${h} (earlier run: ${run[2]}, commit ${run[1]})`);
  const oldRows = new Map(old.lines.slice(old.start + 2, old.end + 1).map((l) => { const c = cellsOf(l); return [c[0]!, c.slice(1)] as const; }));
  const out = now.lines.map((line, i) => {
    if (i < now.start || i > now.end) return line;
    const extra = i === now.start ? keep.map(([h]) => label(h)) : i === now.start + 1 ? keep.map(() => '---') : keep.map(([, j]) => oldRows.get(cellsOf(line)[0]!)?.[j] ?? '—');
    return `${line.trimEnd()} ${extra.join(' | ')} |`;
  });
  return out.join('\n');
}

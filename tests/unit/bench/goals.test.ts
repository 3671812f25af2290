import { describe, expect, it } from 'vitest';
import type { SizeRun } from '../../../src/lib/bench/bench-fs.ts';
import { checkGoals, summarizeSize } from '../../../src/lib/bench/report.ts';

const MIN = 60_000;
const stage = (ms: number, cpuMs = ms) => ({ ms, peakMiB: 1000, cpuMs });

/** A run of `plans` plans with the given rebuild, added county and dist; the rest as the benchmark records it. */
function run(plans: number, opts: { rebuildMs?: number; addMs?: number; distBytes?: number; derive?: boolean }): SizeRun {
  return {
    plans,
    sources: plans / 2,
    stages: { corpus: stage(1), ingest: stage(5 * MIN), derive: opts.derive ? stage(10 * MIN) : null, build: stage(60 * MIN) },
    rebuild: opts.rebuildMs == null ? null : { source: 's', ingest: stage(30_000), build: stage(opts.rebuildMs - 30_000), rendered: 35, copied: 100 },
    addCounty: opts.addMs == null ? null : { county: 'c', add: stage(10_000), build: stage(opts.addMs - 10_000), rendered: 3000, copied: 100 },
    derive: opts.derive ? { plans, readMs: 1, extractMs: 1, alignMs: 100 * plans } : null,
    buildAlign: { plans, ms: 900_000, cpuMs: 213 * plans },
    dist: opts.distBytes == null ? null : ({ bytes: opts.distBytes, files: 10, pages: 5, kinds: [], heaviestPageJs: { gzipBytes: 1 }, pagesOverJsBudget: 0, pagefindBytes: 0, pagefindFiles: 0 } as unknown as SizeRun['dist']),
    extras: null,
    pipelineMs: 65 * MIN,
    pipelineCpuMs: 65 * MIN,
    loadAverage: 1,
    notes: [],
  };
}

const goalsOf = (r: SizeRun) => new Map(checkGoals([summarizeSize([r])]).map((g) => [g.goal, g]));

describe('the goals at 6,000 plans', () => {
  it('read the changed source, the added county and dist against their limits', () => {
    const over = goalsOf(run(6000, { rebuildMs: 19 * MIN, addMs: 25 * MIN, distBytes: 12.5 * 1024 ** 3 }));
    expect(over.get('one changed source at 6,000: ingest + incremental build < 3 min')).toMatchObject({ measured: '19.0 min', met: false });
    expect(over.get('one county added at 6,000: npm run add + incremental build < 3 min')).toMatchObject({ measured: '25.0 min', met: false });
    expect(over.get('dist < 3 GB at 6,000')).toMatchObject({ measured: '12.50 GB', met: false });
    const within = goalsOf(run(6000, { rebuildMs: 2.5 * MIN, addMs: 2.9 * MIN, distBytes: 2.9 * 1024 ** 3 }));
    expect([...within.values()].filter((g) => /changed source|county added|dist </.test(g.goal)).map((g) => g.met)).toEqual([true, true, true]);
  });

  it('say "not measured" when the run skipped them', () => {
    const skipped = goalsOf(run(6000, {}));
    for (const goal of ['one changed source at 6,000: ingest + incremental build < 3 min', 'dist < 3 GB at 6,000']) expect(skipped.get(goal)).toMatchObject({ measured: 'not measured', met: null });
  });
});

describe('alignment per plan', () => {
  it('is the derive stage\'s when it ran, else the CPU time of the build\'s alignment threads', () => {
    expect(summarizeSize([run(1000, { derive: true })]).alignMsPerPlan).toBe(100);
    expect(summarizeSize([run(6000, {})]).alignMsPerPlan).toBe(213);
  });
});

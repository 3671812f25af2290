/**
 * Micro-benchmark of alignment at corpus scale, for the benchmark script: builds a synthetic
 * corpus of N plans, then aligns a sample of them with their reconstructed reference.
 */
import { alignPlan, toReuseRecord } from './align-plan.ts';
import { addPlan, createCorpus } from './corpus.ts';
import { preparePlan, type AlignPlanInput } from './prepare.ts';
import { similarPlans } from './similar-plans.ts';
import { syntheticPlans } from './synthetic.ts';

export interface AlignBenchOptions {
  plans: number;
  clausesPerPlan?: number;
  /** How many plans to align and time (spread evenly over the corpus). */
  sample?: number;
  seed?: number;
  /** Wall clock in ms; pass one in to test the arithmetic. */
  now?: () => number;
  /** CPU clock in ms (this process): on a shared machine it tells cost apart from waiting. */
  cpu?: () => number;
}

export interface AlignBenchResult {
  plans: number;
  clausesPerPlan: number;
  /** Tokenizing and keying one plan. */
  prepareMsPerPlan: number;
  /** Adding one plan to the clause clusters (LSH lookups). */
  clusterMsPerPlan: number;
  /** Reconstructing the reference, classifying and diffing one plan: the per-plan alignment cost. */
  alignMsPerPlan: number;
  /** The same in CPU time. */
  alignCpuMsPerPlan: number;
  /** similarPlans for one plan. */
  similarMsPerPlan: number;
  sampled: number;
}

export function benchmarkAlignment(opts: AlignBenchOptions): AlignBenchResult {
  const now = opts.now ?? (() => performance.now());
  const cpu = opts.cpu ?? (() => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; });
  const inputs: AlignPlanInput[] = syntheticPlans({ plans: opts.plans, clausesPerPlan: opts.clausesPerPlan, seed: opts.seed });
  let t = now();
  const prepared = inputs.map(preparePlan);
  const prepareMs = now() - t;
  const corpus = createCorpus();
  t = now();
  for (const p of prepared) addPlan(corpus, p);
  const clusterMs = now() - t;

  const sample = Math.min(opts.sample ?? 50, prepared.length);
  const step = prepared.length / Math.max(sample, 1);
  const ids = Array.from({ length: sample }, (_, i) => prepared[Math.floor(i * step)]!.id);
  alignPlan(corpus, ids[0]!); // warm the per-corpus caches, which a build pays once
  t = now();
  const c = cpu();
  for (const id of ids) toReuseRecord(alignPlan(corpus, id));
  const alignMs = now() - t;
  const alignCpu = cpu() - c;
  t = now();
  for (const id of ids) similarPlans(corpus, id);
  const similarMs = now() - t;

  const per = (ms: number, n: number) => Math.round((ms / Math.max(n, 1)) * 100) / 100;
  return {
    plans: prepared.length,
    clausesPerPlan: Math.round(prepared.reduce((n, p) => n + p.clauses.length, 0) / Math.max(prepared.length, 1)),
    prepareMsPerPlan: per(prepareMs, prepared.length),
    clusterMsPerPlan: per(clusterMs, prepared.length),
    alignMsPerPlan: per(alignMs, sample),
    alignCpuMsPerPlan: per(alignCpu, sample),
    similarMsPerPlan: per(similarMs, sample),
    sampled: sample,
  };
}

/**
 * The corpus: every plan, prepared once, and the clause clusters of each plan type.
 */
import type { PlanType } from '../plan/schema.ts';
import { addPlanToClusters, createTypeClusters, type TypeClusters } from './clusters.ts';
import { preparePlan, type AlignPlanInput, type PreparedPlan } from './prepare.ts';

export interface Corpus {
  plans: Map<string, PreparedPlan>;
  types: Map<PlanType, TypeClusters>;
}

export function createCorpus(): Corpus {
  return { plans: new Map(), types: new Map() };
}

/** Adds one prepared plan. Add plans in id order for a reproducible result (buildCorpus does). */
export function addPlan(corpus: Corpus, plan: PreparedPlan): void {
  if (corpus.plans.has(plan.id)) throw new Error(`plan ${plan.id} is in the corpus twice; each content/plans file needs its own id`);
  corpus.plans.set(plan.id, plan);
  let tc = corpus.types.get(plan.plan_type);
  if (!tc) corpus.types.set(plan.plan_type, (tc = createTypeClusters()));
  addPlanToClusters(tc, plan);
}

/** Prepares and adds all plans, in id order. Prepared plans (e.g. from a cache) are taken as they are. */
export function buildCorpus(inputs: readonly (AlignPlanInput | PreparedPlan)[]): Corpus {
  const corpus = createCorpus();
  const sorted = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const input of sorted) addPlan(corpus, 'clauses' in input ? input : preparePlan(input));
  return corpus;
}

export function planIn(corpus: Corpus, id: string): PreparedPlan {
  const plan = corpus.plans.get(id);
  if (!plan) throw new Error(`no plan "${id}" in the corpus (ids look like 140107-women); check content/plans/`);
  return plan;
}

export function clustersOf(corpus: Corpus, type: PlanType): TypeClusters {
  const tc = corpus.types.get(type);
  if (!tc) throw new Error(`the corpus has no ${type} plans`);
  return tc;
}

export interface CountyCounts {
  /** County plans of the type, the given plan not counted. */
  others: number;
  /** Of those, plans of the given plan's province. */
  sameProvince: number;
}

const countsCache = new WeakMap<TypeClusters, { version: number; total: number; byProvince: Map<string, number> }>();

/** How many other county plans a reconstruction for this plan draws on; counted once per corpus state. */
export function countyCountsFor(corpus: Corpus, plan: PreparedPlan): CountyCounts {
  const tc = clustersOf(corpus, plan.plan_type);
  let c = countsCache.get(tc);
  if (!c || c.version !== tc.version) {
    const byProvince = new Map<string, number>();
    let total = 0;
    for (const id of tc.planIds) {
      const p = corpus.plans.get(id);
      if (p?.level !== 'county') continue;
      total++;
      byProvince.set(p.province, (byProvince.get(p.province) ?? 0) + 1);
    }
    countsCache.set(tc, (c = { version: tc.version, total, byProvince }));
  }
  const self = plan.level === 'county' ? 1 : 0;
  return { others: c.total - self, sameProvince: (c.byProvince.get(plan.province) ?? 0) - self };
}

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

/** County plans of a type, other than `exclude`: the plans a reconstruction draws on. */
export function countyPlansOf(corpus: Corpus, type: PlanType, exclude?: string): PreparedPlan[] {
  return [...corpus.plans.values()].filter((p) => p.plan_type === type && p.level === 'county' && p.id !== exclude);
}

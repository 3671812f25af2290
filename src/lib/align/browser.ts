/** Aligning one plan with another, as the diff page does in the browser when a reader picks a reference. */
import { alignPlan, type ReuseDetail } from './align-plan.ts';
import { buildCorpus } from './corpus.ts';
import type { AlignPlanInput } from './prepare.ts';
import { chooseReference } from './reference.ts';

export function alignWithPlan(plan: AlignPlanInput, reference: AlignPlanInput): ReuseDetail {
  const corpus = buildCorpus([plan, reference]);
  return alignPlan(corpus, plan.id, chooseReference(plan.id, corpus, { plan: reference.id }));
}

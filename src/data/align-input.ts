/**
 * A plan as the alignment reads it, its targets included: what /data/align/<id>.json publishes
 * and what the build aligns pre-rendered comparisons from, so the browser and the build align
 * the same input.
 */
import { clauseTargetsOf } from '../lib/align/clause-targets.ts';
import { alignInputOf } from '../lib/align/derive-type.ts';
import type { AlignPlanInput } from '../lib/align/prepare.ts';
import { getPlan } from './plans.ts';
import { getSearchDomains } from './search-domains.ts';
import { getTargetData } from './targets.ts';

export async function getAlignInput(planId: string): Promise<AlignPlanInput> {
  const plan = await getPlan(planId);
  const { byPlan } = await getTargetData();
  const { aliasesByPlan } = await getSearchDomains();
  return alignInputOf({ ...plan.meta, blocks: plan.blocks, targets: clauseTargetsOf(byPlan.get(plan.id) ?? []), domain_aliases: aliasesByPlan.get(plan.id) });
}

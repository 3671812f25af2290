import { getPlans } from '../../../data/plans.ts';
import { getTargetData } from '../../../data/targets.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { clauseTargetsOf } from '../../../lib/align/clause-targets.ts';
import { alignInputOf } from '../../../lib/align/derive-type.ts';
import type { AlignPlanInput } from '../../../lib/align/prepare.ts';

/**
 * A plan as the alignment reads it, its targets included (which indicator each number is a value
 * of): what the diff page needs to compare it with another plan in the browser.
 */
export async function getStaticPaths() {
  const { byPlan } = await getTargetData();
  return (await getPlans()).map((plan) => {
    const input = alignInputOf({ ...plan.meta, blocks: plan.blocks, targets: clauseTargetsOf(byPlan.get(plan.id) ?? []) });
    return { params: { id: plan.id }, props: { input }, cacheKey: cacheKeyOf(input) };
  });
}

export function GET({ props }: { props: { input: AlignPlanInput } }) {
  return new Response(JSON.stringify(props.input), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

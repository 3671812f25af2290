import { getPlans } from '../../../data/plans.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { alignInputOf } from '../../../lib/align/derive-type.ts';
import type { AlignPlanInput } from '../../../lib/align/prepare.ts';

/** A plan as the alignment reads it (alignInputOf, as the build aligns it): what the diff page compares with another plan in the browser. */
export async function getStaticPaths() {
  return (await getPlans()).map((plan) => {
    const input = alignInputOf({ ...plan.meta, blocks: plan.blocks });
    return { params: { id: plan.id }, props: { input }, cacheKey: cacheKeyOf(input) };
  });
}

export function GET({ props }: { props: { input: AlignPlanInput } }) {
  return new Response(JSON.stringify(props.input), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

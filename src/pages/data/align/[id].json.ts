import { getPlans } from '../../../data/plans.ts';
import { getAlignInput } from '../../../data/align-input.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import type { AlignPlanInput } from '../../../lib/align/prepare.ts';

/**
 * A plan as the alignment reads it, its targets included (which indicator each number is a value
 * of): what the diff page and the compare page need to align it with another plan in the browser.
 */
export async function getStaticPaths() {
  return Promise.all((await getPlans()).map(async (plan) => {
    const input = await getAlignInput(plan.id);
    return { params: { id: plan.id }, props: { input }, cacheKey: cacheKeyOf(input) };
  }));
}

export function GET({ props }: { props: { input: AlignPlanInput } }) {
  return new Response(JSON.stringify(props.input), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

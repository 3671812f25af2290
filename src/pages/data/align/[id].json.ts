import { getPlans } from '../../../data/plans.ts';
import { getAlignInput } from '../../../data/align-input.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';

/**
 * A plan as the alignment reads it, its targets included (which indicator each number is a value
 * of): what the diff page and the compare page need to align it with another plan in the browser. Made when the file
 * is written, so the build does not hold every plan's copy at once; the key is its digest.
 */
export async function getStaticPaths() {
  const paths = [];
  for (const plan of await getPlans()) paths.push({ params: { id: plan.id }, cacheKey: cacheKeyOf(await getAlignInput(plan.id)) });
  return paths;
}

export async function GET({ params }: { params: { id: string } }) {
  return new Response(JSON.stringify(await getAlignInput(params.id)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

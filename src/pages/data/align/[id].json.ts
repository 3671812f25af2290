import { getPlans } from '../../../data/plans.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';

/** A plan as the alignment reads it: what the diff page needs to compare it with another plan in the browser. */
export async function getStaticPaths() {
  return (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan }, cacheKey: cacheKeyOf(plan) }));
}

export async function GET({ props }: { props: { plan: Awaited<ReturnType<typeof getPlans>>[number] } }) {
  const { meta, blocks } = props.plan;
  const input = {
    id: meta.id, plan_type: meta.plan_type, title: meta.title, level: meta.level, county: meta.county,
    prefecture: meta.prefecture, province: meta.province, templates: meta.templates, blocks,
  };
  return new Response(JSON.stringify(input), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

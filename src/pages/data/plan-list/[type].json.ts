import { getPlans } from '../../../data/plans.ts';
import { PlanTypeSchema, type PlanType } from '../../../lib/plan/schema.ts';

/**
 * Every plan of one type, in site order (county code): what the diff page offers as other
 * references. One shared file instead of a list on each diff page, which would grow with the
 * square of the corpus.
 */
export function getStaticPaths() {
  return PlanTypeSchema.options.map((type) => ({ params: { type } }));
}

export async function GET({ params }: { params: { type: PlanType } }) {
  const plans = (await getPlans()).filter((p) => p.meta.plan_type === params.type).map((p) => ({ id: p.id, county: p.meta.county, province: p.meta.province }));
  return new Response(JSON.stringify({ plans }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

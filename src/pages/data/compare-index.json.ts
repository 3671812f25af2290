import { getPlans } from '../../data/plans.ts';
import { getCompareIndicators, getPreRenderedSets } from '../../data/compare.ts';

/** What /compare/ needs in the browser: every plan, the indicators, and which sets have a page. */
export async function GET() {
  const plans = (await getPlans()).map((p) => ({ id: p.id, plan_type: p.meta.plan_type, county: p.meta.county, province: p.meta.province }));
  const indicators = [...(await getCompareIndicators()).values()];
  return new Response(JSON.stringify({ plans, indicators, pages: await getPreRenderedSets() }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

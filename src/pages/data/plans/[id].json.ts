import { getPlans } from '../../../data/plans.ts';
import { getPlanCompareData, getPlanCompareDigest } from '../../../data/compare.ts';

export async function getStaticPaths() {
  return Promise.all((await getPlans()).map(async (p) => ({ params: { id: p.id }, cacheKey: await getPlanCompareDigest(p.id) })));
}

export async function GET({ params }: { params: { id: string } }) {
  return new Response(JSON.stringify(await getPlanCompareData(params.id)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

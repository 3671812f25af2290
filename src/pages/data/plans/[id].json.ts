import { getPlans } from '../../../data/plans.ts';
import { getPlanCompareData } from '../../../data/compare.ts';

export async function getStaticPaths() {
  return (await getPlans()).map((p) => ({ params: { id: p.id } }));
}

export async function GET({ params }: { params: { id: string } }) {
  return new Response(JSON.stringify(await getPlanCompareData(params.id)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

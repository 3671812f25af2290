import { getTargetData } from '../../data/targets.ts';

export async function GET() {
  const { all } = await getTargetData();
  return new Response(JSON.stringify(all.map((t) => t.target), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

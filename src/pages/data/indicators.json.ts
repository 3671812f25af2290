import { getTargetData } from '../../data/targets.ts';

export async function GET() {
  const { dictionary } = await getTargetData();
  return new Response(JSON.stringify(dictionary, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

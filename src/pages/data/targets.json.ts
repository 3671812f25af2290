import { getTargetData } from '../../data/targets.ts';
import { jsonArrayStream } from '../../lib/data/json-array-stream.ts';

export async function GET() {
  const { all } = await getTargetData();
  // One target at a time, as reuse.json: the corpus-wide file outgrows one string.
  return new Response(jsonArrayStream(all.map((t) => t.target)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

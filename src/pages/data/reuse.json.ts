import { getPlans } from '../../data/plans.ts';
import { getReuse } from '../../data/reuse.ts';
import { toReuseRecord } from '../../lib/align/align-plan.ts';
import { jsonArrayStream } from '../../lib/data/json-array-stream.ts';

export async function GET() {
  const plans = await getPlans();
  // One plan's record at a time: the whole file is more text than one string can hold at 6,000 plans.
  async function* records() {
    for (const plan of plans) yield toReuseRecord(await getReuse(plan.id));
  }
  return new Response(jsonArrayStream(records()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

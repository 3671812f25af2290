import { getPlans } from '../../data/plans.ts';
import { getReuse } from '../../data/reuse.ts';
import { toReuseRecord } from '../../lib/align/align-plan.ts';

export async function GET() {
  const records = [];
  for (const plan of await getPlans()) records.push(toReuseRecord(await getReuse(plan.id)));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

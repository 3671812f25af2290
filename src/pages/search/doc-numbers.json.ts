// Every plan's 文号, for the search page to offer the closest one when a query finds nothing
// (src/lib/search/suggest.ts). Fetched only then.
import { getPlans } from '../../data/plans.ts';
import { planDocNumbers } from '../../lib/search/suggest.ts';

export async function GET() {
  const numbers = planDocNumbers((await getPlans()).map((p) => p.meta.doc_number));
  return new Response(JSON.stringify(numbers), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

import { getPlans } from '../../../data/plans.ts';
import { getTargetData } from '../../../data/targets.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** One plan's targets, columns as targets.csv; the compare page joins these for any choice of plans. */
export async function getStaticPaths() {
  return (await getPlans()).map((p) => ({ params: { id: p.id } }));
}

export async function GET({ params }: { params: { id: string } }) {
  const { byPlan } = await getTargetData();
  return new Response(toCsv(headerOf(TARGETS_TABLE), await targetRows(byPlan.get(params.id) ?? [])), { headers: CSV_HEADERS });
}

import { getPlans } from '../../../data/plans.ts';
import { getTargetData } from '../../../data/targets.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv, type CsvValue } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** One plan's targets, columns as targets.csv; the compare page joins these for any choice of plans. */
export async function getStaticPaths() {
  const { byPlan } = await getTargetData();
  return Promise.all((await getPlans()).map(async (p) => {
    const rows = await targetRows(byPlan.get(p.id) ?? []);
    return { params: { id: p.id }, props: { rows }, cacheKey: cacheKeyOf(rows) };
  }));
}

export function GET({ props }: { props: { rows: CsvValue[][] } }) {
  return new Response(toCsv(headerOf(TARGETS_TABLE), props.rows), { headers: CSV_HEADERS });
}

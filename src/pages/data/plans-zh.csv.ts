import { CSV_HEADERS, getPlanRecords, getRelease } from '../../data/open-data.ts';
import { toCsv } from '../../lib/data/csv.ts';
import { headerZhOf, planToRowZh, PLANS_TABLE } from '../../lib/data/tables.ts';

/** plans.csv with Chinese headers and codes. */
export async function GET() {
  const { release } = await getRelease();
  const rows = [...(await getPlanRecords()).values()].map((p) => planToRowZh(p, release.id));
  return new Response(toCsv(headerZhOf(PLANS_TABLE), rows), { headers: CSV_HEADERS });
}

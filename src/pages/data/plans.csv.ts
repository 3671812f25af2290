import { CSV_HEADERS, getPlanRecords, getRelease } from '../../data/open-data.ts';
import { toCsv } from '../../lib/data/csv.ts';
import { headerOf, planToRow, PLANS_TABLE } from '../../lib/data/tables.ts';

/** Every plan with its metadata, one row each. */
export async function GET() {
  const { release } = await getRelease();
  const rows = [...(await getPlanRecords()).values()].map((p) => planToRow(p, release.id));
  return new Response(toCsv(headerOf(PLANS_TABLE), rows), { headers: CSV_HEADERS });
}

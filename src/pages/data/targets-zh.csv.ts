import { getTargetData } from '../../data/targets.ts';
import { CSV_HEADERS, targetRows } from '../../data/open-data.ts';
import { toCsv } from '../../lib/data/csv.ts';
import { headerZhOf, TARGETS_TABLE } from '../../lib/data/tables.ts';

/** targets.csv with Chinese headers and codes (妇女/儿童, ≥/≤/约/提高/下降). */
export async function GET() {
  const { all } = await getTargetData();
  return new Response(toCsv(headerZhOf(TARGETS_TABLE), await targetRows(all, true)), { headers: CSV_HEADERS });
}

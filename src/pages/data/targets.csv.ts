import { getTargetData } from '../../data/targets.ts';
import { CSV_HEADERS, targetRows } from '../../data/open-data.ts';
import { toCsv } from '../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../lib/data/tables.ts';

export async function GET() {
  const { all } = await getTargetData();
  return new Response(toCsv(headerOf(TARGETS_TABLE), await targetRows(all)), { headers: CSV_HEADERS });
}

import { getTargetData } from '../../data/targets.ts';
import { toCsv } from '../../lib/data/csv.ts';
import { TARGET_CSV_HEADER, targetToCsvRow } from '../../lib/targets/publish.ts';

export async function GET() {
  const { all, indicators } = await getTargetData();
  const rows = all.map((t) => targetToCsvRow(t.target, t.target.indicator ? indicators.get(t.target.indicator)?.name_zh : undefined));
  return new Response(toCsv(TARGET_CSV_HEADER, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

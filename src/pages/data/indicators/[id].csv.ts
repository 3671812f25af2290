import { getTargetData } from '../../../data/targets.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv, type CsvValue } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** One indicator's targets, every plan, with the plans' metadata: linked from /indicators/<id>/. */
export async function getStaticPaths() {
  const { dictionary, byIndicator } = await getTargetData();
  return Promise.all(dictionary.map(async (i) => {
    const rows = await targetRows(byIndicator.get(i.id) ?? []);
    return { params: { id: i.id }, props: { rows }, cacheKey: cacheKeyOf(rows) };
  }));
}

export function GET({ props }: { props: { rows: CsvValue[][] } }) {
  return new Response(toCsv(headerOf(TARGETS_TABLE), props.rows), { headers: CSV_HEADERS });
}

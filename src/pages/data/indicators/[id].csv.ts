import { getTargetData } from '../../../data/targets.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** One indicator's targets, every plan, with the plans' metadata: linked from /indicators/<id>/. */
export async function getStaticPaths() {
  const { dictionary } = await getTargetData();
  return dictionary.map((i) => ({ params: { id: i.id } }));
}

export async function GET({ params }: { params: { id: string } }) {
  const { byIndicator } = await getTargetData();
  return new Response(toCsv(headerOf(TARGETS_TABLE), await targetRows(byIndicator.get(params.id) ?? [])), { headers: CSV_HEADERS });
}

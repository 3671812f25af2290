import { getTargetData } from '../../../data/targets.ts';
import { getPreRenderedSets } from '../../../data/compare.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** The targets of a pre-rendered comparison's plans, in the order the page shows them; columns as targets.csv. */
export async function getStaticPaths() {
  return (await getPreRenderedSets()).map((ids) => ({ params: { set: ids.join('--') }, props: { ids } }));
}

export async function GET({ props }: { props: { ids: string[] } }) {
  const { byPlan } = await getTargetData();
  const targets = props.ids.flatMap((id) => byPlan.get(id) ?? []);
  return new Response(toCsv(headerOf(TARGETS_TABLE), await targetRows(targets)), { headers: CSV_HEADERS });
}

import { getTargetData } from '../../../data/targets.ts';
import { getPreRenderedSets } from '../../../data/compare.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { CSV_HEADERS, targetRows } from '../../../data/open-data.ts';
import { toCsv, type CsvValue } from '../../../lib/data/csv.ts';
import { headerOf, TARGETS_TABLE } from '../../../lib/data/tables.ts';

/** The targets of a pre-rendered comparison's plans, in the order the page shows them; columns as targets.csv. */
export async function getStaticPaths() {
  const { byPlan } = await getTargetData();
  return Promise.all((await getPreRenderedSets()).map(async (ids) => {
    const rows = await targetRows(ids.flatMap((id) => byPlan.get(id) ?? []));
    return { params: { set: ids.join('--') }, props: { rows }, cacheKey: cacheKeyOf(rows) };
  }));
}

export function GET({ props }: { props: { rows: CsvValue[][] } }) {
  return new Response(toCsv(headerOf(TARGETS_TABLE), props.rows), { headers: CSV_HEADERS });
}

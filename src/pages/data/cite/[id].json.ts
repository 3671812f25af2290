import { getPlanRecords, JSON_HEADERS } from '../../../data/open-data.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { cslItems } from '../../../lib/cite/export.ts';
import { planPermalink } from '../../../lib/cite/permalink.ts';

/** CSL-JSON for one plan (Zotero, Mendeley, pandoc and citeproc read it). */
export async function getStaticPaths() {
  return [...(await getPlanRecords()).values()].map((p) => {
    const items = cslItems(p, planPermalink(p.plan_id));
    return { params: { id: p.plan_id }, props: { items }, cacheKey: cacheKeyOf(items) };
  });
}

export function GET({ props }: { props: { items: unknown } }) {
  return new Response(`${JSON.stringify(props.items, null, 1)}\n`, { headers: JSON_HEADERS });
}

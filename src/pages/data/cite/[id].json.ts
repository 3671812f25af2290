import { getPlanRecords, JSON_HEADERS } from '../../../data/open-data.ts';
import { cslItems } from '../../../lib/cite/export.ts';
import { planPermalink } from '../../../lib/cite/permalink.ts';

/** CSL-JSON for one plan (Zotero, Mendeley, pandoc and citeproc read it). */
export async function getStaticPaths() {
  return [...(await getPlanRecords()).keys()].map((id) => ({ params: { id } }));
}

export async function GET({ params }: { params: { id: string } }) {
  const p = (await getPlanRecords()).get(params.id)!;
  return new Response(`${JSON.stringify(cslItems(p, planPermalink(p.plan_id)), null, 1)}\n`, { headers: JSON_HEADERS });
}

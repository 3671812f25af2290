import { getPlanRecords } from '../../../data/open-data.ts';
import { bibtexEntry } from '../../../lib/cite/export.ts';
import { planPermalink } from '../../../lib/cite/permalink.ts';

/** BibTeX for one plan. */
export async function getStaticPaths() {
  return [...(await getPlanRecords()).keys()].map((id) => ({ params: { id } }));
}

export async function GET({ params }: { params: { id: string } }) {
  const p = (await getPlanRecords()).get(params.id)!;
  return new Response(bibtexEntry(p, planPermalink(p.plan_id)), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}

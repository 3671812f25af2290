import { getPlanRecords } from '../../../data/open-data.ts';
import { cacheKeyOf } from '../../../data/cache-key.ts';
import { bibtexEntry } from '../../../lib/cite/export.ts';
import { planPermalink } from '../../../lib/cite/permalink.ts';

/** BibTeX for one plan. */
export async function getStaticPaths() {
  return [...(await getPlanRecords()).values()].map((p) => {
    const entry = bibtexEntry(p, planPermalink(p.plan_id));
    return { params: { id: p.plan_id }, props: { entry }, cacheKey: cacheKeyOf(entry) };
  });
}

export function GET({ props }: { props: { entry: string } }) {
  return new Response(props.entry, { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
}

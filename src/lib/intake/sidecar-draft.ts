/**
 * The sidecar `npm run add` writes: every field the document or page states, each with a comment
 * saying where it was read; a field nothing states is left empty for the curator. Never invented:
 * no URL unless the curator gave one, no code unless exactly one county fits the name.
 */
import type { DocumentFacts, Found } from './document-facts.ts';

export interface DraftInput {
  facts: DocumentFacts;
  /** The official URL as the curator gave it (--url), or null. */
  url: string | null;
  /** The file as the curator named it, for the header comment. */
  original: string;
  /** ISO date of the addition. */
  today: string;
  /** The site's name as a saved page states it (src/lib/html/site-name.ts), or null. */
  site?: Found | null;
}

const value = (v: string) => JSON.stringify(v);
const comment = (where: string) => ` # ${where.replace(/\s+/g, ' ')}`;

export function draftSidecar({ facts, url, original, today, site = null }: DraftInput): string {
  const division = facts.division?.value ?? null;
  const lines: string[] = [
    `# Drafted by npm run add from ${original} on ${today}. Each value was read from the document or its`,
    '# page; the comment after it says where. Check them against the page, fill in what is empty, and',
    '# delete these comments when done if you like.',
  ];
  const field = (key: string, v: string, where: string | null) => lines.push(`${key}: ${value(v)}${where ? comment(where) : comment('not stated: fill in')}`);
  const countyWhere = division ? `${facts.placeName!.where}; ${division.name} in the GB/T 2260 list` : facts.placeName?.where ?? null;
  field('county', division?.name ?? facts.placeName?.value ?? '', countyWhere);
  field('county_code', division?.code ?? '', division ? facts.division!.where : null);
  const province = division?.province ?? '';
  const prefecture = division ? (division.level === 'prefecture' ? division.name : division.prefecture || division.province) : '';
  field('province', province, division ? 'GB/T 2260 list' : null);
  field('prefecture', prefecture, division ? (division.prefecture || division.level === 'prefecture' ? 'GB/T 2260 list' : 'GB/T 2260 list: governed directly by the province') : null);
  lines.push(`plans: ${facts.plans ? `[${facts.plans.value.join(', ')}]${comment(`plan titles on ${facts.plans.where}`)}` : `[]${comment('no plan title found: fill in women and/or children')}`}`);
  if (division?.level === 'prefecture') lines.push(`level: prefecture${comment('the title names a prefecture, not a county')}`);
  field('issuer', facts.issuer?.value ?? '', facts.issuer?.where ?? null);
  field('doc_number', facts.docNumber?.value ?? '', facts.docNumber?.where ?? null);
  field('signed', facts.signed?.value ?? '', facts.signed?.where ?? null);
  field('published', facts.published?.value ?? '', facts.published?.where ?? null);
  field('source_site', site?.value ?? '', site?.where ?? null);
  field('source_url', url ?? '', url ? 'given with --url' : 'not given: never guessed; add the official address if you have it');
  const notes = facts.indexNo ? `Index no. ${facts.indexNo.value}.` : '';
  field('notes', notes, facts.indexNo ? `索引号: ${facts.indexNo.where}` : null);
  return lines.join('\n') + '\n';
}

/**
 * A plan for reference managers: HighWire `citation_*` meta tags (what Zotero's Embedded Metadata
 * translator and Google Scholar read), a CSL-JSON item and a BibTeX entry. A plan is a report
 * issued by a government body: Zotero's "report" type (citation_technical_report_institution
 * selects it; the 文号 is its report number), CSL "report", BibTeX @techreport. Unknown facts are
 * left out, never filled in.
 */
import type { PlanRecord } from '../data/plan-record.ts';
import { citedDate } from './citation.ts';

const TYPE_ZH = { women: '妇女发展规划', children: '儿童发展规划' } as const;

export function citationMetaTags(p: PlanRecord, url: string): [string, string][] {
  const tags: [string, string][] = [['citation_title', p.title]];
  if (p.issuer) tags.push(['citation_author', p.issuer]);
  const date = citedDate(p);
  // Google Scholar's form, which Zotero reads as well: 2023/04/20.
  if (date) tags.push(['citation_publication_date', date.replaceAll('-', '/')]);
  if (p.issuer) tags.push(['citation_publisher', p.issuer], ['citation_technical_report_institution', p.issuer]);
  if (p.doc_number) tags.push(['citation_technical_report_number', p.doc_number]);
  tags.push(['citation_language', 'zh'], ['citation_public_url', url], ['citation_fulltext_html_url', url]);
  return tags;
}

/** CSL-JSON: an array of one item, as /data/cite/<id>.json publishes it. */
export function cslItems(p: PlanRecord, url: string): Record<string, unknown>[] {
  const item: Record<string, unknown> = { id: p.plan_id, type: 'report', title: p.title, genre: TYPE_ZH[p.plan_type], language: 'zh-CN', URL: url };
  if (p.issuer) Object.assign(item, { author: [{ literal: p.issuer }], publisher: p.issuer });
  if (p.doc_number) item.number = p.doc_number;
  const date = citedDate(p);
  if (date) item.issued = { 'date-parts': [date.split('-').map(Number)] };
  const notes = [`规划期：${p.period_start}—${p.period_end}年`];
  if (p.signed) notes.push(`成文日期：${p.signed}`);
  if (p.published) notes.push(`发布日期：${p.published}`);
  if (p.official_url) notes.push(`官方网址：${p.official_url}`);
  item.note = notes.join('\n');
  return [item];
}

// BibTeX's special characters, each as the sequence that prints it.
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_ESCAPES[c]!);
}

export function bibtexKey(p: Pick<PlanRecord, 'plan_id'>): string {
  return `liangui-${p.plan_id}`;
}

export function bibtexEntry(p: PlanRecord, url: string): string {
  const date = citedDate(p);
  // A corporate author is braced twice so BibTeX does not split it into given and family names.
  const fields: [string, string][] = [];
  if (p.issuer) fields.push(['author', `{${escapeBibtex(p.issuer)}}`]);
  fields.push(['title', `{${escapeBibtex(p.title)}}`]);
  if (p.issuer) fields.push(['institution', escapeBibtex(p.issuer)]);
  fields.push(['type', TYPE_ZH[p.plan_type]]);
  if (p.doc_number) fields.push(['number', escapeBibtex(p.doc_number)]);
  if (date) fields.push(['year', date.slice(0, 4)], ['date', date]);
  fields.push(['url', url], ['language', 'chinese'], ['note', escapeBibtex(`规划期 ${p.period_start}—${p.period_end}年`)]);
  const type = p.issuer ? 'techreport' : 'misc';
  return `@${type}{${bibtexKey(p)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/**
 * References to a plan, or to one paragraph of it, in GB/T 7714-2015 and APA (7th ed.) form.
 * Pure: the build renders them for the page without JavaScript, and the browser script renders
 * a paragraph's with the same functions.
 *
 * GB/T 7714-2015 §4.8 (电子资源): 主要责任者. 题名: 其他题名信息[文献类型标识/载体标识]. 出版地:
 * 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径. A plan read online is an
 * 电子公告 on a network, [EB/OL] (附录 B). The (date) is the plan's 发布日期, else its 成文日期;
 * an unknown one is left out, as is an unknown 主要责任者 (§8.1.1: 顺序编码制 may begin with the
 * title). The standard has no slot for a paragraph: its section and item go in 其他题名信息.
 */
import type { PlanRecord } from '../data/plan-record.ts';
import { headingLabel, PREAMBLE_TITLE } from '../search/section-title.ts';

export type CitedPlan = Pick<PlanRecord, 'title' | 'issuer' | 'doc_number' | 'signed' | 'published' | 'plan_type' | 'period_start' | 'period_end'>;

export interface CiteOptions {
  /** Absolute URL of the plan page or the paragraph. */
  url: string;
  /** 引用日期, ISO (2026-12-01). */
  accessed: string;
  /** Section and item of a paragraph ("妇女与健康 主要目标 第1条"); absent for the whole plan. */
  locator?: string | undefined;
}

/** The date a reference gives for the plan: 发布日期, else 成文日期, else none. */
export function citedDate(p: Pick<CitedPlan, 'signed' | 'published'>): string {
  return p.published || p.signed;
}

export function gbtReference(p: CitedPlan, o: CiteOptions): string {
  const author = p.issuer ? `${p.issuer}. ` : '';
  const title = o.locator ? `${p.title}: ${o.locator}` : p.title;
  const date = citedDate(p);
  return `${author}${title}[EB/OL]. ${date ? `(${date})` : ''}[${o.accessed}]. ${o.url}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}, ${MONTHS[m - 1]} ${d}`;
}

function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const TYPE_EN = { women: "Women's development plan", children: "Children's development plan" } as const;

/**
 * APA 7 (§9.38: a work in another language keeps its title, with an English description in
 * square brackets; §10.4: the report number in parentheses after the title; a group author who
 * is also the publisher is not repeated; "Retrieved … from" for a page that may change).
 */
export function apaReference(p: CitedPlan, o: CiteOptions, siteName: string): string {
  const date = citedDate(p);
  const when = `(${date ? apaDate(date) : 'n.d.'})`;
  const number = p.doc_number ? ` (${p.doc_number})` : '';
  const describe = `${TYPE_EN[p.plan_type]}, ${p.period_start}–${p.period_end}${o.locator ? `; ${o.locator}` : ''}`;
  const work = `${p.title}${number} [${describe}]`;
  const head = p.issuer ? `${p.issuer}. ${when}. ${work}.` : `${work}. ${when}.`;
  return `${head} ${siteName}. Retrieved ${englishDate(o.accessed)}, from ${o.url}`;
}

/**
 * Where a paragraph sits, for a citation: its nearest two headings (numbering dropped) and its
 * item as the permalink id records it. Ids follow the document's own numbering (README, "Plan
 * files"): …-goals-8 is item 8 (even where the text reads "8.5岁以下…"), …-p2 the second
 * unnumbered paragraph, …-t1 the first table.
 */
export function paragraphLocator(input: { headings: readonly string[]; anchor: string }): string {
  const parts = input.headings.map(headingLabel).filter(Boolean).slice(-2);
  const m = /-(p|t)?(\d+)$/.exec(input.anchor);
  const item = !m ? null : m[1] === 'p' ? `第${m[2]}段` : m[1] === 't' ? `表${m[2]}` : `第${m[2]}条`;
  return [...(parts.length ? parts : [PREAMBLE_TITLE]), ...(item ? [item] : [])].join(' ');
}

/**
 * The comparison as HTML. One renderer for both paths: the build writes it into pre-rendered
 * pages, the browser into /compare/ for any other choice. Every piece of text is escaped.
 */
import type { CellClause, Comparison, ClauseRow, TargetRow } from './model.ts';
import type { CompareTarget } from './schema.ts';

import { esc } from '../html/escape.ts';
import { planHref } from '../plan/id.ts';
import { formatBaseline, formatLevel, formatReference, yearNote } from '../targets/format.ts';
export { esc };

const ROLE_ZH = { goal: '目标', measure: '措施', other: '' } as const;

const level = formatLevel;

export interface RenderOptions {
  /** A pre-filled correction report for one number of one plan; no report links without it. */
  reportHref?: ((t: CompareTarget, plan: Comparison['plans'][number]) => string) | undefined;
}

function targetCell(list: readonly CompareTarget[], strictest: boolean, label: string, plan: Comparison['plans'][number], options: RenderOptions): string {
  if (!list.length) return `<td data-label="${esc(label)}" class="empty"><span class="muted">—</span></td>`;
  const items = list.map((t) => {
    const base = t.baseline ? `<span class="muted baseline">基线 ${esc(formatBaseline(t.baseline))}</span>` : '';
    const report = options.reportHref ? ` <a class="report-link" href="${esc(options.reportHref(t, plan))}" rel="nofollow" aria-label="${esc(`纠错：${plan.county}的“${level(t)}”有误时报告`)}">纠错</a>` : '';
    return `<a href="${esc(t.url)}" title="${esc(`原文：${t.text}`)}">${esc(level(t) + yearNote(t.year))}</a>${report}${base}`;
  });
  const mark = strictest ? '<span class="strictest" title="几部规划中最严的目标">★ 最严</span>' : '';
  return `<td data-label="${esc(label)}"${strictest ? ' class="is-strictest"' : ''}>${items.join('<br>')}${mark}</td>`;
}

function targetsTable(c: Comparison, options: RenderOptions): string {
  if (!c.targets.length) return '<p class="muted">所选规划没有数量目标。</p>';
  const head = c.plans.map((p) => `<th scope="col">${esc(p.county)}</th>`).join('');
  const rows = c.targets.map((row: TargetRow) => {
    const name = row.indicator ? `<a href="/indicators/${esc(row.indicator.id)}/">${esc(row.name)}</a>` : esc(row.name);
    const r = row.indicator?.reference;
    const ref = r ? `<span title="${esc(r.source)}">${esc(formatReference(r))}</span>` : '<span class="muted">—</span>';
    const cells = row.cells.map((list, i) => targetCell(list, row.strictest === i, c.plans[i]!.county, c.plans[i]!, options)).join('');
    return `<tr><th scope="row">${name}</th>${cells}<td data-label="国家目标">${ref}</td></tr>`;
  }).join('');
  return `<div class="table-wrap"><table class="compare-targets"><caption class="visually-hidden">各规划的数量目标</caption><thead><tr><th scope="col">指标</th>${head}<th scope="col">国家目标</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function numbersBold(text: string): string {
  return esc(text).replace(/\d+(?:\.\d+)?(?:\/10万|%|‰)?/g, (n) => `<b class="num">${n}</b>`);
}

function clauseText(c: CellClause): string {
  if (!c.edits.length) return esc(c.text);
  // Only the plan's own words are shown; what it adds to or rewrites in the first plan's wording is marked.
  return c.edits.filter((e) => e.op !== 'delete').map((e) => (e.op === 'insert' ? `<ins>${numbersBold(e.text)}</ins>` : esc(e.text))).join('');
}

function clauseCell(cell: readonly CellClause[], planId: string, county: string): string {
  if (!cell.length) return `<td class="empty" data-label="${esc(county)}"><span class="muted">（未找到对应条款）</span></td>`;
  const paragraphs = cell.map((c) => `<p>${clauseText(c)}</p><a class="anchor-link" href="${esc(planHref(planId, c.anchor))}">原文 ¶</a>`);
  return `<td data-label="${esc(county)}">${paragraphs.join('')}</td>`;
}

function clauseRow(row: ClauseRow, c: Comparison): string {
  const present = row.cells.filter((cell) => cell.length > 0).length;
  const cls = [`role-${row.role}`, row.same ? 'same' : '', present === 1 ? 'single' : ''].filter(Boolean).join(' ');
  const link = row.cluster && present > 1 ? `<a href="/clauses/${esc(row.cluster)}/">各地措辞</a>` : '';
  const label = `${ROLE_ZH[row.role]}${row.same ? ' · 措辞相同' : ''}${row.regrouped ? ' · 分合不同' : ''}`;
  const cells = row.cells.map((cell, i) => clauseCell(cell, c.plans[i]!.id, c.plans[i]!.county)).join('');
  return `<tr class="${cls}"><th scope="row" class="row-head">${esc(label)}${link ? `<br>${link}` : ''}</th>${cells}</tr>`;
}

/** How the rows were lined up, in words: the reader needs to know which plan the others are read against. */
function alignmentRule(c: Comparison): string {
  const pivot = esc(c.plans[0]?.county ?? '');
  const more = c.plans.length > 2
    ? `其余每部规划分别与${pivot}的规划对齐；在${pivot}的规划里没有找到对应的条款各占一行，放在该规划上一条之后，不与第三部规划互相对齐。`
    : `${esc(c.plans[1]?.county ?? '')}中在${pivot}的规划里没有找到对应的条款单独成行，放在它的上一条之后。`;
  return `<p class="compare-rule">以第一列${pivot}的规划为基准逐条对齐，方法与“措辞对照”页相同：同一行是各规划中的同一条款；<ins>下划线</ins>是该规划比${pivot}多出或改写的字词，数字加粗；` +
    `一格里有几段（标“分合不同”），是一部规划把另一部的几条合为一段，或把一条分成几段；“（未找到对应条款）”表示在该规划中没有找到这一条的对应条款：可能是没有写，也可能改写得很厉害或合写进了别处（见方法页）。${more}</p>`;
}

export function comparisonToHtml(c: Comparison, options: RenderOptions = {}): string {
  const head = c.plans.map((p) => `<th scope="col"><a href="${esc(planHref(p.id))}">${esc(p.county)}</a><br><span class="muted">${esc(p.province)}</span></th>`).join('');
  const domains = c.domains.map((d, i) => `<section class="compare-domain" aria-labelledby="cd-${i}"><h3 id="cd-${i}">${esc(d.domain)}</h3><div class="table-wrap"><table class="compare-clauses"><thead><tr><th scope="col" class="row-head"><span class="visually-hidden">条款</span></th>${head}</tr></thead><tbody>${d.rows.map((r) => clauseRow(r, c)).join('')}</tbody></table></div></section>`).join('');
  return `<section class="compare-targets-section" aria-labelledby="ct-h"><h2 id="ct-h">目标对照</h2><p class="muted">每个数字都链接到原文句子；★ 标出几部规划中最严的目标。</p>${targetsTable(c, options)}</section>` +
    `<section aria-labelledby="cc-h"><h2 id="cc-h">逐领域对照</h2>${alignmentRule(c)}${domains}</section>`;
}

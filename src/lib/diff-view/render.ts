/**
 * The diff view of a plan as HTML: summary with the reuse chart, then the plan section by
 * section with each clause's status and edits. One renderer for the page the build writes and
 * for the view the browser redraws when the reader picks another reference.
 */
import type { ReuseDetail } from '../align/align-plan.ts';
import type { AlignedClause } from '../align/classify.ts';
import type { Edit } from '../align/edits.ts';
import { shares } from '../align/summary.ts';
import { COMMON_MIN_PLANS, THIN_DOMAIN_SHARE } from '../align/thresholds.ts';
import type { ReuseSummary } from '../align/reuse-schema.ts';
import { stackedBarsSvg } from '../charts/stacked-bar-svg.ts';
import { esc } from '../html/escape.ts';
import { planDiffHref, planHref } from '../plan/id.ts';
import { percent, splitNumbers, STATUS_HELP, STATUS_ZH } from '../align/present.ts';
import { changeIdAttr, changeNavHtml, firstChangeHtml, numberChanges, type ChangeNumbers } from './change-nav.ts';
import { rowRuns, rowTableHtml } from './row-table.ts';
import { sectionsOnce } from './sections.ts';
import { referenceRowReading, type TableRowSource } from './table-rows.ts';

export interface DiffLinks {
  planId: string;
  /** Shared-clause id of each plan clause, by anchor, with how many plans share it. */
  clusters: ReadonlyMap<string, { id: string; plans: number }>;
  /** Shared clauses that have an explorer page. */
  clusterPages: ReadonlySet<string>;
  /** Page of the reference's own text; null for the reconstruction. */
  referenceHref: string | null;
  /** What the reference is: the reconstruction names, per clause, how many plans have it. */
  referenceKind?: 'template' | 'reconstructed' | 'plan';
  /** The plan's table rows by row anchor (tableRowsOf): rows are shown as tables in the plan's column order. */
  tableRows: ReadonlyMap<string, TableRowSource>;
  /** Numbers of the departures in page order, for previous/next links; set by reuseToHtml. */
  changes?: ChangeNumbers;
}

export function editsToHtml(edits: readonly Edit[]): string {
  return edits.map((e) => {
    if (e.op === 'equal') return esc(e.text);
    const inner = splitNumbers(e.text).map((p) => (p.number ? `<b class="num">${esc(p.text)}</b>` : esc(p.text))).join('');
    return e.op === 'insert'
      ? `<ins>${inner}</ins>`
      : `<del>${inner}</del>`;
  }).join('');
}

function statusBadge(status: AlignedClause['status'], idAttr = ''): string {
  return `<span class="status status-${status}"${idAttr} title="${esc(STATUS_HELP[status])}">${STATUS_ZH[status]}</span>`;
}

function numbersChanged(c: Pick<AlignedClause, 'numbers_changed'>, label = '数字改动'): string {
  if (!c.numbers_changed.length) return '';
  return `<p class="numbers-changed">${label}：${c.numbers_changed.map((n) => `<span class="num-from">${esc(n.from)}</span> → <b class="num">${esc(n.to)}</b>`).join('，')}</p>`;
}

function clauseLinks(c: AlignedClause, links: DiffLinks): string {
  const out: string[] = [];
  if (c.status !== 'omitted') out.push(`<a href="${esc(planHref(links.planId, c.anchor))}">原文</a>`);
  if (c.status === 'modified' && !c.reference_form) out.push(`<span class="muted">相似度 ${Math.round(c.similarity * 100)}%</span>`);
  if (c.status !== 'original' && links.referenceKind === 'reconstructed') {
    const some = c.supporters.length ? `：${c.supporters.slice(0, 3).map(esc).join('、')}${c.wordingSupport > 3 ? '等' : ''}` : '';
    const varied = c.wordingSupport < COMMON_MIN_PLANS ? `；各规划措辞不一，没有 ${COMMON_MIN_PLANS} 部以上其他规划共用的措辞，基准取其中一种` : '';
    out.push(`<span class="muted">其他 ${c.support} 部规划有此条款，其中 ${c.wordingSupport} 部措辞与基准相同${some}${varied}</span>`);
  }
  // An omitted clause sits after a plan anchor that is not its own: only its reference anchor says which clause it is.
  const cluster = links.clusters.get(c.anchor);
  if (c.status === 'omitted') {
    if (c.reference_anchor && links.clusterPages.has(c.reference_anchor)) out.push(`<a href="/clauses/${esc(c.reference_anchor)}/">看各地措辞</a>`);
  } else if (cluster && cluster.plans > 1 && links.clusterPages.has(cluster.id)) {
    out.push(`<a href="/clauses/${esc(cluster.id)}/">${cluster.plans} 部规划（含本规划）有此条款：看各地措辞</a>`);
  }
  if (links.referenceHref && c.reference_anchor && c.status !== 'original') out.push(`<a href="${esc(links.referenceHref)}#${esc(c.reference_anchor)}">基准原文</a>`);
  // A reconstructed clause shows one plan's wording: link that paragraph or row, so its source can be read.
  else if (c.reference_source && c.status !== 'original') {
    out.push(`<a href="${esc(planHref(c.reference_source.plan, c.reference_source.anchor))}">基准措辞出处：${esc(c.reference_source.county)}</a>`);
  }
  const near = nearestHtml(c, links);
  if (near) out.push(near);
  out.push(changeNavHtml(c, links.changes));
  return `<p class="clause-links">${out.join('')}</p>`;
}

/**
 * Beside a clause without counterpart, the other side's clause nearest in wording, linked: where
 * the alignment found nothing, the reader can check in one click whether it is the same item.
 */
function nearestHtml(c: AlignedClause, links: DiffLinks): string {
  if (!c.nearest || (c.status !== 'original' && c.status !== 'omitted')) return '';
  const text = esc(c.nearest.text);
  const names = c.nearest.names ? (c.kind === 'row' ? '写到这一指标的一段' : '列出这一指标的一行') : null;
  if (c.status === 'omitted') return `<span class="nearest">本规划中${names ?? '用词最接近的一段'}：<a href="#d-${esc(c.nearest.anchor)}">${text}</a></span>`;
  const href = links.referenceHref ? `${links.referenceHref}#${c.nearest.anchor}`
    : links.clusterPages.has(c.nearest.anchor) ? `/clauses/${c.nearest.anchor}/` : null;
  // A reconstructed clause without a page of its own: its wording's source paragraph or row.
  const source = !href && c.nearest.source ? c.nearest.source : null;
  const to = href ?? (source ? planHref(source.plan, source.anchor) : null);
  return `<span class="nearest">基准中${names ?? '用词最接近的一条'}：${to ? `<a href="${esc(to)}">${text}</a>` : text}${source ? `（措辞出处：${esc(source.county)}）` : ''}</span>`;
}

function clauseBody(c: AlignedClause): string {
  if (c.status === 'omitted') {
    const row = referenceRowReading(c);
    return `<p class="omitted-text"><span class="visually-hidden">对照基准中的${row !== null ? '一行' : '条款'}，在本规划中没有找到：</span>${esc(row ?? c.reference_text ?? '')}</p>`;
  }
  if (c.status === 'modified') return `<p>${editsToHtml(c.edits)}</p>`;
  return `<p>${esc(c.text)}</p>`;
}

const PART_NOTE = {
  merged: '本规划把几条基准条款合写在这一段里，每条分别对照：',
  split: '基准的这一条在本规划中分成几段，这是其中一段：',
} as const;

const ROLE_ZH = { goal: '主要目标', measure: '策略措施' } as const;

/** A counterpart the reference states in another role: a goal it keeps among its measures, or the other way round. */
function roleNote(c: Pick<AlignedClause, 'status' | 'referenceRole'>): string {
  if (c.status === 'omitted' || c.status === 'original' || (c.referenceRole !== 'goal' && c.referenceRole !== 'measure')) return '';
  return `<p class="part-note muted">基准把这一条写在${ROLE_ZH[c.referenceRole]}中。</p>`;
}

/**
 * A counterpart of the other form (indicator-rows.ts): the reference's row or paragraph as it
 * stands, since a word diff of a table row against a sentence says nothing a reader can use.
 */
function formNote(c: Pick<AlignedClause, 'kind' | 'reference_form' | 'reference_text' | 'reference_cells'>): string {
  if (!c.reference_form) return '';
  if (c.reference_form === 'paragraph') return `<p class="part-note muted">基准在段落中写这一指标：${esc(c.reference_text ?? '')}</p>`;
  return `<p class="part-note muted">基准在指标表中列出这一指标：${esc(referenceRowReading(c) ?? c.reference_text ?? '')}</p>`;
}

function clauseItem(c: AlignedClause, links: DiffLinks): string {
  const id = c.status === 'omitted' ? '' : ` id="d-${esc(c.anchor)}"`;
  const note = (c.part && !c.reference_form ? `<p class="part-note muted">${PART_NOTE[c.part]}</p>` : '') + roleNote(c) + formNote(c);
  return `<li class="clause c-${c.status}"${id}>${statusBadge(c.status, changeIdAttr(c, links.changes))}<div class="clause-body">${note}${clauseBody(c)}${numbersChanged(c)}${clauseLinks(c, links)}</div></li>`;
}

/** A further reference item of a merged paragraph: shown inside the paragraph's own entry. */
function mergedPart(c: AlignedClause, links: DiffLinks): string {
  return `<div class="merged-part c-${c.status}">${statusBadge(c.status, changeIdAttr(c, links.changes))}<div class="clause-body">${roleNote(c)}${formNote(c)}${c.reference_form ? '' : clauseBody(c)}${numbersChanged(c)}${clauseLinks(c, links)}</div></div>`;
}

/** Clauses as list items; the further items of a merged paragraph go inside its entry. */
function clauseItems(clauses: readonly AlignedClause[], links: DiffLinks): string {
  const out: string[] = [];
  clauses.forEach((c, i) => {
    const prev = clauses[i - 1];
    const further = (c.part === 'merged' && prev?.part === 'merged') || !!c.reference_form;
    if (further && prev?.anchor === c.anchor && prev.status !== 'omitted' && c.status !== 'omitted') {
      out[out.length - 1] = out[out.length - 1]!.replace(/<\/div><\/li>$/u, `${mergedPart(c, links)}</div></li>`);
    } else out.push(clauseItem(c, links));
  });
  return out.join('');
}

/** A section's clauses: a plan table's rows as a table, everything else as a list. */
function sectionBody(clauses: readonly AlignedClause[], links: DiffLinks): string {
  const parts = {
    badge: (c: AlignedClause) => statusBadge(c.status, changeIdAttr(c, links.changes)),
    notes: (c: AlignedClause) => `${formNote(c)}${numbersChanged(c)}${clauseLinks(c, links)}`,
    edits: editsToHtml,
  };
  return rowRuns(clauses, links.tableRows).map((run) =>
    run.table ? rowTableHtml(run.clauses, links.tableRows, parts) : `<ol class="clauses">${clauseItems(run.clauses, links)}</ol>`,
  ).join('');
}

const segments = (s: ReuseSummary) => [
  { key: 'identical', label: STATUS_ZH.identical, value: s.identical_chars },
  { key: 'modified', label: STATUS_ZH.modified, value: s.modified_chars },
  { key: 'original', label: STATUS_ZH.original, value: s.original_chars },
];

function summaryHtml(detail: ReuseDetail): string {
  const s = detail.summary;
  const total = shares(s);
  const domains = [{ domain: '全文', summary: s }, ...detail.domains.filter((d) => d.domain)];
  const rows = domains.map((d) => ({ label: d.domain!, segments: segments(d.summary) }));
  const description = domains.map((d) => {
    const sh = shares(d.summary);
    return `${d.domain}：${STATUS_ZH.identical}${percent(sh.identical)}，${STATUS_ZH.modified}${percent(sh.modified)}，${STATUS_ZH.original}${percent(sh.original)}`;
  }).join('；');
  const table = domains.map((d) => {
    const sh = shares(d.summary);
    return `<tr><th scope="row">${esc(d.domain!)}</th><td>${esc(percent(sh.identical))}</td><td>${esc(percent(sh.modified))}</td><td>${esc(percent(sh.original))}</td><td>${d.summary.numbers_changed}</td><td>${d.summary.omitted_clauses}</td></tr>`;
  }).join('');
  return `<section class="reuse-summary" aria-labelledby="summary-h" data-site-figures><h2 id="summary-h">概览</h2><ul class="summary-figures">` +
    `<li><span class="figure">${esc(percent(total.identical))}</span> 文字与基准${statusBadge('identical')}</li>` +
    `<li><span class="figure">${esc(percent(total.modified))}</span> 是${statusBadge('modified')}过的基准条款</li>` +
    `<li><span class="figure">${esc(percent(total.original))}</span> 的文字在基准中${statusBadge('original')}</li>` +
    `<li><span class="figure">${s.numbers_changed}</span> 处数字改动</li>` +
    `<li><span class="figure">${s.omitted_clauses}</span> 条基准条款在本规划中${statusBadge('omitted')}</li></ul>` +
    `<figure class="chart">${stackedBarsSvg(rows, '按领域的文字构成', description)}</figure>` +
    `<details class="chart-table"><summary>以表格查看</summary><table><thead><tr><th scope="col">领域</th><th scope="col">${STATUS_ZH.identical}</th><th scope="col">${STATUS_ZH.modified}</th><th scope="col">${STATUS_ZH.original}</th><th scope="col">数字改动</th><th scope="col">基准条款${STATUS_ZH.omitted}</th></tr></thead><tbody>${table}</tbody></table></details></section>`;
}

/** Where the other plans share too little for a common wording, say so and name a plan to compare with. */
function thinHtml(detail: ReuseDetail, planId: string): string {
  const thin = detail.thin;
  if (!thin?.domains.length) return '';
  const offer = thin.nearest
    ? `可以改与<a href="${esc(planDiffHref(planId))}?reference=${esc(thin.nearest.id)}">${esc(thin.nearest.county)}的规划</a>逐条对照。`
    : '';
  return `<p class="thin-note">以下领域中，本规划的条款很少有 2 部以上其他规划共有（不到 ${Math.round(THIN_DOMAIN_SHARE * 100)}%），重建的共同措辞太少，不足以对照：${thin.domains.map(esc).join('、')}。这些领域里的“${STATUS_ZH.original}”只说明其他规划没有共同写法，不说明是本地独创。${offer}</p>`;
}

const STATUSES = ['identical', 'modified', 'original', 'omitted'] as const;

export function reuseToHtml(detail: ReuseDetail, pageLinks: DiffLinks): string {
  const links = { ...pageLinks, referenceKind: detail.reference.kind };
  const legend = STATUSES.map((s) => `<span>${statusBadge(s)} ${esc(STATUS_HELP[s])}</span>`).join('') +
    '<span><ins>下划线</ins> 新增的字词，<del>删除线</del> 删去的字词，<b class="num">粗体</b> 数字</span>';
  const grouped = sectionsOnce(detail.clauses);
  links.changes = numberChanges(grouped.flatMap((s) => s.clauses));
  const sections = grouped.map((section, i) =>
    `<section class="diff-section" aria-labelledby="sec-${i}"><h3 id="sec-${i}">${esc(section.title)}</h3>${sectionBody(section.clauses, links)}</section>`,
  ).join('');
  return summaryHtml(detail) + thinHtml(detail, links.planId) +
    `<section class="diff" aria-labelledby="clauses-h"><h2 id="clauses-h">逐条对照</h2><p class="legend">${legend}</p>${firstChangeHtml(links.changes)}` +
    // The box is the sections' sibling, so the filter is a sibling selector (styles: .diff-filter).
    `<input type="checkbox" id="only-departures" class="diff-filter no-print"><label for="only-departures" class="diff-filter no-print">只看${STATUS_ZH.modified}、${STATUS_ZH.original}和${STATUS_ZH.omitted}（隐藏${STATUS_ZH.identical}的条款）</label>` +
    `${sections}</section>`;
}

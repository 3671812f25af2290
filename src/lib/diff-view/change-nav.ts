/**
 * Previous/next-change links: every departure from the reference (改动, 无对应, 未找到) is numbered
 * in page order and links to the one before and after it, as plain anchors that work without
 * JavaScript (src/client/diff-nav.ts adds the keys n and p).
 */
import type { AlignedClause } from '../align/classify.ts';

export const CHANGE_ID_PREFIX = 'chg-';

export interface ChangeNumbers {
  /** Number (from 1) of each clause entry that departs from the reference, in page order. */
  of: ReadonlyMap<AlignedClause, number>;
  total: number;
}

export const isChange = (c: Pick<AlignedClause, 'status'>): boolean => c.status !== 'identical';

/** Numbers the departures among clauses given in the order the page shows them. */
export function numberChanges(clauses: Iterable<AlignedClause>): ChangeNumbers {
  const of = new Map<AlignedClause, number>();
  for (const c of clauses) if (isChange(c)) of.set(c, of.size + 1);
  return { of, total: of.size };
}

export const changeId = (n: number): string => `${CHANGE_ID_PREFIX}${n}`;

/** The id attribute that marks a clause entry as change n, or ''. */
export function changeIdAttr(c: AlignedClause, changes: ChangeNumbers | undefined): string {
  const n = changes?.of.get(c);
  return n ? ` id="${changeId(n)}"` : '';
}

/** "第 3/41 处 · 上一处 · 下一处" for change n. */
export function changeNavHtml(c: AlignedClause, changes: ChangeNumbers | undefined): string {
  const n = changes?.of.get(c);
  if (!n || !changes) return '';
  const prev = n > 1 ? `<a href="#${changeId(n - 1)}" rel="prev">上一处</a>` : '';
  const next = n < changes.total ? `<a href="#${changeId(n + 1)}" rel="next">下一处</a>` : '';
  return `<span class="change-nav">第 ${n}/${changes.total} 处差异${prev}${next}</span>`;
}

/** The link above the clauses to the first change. */
export function firstChangeHtml(changes: ChangeNumbers): string {
  if (!changes.total) return '<p class="change-start">与对照基准没有差异。</p>';
  return `<p class="change-start no-print">共 ${changes.total} 处差异（改动、无对应和未找到）：<a href="#${changeId(1)}">跳到第一处</a>，每处旁有“上一处”“下一处”。</p>`;
}

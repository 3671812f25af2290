/**
 * Two to four plans side by side: a targets table (one row per indicator) and, domain by
 * domain, rows of clauses where the same clause of each plan sits on the same row. Which clauses
 * are the same comes from aligning each plan with the first (align.ts, the diff page's aligner).
 */
import type { PivotAlignment } from './align.ts';
import type { CompareEdit, CompareIndicator, CompareTarget, PlanCompareData } from './schema.ts';

export interface TargetRow {
  key: string;
  /** Indicator name, or the plan's own wording for a target no indicator matches. */
  name: string;
  indicator: CompareIndicator | null;
  /** One list per plan, in plan order (a plan may state an indicator more than once). */
  cells: CompareTarget[][];
  /** Index of the plan whose target is strictest, when the targets can be ranked. */
  strictest: number | null;
}

/** A clause as a cell shows it: its text, and for a plan after the first, its edits against the first plan's wording. */
export interface CellClause {
  anchor: string;
  text: string;
  /** Empty when the text is shown as it is (the first plan, identical, or a merged or split item). */
  edits: CompareEdit[];
}

export interface ClauseRow {
  /** Shared-clause id (/clauses/<id>/) of the row's first clause, if other plans share it. */
  cluster: string | null;
  role: 'goal' | 'measure' | 'other';
  /** Per plan, the clauses on this row (several when a plan merges or splits items), in document order. */
  cells: CellClause[][];
  /** Every plan has the clause in the first plan's wording, one to one. */
  same: boolean;
  /** A plan holds several of another's clauses in one paragraph, or spreads one over several. */
  regrouped: boolean;
}

export interface DomainRows {
  domain: string;
  rows: ClauseRow[];
}

export interface Comparison {
  plans: Pick<PlanCompareData, 'id' | 'county' | 'province' | 'title' | 'plan_type'>[];
  targets: TargetRow[];
  domains: DomainRows[];
}

const OTHER = '总体要求与组织实施';

/**
 * `alignments` holds, for each plan after the first in `plans` order, its pairs with the first
 * plan (alignWithPivot).
 */
export function buildComparison(
  plans: readonly PlanCompareData[], indicators: ReadonlyMap<string, CompareIndicator>, alignments: readonly PivotAlignment[],
): Comparison {
  return {
    plans: plans.map(({ id, county, province, title, plan_type }) => ({ id, county, province, title, plan_type })),
    targets: targetRows(plans, indicators),
    domains: groupByDomain(clauseRows(plans, alignments)),
  };
}

function targetRows(plans: readonly PlanCompareData[], indicators: ReadonlyMap<string, CompareIndicator>): TargetRow[] {
  const rows = new Map<string, TargetRow>();
  plans.forEach((plan, p) => {
    for (const t of plan.targets) {
      const key = t.indicator ?? `label:${t.label}`;
      let row = rows.get(key);
      if (!row) {
        const indicator = t.indicator ? indicators.get(t.indicator) ?? null : null;
        row = { key, name: indicator?.name_zh ?? t.label, indicator, cells: plans.map(() => []), strictest: null };
        rows.set(key, row);
      }
      row.cells[p]!.push(t);
    }
  });
  const list = [...rows.values()];
  for (const row of list) row.strictest = strictestOf(row);
  // Indicators first (in dictionary order of first appearance), then the plans' own targets.
  return list.sort((a, b) => Number(!a.indicator) - Number(!b.indicator));
}

/** The plan with the most ambitious number, if at least two plans set one in the same unit and it is unique. */
function strictestOf(row: TargetRow): number | null {
  const better = row.indicator?.better;
  if (!better || better === 'normal') return null;
  const values = row.cells.map((list) => {
    const numeric = list.filter((t) => t.value !== null && t.comparator !== 'increase' && t.comparator !== 'decrease' && t.comparator !== 'maintain');
    return numeric.length === 1 && numeric[0]!.unit === row.indicator!.unit ? numeric[0]!.value : null;
  });
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const best = better === 'lower' ? Math.min(...present) : Math.max(...present);
  if (present.filter((v) => v === best).length > 1) return null;
  return values.indexOf(best);
}

interface RowDraft {
  row: ClauseRow;
  domain: string | null;
}

function clauseRows(plans: readonly PlanCompareData[], alignments: readonly PivotAlignment[]): RowDraft[] {
  if (alignments.length !== plans.length - 1 || alignments.some((a, k) => a.plan !== plans[k + 1]!.id || a.pivot !== plans[0]!.id)) {
    throw new Error(`the alignments (${alignments.map((a) => `${a.plan}~${a.pivot}`).join(', ')}) are not those of ${plans.map((p) => p.id).join(', ')} with the first`);
  }
  // Nodes are "plan:clause"; a pair joins a clause with a pivot clause, and a row is a joined group.
  const index = plans.map((p) => new Map(p.clauses.map((c, i) => [c.anchor, i])));
  const node = (p: number, i: number) => `${p}:${i}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    if (r !== x) parent.set(x, r);
    return r;
  };
  const edits = new Map<string, CompareEdit[]>();
  const differs = new Set<string>();
  const regrouped = new Set<string>();
  alignments.forEach((a, k) => {
    const p = k + 1;
    for (const pair of a.pairs) {
      const i = index[p]!.get(pair.anchor);
      const j = index[0]!.get(pair.pivot);
      if (i === undefined || j === undefined) throw new Error(`${a.plan}: the alignment names a clause (${i === undefined ? pair.anchor : pair.pivot}) its plan does not have`);
      const [x, y] = [find(node(p, i)), find(node(0, j))];
      if (x !== y) parent.set(x, y);
      if (pair.edits.length) edits.set(node(p, i), pair.edits);
      if (!pair.identical) differs.add(node(p, i));
      if (pair.part) regrouped.add(node(p, i));
    }
  });

  const drafts: RowDraft[] = [];
  const byRoot = new Map<string, RowDraft>();
  const cellClause = (p: number, i: number): CellClause => {
    const c = plans[p]!.clauses[i]!;
    // A row reads in its table's own order; its edits (made in the alignment's order) are not shown.
    return c.reading ? { anchor: c.anchor, text: c.reading, edits: [] } : { anchor: c.anchor, text: c.text, edits: edits.get(node(p, i)) ?? [] };
  };
  const domainIn = domainsOfPivot(plans, alignments, index);
  plans.forEach((plan, p) => {
    // A clause the pivot does not have goes right after this plan's previous clause.
    let after = -1;
    plan.clauses.forEach((clause, i) => {
      const root = find(node(p, i));
      let draft = byRoot.get(root);
      if (draft) {
        draft.row.cells[p]!.push(cellClause(p, i));
        after = Math.max(after, drafts.indexOf(draft));
        return;
      }
      draft = {
        row: { cluster: clause.cluster, role: clause.role, cells: plans.map(() => []), same: false, regrouped: false },
        domain: p === 0 ? clause.domain : domainIn(p, clause.domain),
      };
      draft.row.cells[p]!.push(cellClause(p, i));
      byRoot.set(root, draft);
      drafts.splice(after + 1, 0, draft);
      after += 1;
    });
  });
  const rootsOf = (nodes: Set<string>) => new Set([...nodes].map(find));
  const regroupedRoots = rootsOf(regrouped);
  const differentRoots = rootsOf(differs);
  for (const [root, { row }] of byRoot) {
    row.regrouped = regroupedRoots.has(root) || row.cells.some((cell) => cell.length > 1);
    row.same = !row.regrouped && !differentRoots.has(root) && row.cells.every((cell) => cell.length === 1);
  }
  return drafts;
}

/**
 * Plans name one domain differently (妇女与教育 and 妇女与教育科技): a clause only a later plan has
 * goes under the pivot's name for its domain, by the names its matched clauses have in the pivot.
 */
function domainsOfPivot(
  plans: readonly PlanCompareData[], alignments: readonly PivotAlignment[], index: readonly Map<string, number>[],
): (p: number, domain: string | null) => string | null {
  const named = new Map<string, string>();
  alignments.forEach((a, k) => {
    const votes = new Map<string, Map<string, number>>();
    for (const pair of a.pairs) {
      const from = plans[k + 1]!.clauses[index[k + 1]!.get(pair.anchor)!]!.domain;
      const to = plans[0]!.clauses[index[0]!.get(pair.pivot)!]!.domain;
      if (!from || !to) continue;
      const v = votes.get(from) ?? new Map<string, number>();
      v.set(to, (v.get(to) ?? 0) + 1);
      votes.set(from, v);
    }
    for (const [from, v] of votes) named.set(`${k + 1}|${from}`, [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0]);
  });
  return (p, domain) => (domain === null ? null : named.get(`${p}|${domain}`) ?? domain);
}

function groupByDomain(drafts: readonly RowDraft[]): DomainRows[] {
  const groups = new Map<string, ClauseRow[]>();
  for (const { row, domain: named } of drafts) {
    const domain = named ?? OTHER;
    const list = groups.get(domain) ?? [];
    list.push(row);
    groups.set(domain, list);
  }
  const out = [...groups.entries()].map(([domain, list]) => ({ domain, rows: list }));
  // The domains in their usual order; text outside them last.
  return out.sort((a, b) => Number(a.domain === OTHER) - Number(b.domain === OTHER));
}

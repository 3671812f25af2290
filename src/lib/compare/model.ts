/**
 * Two to four plans side by side: a targets table (one row per indicator) and, domain by
 * domain, rows of clauses where the same shared clause of each plan sits on the same row.
 * Rows come from the clause clusters of the alignment, so nothing is aligned twice.
 */
import type { CompareClause, CompareIndicator, CompareTarget, PlanCompareData } from './schema.ts';

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

export interface ClauseRow {
  cluster: string | null;
  role: 'goal' | 'measure' | 'other';
  cells: (CompareClause | null)[];
  /** All cells the same wording (every plan has it, none edited). */
  same: boolean;
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

export function buildComparison(plans: readonly PlanCompareData[], indicators: ReadonlyMap<string, CompareIndicator>): Comparison {
  return {
    plans: plans.map(({ id, county, province, title, plan_type }) => ({ id, county, province, title, plan_type })),
    targets: targetRows(plans, indicators),
    domains: clauseRows(plans),
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

function clauseRows(plans: readonly PlanCompareData[]): DomainRows[] {
  const rows: ClauseRow[] = [];
  const byCluster = new Map<string, ClauseRow>();
  plans.forEach((plan, p) => {
    // A clause no earlier plan shares goes right after this plan's previous clause.
    let after = -1;
    for (const clause of plan.clauses) {
      const existing = clause.cluster ? byCluster.get(clause.cluster) : undefined;
      if (existing && !existing.cells[p]) {
        existing.cells[p] = clause;
        after = rows.indexOf(existing);
        continue;
      }
      const row: ClauseRow = { cluster: clause.cluster, role: clause.role, cells: plans.map(() => null), same: false };
      row.cells[p] = clause;
      rows.splice(after + 1, 0, row);
      after += 1;
      if (clause.cluster && !existing) byCluster.set(clause.cluster, row);
    }
  });
  for (const row of rows) row.same = row.cells.every((c) => c !== null && c.edits.length === 0);
  return groupByDomain(rows);
}

function domainOfRow(row: ClauseRow): string {
  return row.cells.find((c) => c !== null)?.domain ?? OTHER;
}

function groupByDomain(rows: readonly ClauseRow[]): DomainRows[] {
  const groups = new Map<string, ClauseRow[]>();
  for (const row of rows) {
    const domain = domainOfRow(row);
    const list = groups.get(domain) ?? [];
    list.push(row);
    groups.set(domain, list);
  }
  const out = [...groups.entries()].map(([domain, list]) => ({ domain, rows: list }));
  // The domains in their usual order; text outside them last.
  return out.sort((a, b) => Number(a.domain === OTHER) - Number(b.domain === OTHER));
}

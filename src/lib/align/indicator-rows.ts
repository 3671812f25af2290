/**
 * One goal stated in a table by one side and in a paragraph by the other: 杏花岭's indicator row
 * "孕产妇死亡率(1/10万) | 0 | 12.5" and 盐湖's goal "孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。"
 * Text rules cannot pair them (a row is a name and figures), but the indicator dictionary can.
 * After every other rule, a clause still without counterpart that states targets is paired with
 * the clauses of the other kind (row ↔ paragraph) on the other side that state a target of the
 * same dictionary indicator: a row with the one paragraph that states it, a paragraph with the
 * row of each indicator it states. Among several paragraphs, one in the same domain, then a goal,
 * then the one stating fewest indicators, then the first. The paragraph holds the rows: merged
 * when it is the plan's, split when it is the reference's. A target without a dictionary
 * indicator (its label only) is never paired this way.
 */
import type { ClausePair } from './match.ts';
import type { PreparedClause } from './prepare.ts';

type Part = Pick<PreparedClause, 'kind' | 'domain' | 'domainKey' | 'role' | 'indicators'>;

export function indicatorRowPairs(plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[]): ClausePair[] {
  const pairedPlan = new Set(pairs.map((p) => p.plan));
  const pairedRef = new Set(pairs.map((p) => p.ref));
  const found = new Map<string, ClausePair>();
  // A plan row shows once in its table: one already paired, or claimed here, gets no other counterpart.
  const claimedRows = new Set<number>();
  const add = (p: number, r: number) => {
    if (plan[p]!.kind === 'row') claimedRows.add(p);
    const part = plan[p]!.kind === 'paragraph' ? 'merged' : 'split';
    found.set(`${p} ${r}`, { plan: p, ref: r, score: 0, part, crossRole: plan[p]!.role !== ref[r]!.role });
  };
  plan.forEach((x, i) => {
    if (pairedPlan.has(i)) return;
    for (const indicator of x.indicators) {
      const r = bestOf(x, ref, indicator, () => true);
      if (r !== null) add(i, r);
    }
  });
  ref.forEach((x, j) => {
    if (pairedRef.has(j)) return;
    const free = (p: number) => !pairedPlan.has(p) && !claimedRows.has(p);
    for (const indicator of x.indicators) {
      const p = bestOf(x, plan, indicator, x.kind === 'paragraph' ? free : () => true);
      if (p !== null) add(p, j);
    }
  });
  return [...found.values()];
}

/**
 * The clause of the other form among `others` that states a target of `indicator`: one in the
 * clause's domain first, then a goal, then the one stating fewest indicators, then the first.
 */
function bestOf(x: Part, others: readonly Part[], indicator: string, free: (j: number) => boolean): number | null {
  const rank = (c: Part) => [c.domainKey === x.domainKey && c.domain !== null ? 0 : 1, c.role === 'goal' ? 0 : 1, c.indicators.length];
  const before = (a: number[], b: number[]) => {
    const k = a.findIndex((v, i) => v !== b[i]);
    return k >= 0 && a[k]! < b[k]!;
  };
  let best: number | null = null;
  others.forEach((c, j) => {
    if (c.kind === x.kind || !c.indicators.includes(indicator) || !free(j)) return;
    if (best === null || before(rank(c), rank(others[best]!))) best = j;
  });
  return best;
}

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

const statesTargets = (c: Part) => (c.kind === 'row' || c.kind === 'paragraph') && c.indicators.length > 0;

export function indicatorRowPairs(plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[]): ClausePair[] {
  const pairedPlan = new Set(pairs.map((p) => p.plan));
  const pairedRef = new Set(pairs.map((p) => p.ref));
  const found = new Map<string, ClausePair>();
  const add = (p: number, r: number) => {
    const key = `${p} ${r}`;
    if (found.has(key) || pairs.some((q) => q.plan === p && q.ref === r)) return;
    const part = plan[p]!.kind === 'paragraph' ? 'merged' : 'split';
    found.set(key, { plan: p, ref: r, score: 0, part, crossRole: plan[p]!.role !== ref[r]!.role });
  };
  const pass = (side: readonly Part[], paired: ReadonlySet<number>, other: readonly Part[], otherPaired: ReadonlySet<number>, sideIsPlan: boolean) => {
    side.forEach((x, i) => {
      if (paired.has(i) || !statesTargets(x)) return;
      const kind = x.kind === 'row' ? 'paragraph' : 'row';
      // A plan row shows once in its table: one already paired is not given a second counterpart.
      const free = !sideIsPlan && kind === 'row' ? (j: number) => !otherPaired.has(j) && ![...found.values()].some((f) => f.plan === j) : () => true;
      for (const indicator of x.indicators) {
        const j = bestOf(x, other, kind, indicator, free);
        if (j === null) continue;
        if (sideIsPlan) add(i, j);
        else add(j, i);
      }
    });
  };
  pass(plan, pairedPlan, ref, pairedRef, true);
  pass(ref, pairedRef, plan, pairedPlan, false);
  return [...found.values()];
}

/** The clause of `kind` among `others` that states a target of `indicator`, best first (see above); null when none does. */
function bestOf(x: Part, others: readonly Part[], kind: 'row' | 'paragraph', indicator: string, free: (j: number) => boolean): number | null {
  let best: number | null = null;
  const rank = (c: Part) => [c.domainKey === x.domainKey && c.domain !== null ? 0 : 1, c.role === 'goal' ? 0 : 1, c.indicators.length] as const;
  others.forEach((c, j) => {
    if (c.kind !== kind || !c.indicators.includes(indicator) || !free(j)) return;
    if (best === null) { best = j; return; }
    const [a, b] = [rank(c), rank(others[best]!)];
    if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = j;
  });
  return best;
}

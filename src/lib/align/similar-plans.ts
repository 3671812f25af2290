/**
 * Plans that share the most text with a plan ("compare with…" links), read off the clause
 * clusters rather than by aligning the plan with every other plan. How alike two wordings are
 * is estimated from their MinHash signatures (rows: by their indicator cells), which keeps the
 * cost per plan to a walk over the members of its clusters.
 */
import { findEntry } from './clause-index.ts';
import { clustersOf, planIn, type Corpus } from './corpus.ts';
import { estimateJaccard } from './minhash.ts';

export interface SimilarPlan {
  plan: string;
  title: string;
  county: string;
  /** Share of the plan's characters in clauses the other plan also has, weighted by how alike they are: 0..1. */
  share: number;
}

export function similarPlans(corpus: Corpus, planId: string, limit = 10): SimilarPlan[] {
  const plan = planIn(corpus, planId);
  const tc = clustersOf(corpus, plan.plan_type);
  const n = tc.planIds.length;
  const self = tc.planIds.indexOf(planId);
  const aligned = new Float64Array(n);
  const best = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  let total = 0;
  (tc.clauseCluster.get(planId) ?? []).forEach((c, i) => {
    const clause = plan.clauses[i]!;
    total += clause.chars;
    const mine = tc.index.main.signatures[findEntry(tc.index.main, clause.kind, clause.matchKey)]!;
    const touched: number[] = [];
    for (const v of tc.clusters[c]!.variants) {
      const j = v.key === clause.key ? 1 : estimateJaccard(mine, tc.index.main.signatures[v.entry]!);
      const sim = (2 * j) / (1 + j);
      for (const m of v.members) {
        const o = m.ordinal;
        if (o === self) continue;
        if (stamp[o] !== i) { stamp[o] = i; best[o] = sim; touched.push(o); }
        else if (sim > best[o]!) best[o] = sim;
      }
    }
    for (const o of touched) aligned[o]! += best[o]! * clause.chars;
  });
  const ranked: SimilarPlan[] = [];
  aligned.forEach((chars, o) => {
    if (chars <= 0) return;
    const other = planIn(corpus, tc.planIds[o]!);
    ranked.push({ plan: other.id, title: other.title, county: other.county, share: total ? Math.round((chars / total) * 1000) / 1000 : 0 });
  });
  return ranked.sort((a, b) => b.share - a.share || (a.plan < b.plan ? -1 : 1)).slice(0, limit);
}

/**
 * Plans that share the most text with a plan ("compare with…" links).
 *
 * A plan's share with another is read off the clause clusters: the plan's characters in
 * clauses the other also has, weighted by how alike the two wordings are (estimated from
 * their MinHash signatures; rows by their indicator cells). Which plans to score is found
 * through a second LSH index, over each plan's set of clusters, so that the cost per plan
 * stays flat however many plans share its clauses; a small corpus is scored in full.
 */
import { addEntry, createIndex, findEntry, queryIndex, type ClauseIndex } from './clause-index.ts';
import type { TypeClusters, Variant } from './clusters.ts';
import { clustersOf, planIn, type Corpus } from './corpus.ts';
import { estimateJaccard } from './minhash.ts';
import type { PreparedPlan } from './prepare.ts';

export interface SimilarPlan {
  plan: string;
  title: string;
  county: string;
  /** Share of the plan's characters in clauses the other plan also has, weighted by how alike they are: 0..1. */
  share: number;
}

/** Up to this many plans of a type, every plan is scored; beyond it, LSH picks candidates. */
const SCORE_ALL_UP_TO = 300;
const CANDIDATES = 60;

export function similarPlans(corpus: Corpus, planId: string, limit = 10): SimilarPlan[] {
  const plan = planIn(corpus, planId);
  const tc = clustersOf(corpus, plan.plan_type);
  const others = tc.planIds.length <= SCORE_ALL_UP_TO
    ? tc.planIds.filter((id) => id !== planId)
    : candidatesOf(tc, planId);
  const mine = variantsByCluster(tc, plan);
  let total = 0;
  for (const c of plan.clauses) total += c.chars;
  return others
    .map((id) => {
      const other = planIn(corpus, id);
      const chars = sharedChars(tc, plan, mine, variantsByCluster(tc, other));
      return { plan: id, title: other.title, county: other.county, share: total ? Math.round((chars / total) * 1000) / 1000 : 0 };
    })
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || (a.plan < b.plan ? -1 : 1))
    .slice(0, limit);
}

/** Cluster → the variant of each of the plan's clauses in it. */
function variantsByCluster(tc: TypeClusters, plan: PreparedPlan): Map<number, Variant> {
  const out = new Map<number, Variant>();
  (tc.clauseCluster.get(plan.id) ?? []).forEach((c, i) => {
    const v = tc.clusters[c]!.byKey.get(plan.clauses[i]!.key);
    if (v && !out.has(c)) out.set(c, v);
  });
  return out;
}

function sharedChars(tc: TypeClusters, plan: PreparedPlan, mine: Map<number, Variant>, theirs: Map<number, Variant>): number {
  let chars = 0;
  (tc.clauseCluster.get(plan.id) ?? []).forEach((c, i) => {
    const a = mine.get(c);
    const b = theirs.get(c);
    if (!a || !b) return;
    const j = a === b ? 1 : estimateJaccard(tc.index.main.signatures[a.entry]!, tc.index.main.signatures[b.entry]!);
    chars += ((2 * j) / (1 + j)) * plan.clauses[i]!.chars;
  });
  return chars;
}

const planIndexCache = new WeakMap<TypeClusters, { version: number; index: ClauseIndex }>();

/** Plans whose sets of clusters overlap most with the plan's, from an LSH index over those sets. */
function candidatesOf(tc: TypeClusters, planId: string): string[] {
  let cached = planIndexCache.get(tc);
  if (!cached || cached.version !== tc.version) {
    const index = createIndex();
    for (const id of tc.planIds) addEntry(index, 'paragraph', id, clusterSet(tc, id));
    planIndexCache.set(tc, (cached = { version: tc.version, index }));
  }
  const self = findEntry(cached.index, 'paragraph', planId);
  return queryIndex(cached.index, 'paragraph', clusterSet(tc, planId), CANDIDATES + 1)
    .filter((e) => e !== self)
    .map((e) => cached.index.keys[e]!);
}

function clusterSet(tc: TypeClusters, planId: string): Uint32Array {
  return Uint32Array.from(new Set(tc.clauseCluster.get(planId) ?? [])).sort();
}

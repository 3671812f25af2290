/**
 * Clusters of clauses across the plans of one type: each cluster is one clause of the shared
 * template (or a county's own clause), with every plan's wording of it.
 *
 * Built one plan at a time: a clause joins the cluster of the most similar wording already
 * seen (found through the LSH index, so the cost per clause does not grow with the corpus),
 * or starts a new cluster. A cluster takes at most one clause of each plan (best scores
 * first): a plan that merged two template clauses into one (140107's 保障婴幼儿生命安全 goal
 * holds both the mortality and the common-disease goal) must not pull the next plan's two
 * separate clauses into one cluster. Clusters never merge. Plans are added in id order, which
 * makes the result reproducible; adding a plan leaves earlier assignments as they were.
 */
import { addCandidate, candidateEntries, createCandidateIndex, type CandidateIndex } from './candidates.ts';
import { findEntry } from './clause-index.ts';
import type { ClauseKind } from './clauses.ts';
import { matchScore } from './match.ts';
import type { PreparedPlan } from './prepare.ts';

/** A clause of a plan in the corpus: plan id and index into its clauses. */
export interface ClauseRef {
  plan: string;
  /** The plan's number within its type (TypeClusters.planIds), for array-indexed tallies. */
  ordinal: number;
  clause: number;
}

/** All clauses of a cluster with one wording (one comparison key). */
export interface Variant {
  key: string;
  /** Index entry of the wording's match key: its MinHash signature estimates similarity. */
  entry: number;
  members: ClauseRef[];
}

export interface Cluster {
  kind: ClauseKind;
  /** Wordings in order of first appearance. */
  variants: Variant[];
  byKey: Map<string, Variant>;
  /** Distinct plans with a clause in the cluster. */
  plans: Set<string>;
  /** Sum of members' relative positions (0..1) in their plans, for ordering a reconstruction. */
  positionSum: number;
  members: number;
  /** Bumped on every change, so cached consensus is recomputed. */
  version: number;
}

export interface TypeClusters {
  index: CandidateIndex;
  /** Main index entry → its cluster. */
  entryCluster: number[];
  clusters: Cluster[];
  /** Plan id → cluster number of each of its clauses. */
  clauseCluster: Map<string, number[]>;
  /** Plan ids in the order they were added; a plan's ordinal is its index here. */
  planIds: string[];
  /** Bumped whenever a plan is added. */
  version: number;
}

export function createTypeClusters(): TypeClusters {
  return { index: createCandidateIndex(), entryCluster: [], clusters: [], clauseCluster: new Map(), planIds: [], version: 0 };
}

export function addPlanToClusters(tc: TypeClusters, plan: PreparedPlan): void {
  if (tc.clauseCluster.has(plan.id)) throw new Error(`plan ${plan.id} is already in the clause clusters; remove it before adding it again`);
  const ordinal = tc.planIds.length;
  const chosen = chooseClusters(tc, plan.clauses);
  const assigned = plan.clauses.map((clause, i) => {
    const entry = addCandidate(tc.index, clause);
    if (tc.entryCluster[entry] === undefined) tc.entryCluster[entry] = chosen[i] ?? newCluster(tc, clause.kind);
    const c = tc.entryCluster[entry]!;
    addMember(tc.clusters[c]!, { plan: plan.id, ordinal, clause: i }, clause.key, entry, i / Math.max(plan.clauses.length - 1, 1));
    return c;
  });
  tc.planIds.push(plan.id);
  tc.clauseCluster.set(plan.id, assigned);
  tc.version++;
}

/**
 * The existing cluster each clause joins, or undefined for a new one: exact wordings first,
 * then the best-scoring (clause, cluster) pairs, one clause of the plan per cluster.
 */
function chooseClusters(tc: TypeClusters, clauses: PreparedPlan['clauses']): (number | undefined)[] {
  const chosen: (number | undefined)[] = new Array(clauses.length);
  const taken = new Set<number>();
  const pairs: { i: number; c: number; score: number }[] = [];
  clauses.forEach((clause, i) => {
    const exact = findEntry(tc.index.main, clause.kind, clause.matchKey);
    if (exact >= 0) {
      chosen[i] = tc.entryCluster[exact]!;
      taken.add(chosen[i]!);
      return;
    }
    for (const e of candidateEntries(tc.index, clause)) {
      const score = matchScore(clause, tc.index.clauses[e]!);
      if (score > 0) pairs.push({ i, c: tc.entryCluster[e]!, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.c - b.c);
  for (const { i, c } of pairs) {
    if (chosen[i] !== undefined || taken.has(c)) continue;
    chosen[i] = c;
    taken.add(c);
  }
  return chosen;
}

function newCluster(tc: TypeClusters, kind: ClauseKind): number {
  tc.clusters.push({ kind, variants: [], byKey: new Map(), plans: new Set(), positionSum: 0, members: 0, version: 0 });
  return tc.clusters.length - 1;
}

function addMember(cluster: Cluster, ref: ClauseRef, key: string, entry: number, position: number): void {
  let variant = cluster.byKey.get(key);
  if (!variant) {
    variant = { key, entry, members: [] };
    cluster.variants.push(variant);
    cluster.byKey.set(key, variant);
  }
  variant.members.push(ref);
  cluster.plans.add(ref.plan);
  cluster.positionSum += position;
  cluster.members++;
  cluster.version++;
}

/** Where the cluster's clause usually stands in a plan, 0 (start) to 1 (end). */
export function typicalPosition(cluster: Cluster): number {
  return cluster.members ? cluster.positionSum / cluster.members : 0;
}

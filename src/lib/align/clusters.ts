/**
 * Clusters of clauses across the plans of one type: each cluster is one clause of the shared
 * template (or a county's own clause), with every plan's wording of it.
 *
 * Built one plan at a time: a clause joins the cluster of the most similar wording already
 * seen (found through the LSH index, so the cost per clause does not grow with the corpus),
 * or starts a new cluster. Clusters never merge, so a clause that mixes two template clauses
 * cannot chain them together. Plans are added in id order, which makes the result
 * reproducible; adding a plan leaves earlier assignments as they were.
 */
import { addEntry, createIndex, findEntry, queryIndex, type ClauseIndex } from './clause-index.ts';
import type { ClauseKind } from './clauses.ts';
import { matchScore } from './match.ts';
import type { PreparedPlan } from './prepare.ts';
import { CANDIDATES_PER_CLAUSE } from './thresholds.ts';

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
  index: ClauseIndex;
  entryShingles: Uint32Array[];
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
  return { index: createIndex(), entryShingles: [], entryCluster: [], clusters: [], clauseCluster: new Map(), planIds: [], version: 0 };
}

export function addPlanToClusters(tc: TypeClusters, plan: PreparedPlan): void {
  if (tc.clauseCluster.has(plan.id)) throw new Error(`plan ${plan.id} is already in the clause clusters; remove it before adding it again`);
  const ordinal = tc.planIds.length;
  const assigned = plan.clauses.map((clause, i) => {
    const entry = entryFor(tc, clause);
    const c = tc.entryCluster[entry]!;
    addMember(tc.clusters[c]!, { plan: plan.id, ordinal, clause: i }, clause.key, entry, i / Math.max(plan.clauses.length - 1, 1));
    return c;
  });
  tc.planIds.push(plan.id);
  tc.clauseCluster.set(plan.id, assigned);
  tc.version++;
}

function entryFor(tc: TypeClusters, clause: PreparedPlan['clauses'][number]): number {
  const known = findEntry(tc.index, clause.kind, clause.matchKey);
  if (known >= 0) return known;
  let best = -1;
  let bestScore = 0;
  for (const e of queryIndex(tc.index, clause.kind, clause.shingles, CANDIDATES_PER_CLAUSE)) {
    const score = matchScore(clause, { kind: clause.kind, shingles: tc.entryShingles[e]! });
    if (score > bestScore || (score === bestScore && score > 0 && e < best)) {
      best = e;
      bestScore = score;
    }
  }
  const entry = addEntry(tc.index, clause.kind, clause.matchKey, clause.shingles);
  tc.entryShingles[entry] = clause.shingles;
  if (best >= 0) tc.entryCluster[entry] = tc.entryCluster[best]!;
  else {
    tc.entryCluster[entry] = tc.clusters.length;
    tc.clusters.push({ kind: clause.kind, variants: [], byKey: new Map(), plans: new Set(), positionSum: 0, members: 0, version: 0 });
  }
  return entry;
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

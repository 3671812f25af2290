/**
 * Data for the /clauses/ explorer: the clauses plans share, most widely reused first, each
 * with its common wording and every plan's variant as edits against it.
 */
import type { PlanType } from '../plan/schema.ts';
import type { Cluster } from './clusters.ts';
import { clauseAt, clusterId, consensusVariant, genericTokens, representative, type PlanLookup } from './consensus.ts';
import { clustersOf, type Corpus } from './corpus.ts';
import { rowReading } from './clauses.ts';
import { diffClause } from './edits.ts';
import { tokensOf } from './prepare.ts';
import { ClauseClusterSchema, type ClauseClusterRecord } from './reuse-schema.ts';

export interface ExplorerOptions {
  /** Clusters held by fewer plans are left out (a clause one plan has is not shared). */
  minPlans?: number;
}

export function clauseClusters(corpus: Corpus, type: PlanType, opts: ExplorerOptions = {}): ClauseClusterRecord[] {
  const minPlans = opts.minPlans ?? 2;
  const tc = clustersOf(corpus, type);
  return tc.clusters
    .filter((c) => c.plans.size >= minPlans)
    .map((c) => clusterRecord(c, type, corpus.plans))
    .sort((a, b) => b.plans - a.plans || (a.id < b.id ? -1 : 1));
}

function clusterRecord(cluster: Cluster, type: PlanType, plans: PlanLookup): ClauseClusterRecord {
  const consensus = consensusVariant(cluster, plans) ?? cluster.variants[0]!;
  const rep = representative(cluster, consensus, plans);
  const commonTokens = genericTokens(tokensOf(rep));
  const common = commonTokens.map((t) => t.text).join('');
  const variants = cluster.variants.flatMap((v) => v.members.map((m) => {
    const clause = clauseAt(plans, m);
    if (v === consensus) {
      return { plan: m.plan, anchor: clause.anchor, text: clause.text, cells: clause.cells, status: 'identical' as const, similarity: 1, edits: [{ op: 'equal' as const, text: clause.text }], numbers_changed: [] };
    }
    const d = diffClause(tokensOf(clause), commonTokens, clause.numberIds, rep.numberIds);
    return {
      plan: m.plan, anchor: clause.anchor, text: clause.text, cells: clause.cells, status: 'modified' as const,
      similarity: Math.round(d.similarity * 1000) / 1000, edits: d.edits, numbers_changed: d.numbersChanged,
    };
  }));
  variants.sort((a, b) => b.similarity - a.similarity || (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : 0));
  const members = cluster.variants.flatMap((v) => v.members.map((m) => clauseAt(plans, m)));
  return ClauseClusterSchema.parse({
    id: clusterId(cluster, plans),
    plan_type: type,
    kind: cluster.kind,
    domain: mostCommon(members.map((m) => m.domain)),
    role: mostCommon(members.map((m) => m.role)) ?? 'other',
    common,
    cells: rep.cells,
    reading: rep.kind === 'row' && rep.cells ? rowReading(rep.label ?? '', rep.cells) : common,
    plans: cluster.plans.size,
    variants,
  });
}

/** The most frequent value; of two equally frequent, the one that reached that count first. */
function mostCommon<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) [best, bestN] = [v, n];
  }
  return best;
}

/** Cluster id of each of a plan's clauses, by anchor: links from a plan page to the explorer. */
export function clusterIdsOf(corpus: Corpus, planId: string): Map<string, { id: string; plans: number }> {
  const out = new Map<string, { id: string; plans: number }>();
  const plan = corpus.plans.get(planId);
  if (!plan) return out;
  const tc = clustersOf(corpus, plan.plan_type);
  (tc.clauseCluster.get(planId) ?? []).forEach((c, i) => {
    const cluster = tc.clusters[c]!;
    out.set(plan.clauses[i]!.anchor, { id: clusterId(cluster, corpus.plans), plans: cluster.plans.size });
  });
  return out;
}

/**
 * The "common template" of a plan, rebuilt from the other plans of its type: for each clause
 * cluster, the wording the other plans share (plans of the same province preferred).
 *
 * One rule, whether or not the plan has the clause: a cluster enters the reconstruction when at
 * least `commonThreshold` other county plans have it (thresholds.ts: COMMON_*), or
 * PROVINCE_MIN_PLANS other plans of the plan's province do. A clause one neighbour alone has is
 * that neighbour's wording, not a common one. It is a reconstruction, never the national text.
 */
import type { Cluster, TypeClusters } from './clusters.ts';
import { typicalPosition } from './clusters.ts';
import type { ReferenceClause } from './classify.ts';
import {
  clusterId, consensusVariant, excludedPlan, genericTokens, representative, supportersOf, supportOf,
  type ConsensusOptions, type PlanLookup,
} from './consensus.ts';
import { clustersOf, countyCountsFor, type Corpus } from './corpus.ts';
import type { ClausePair } from './match.ts';
import { tokensOf, type PreparedPlan } from './prepare.ts';
import { encodeTokens } from './token-codes.ts';
import { dice } from './shingles.ts';
import { COMMON_MIN_PLANS, COMMON_SHARE, PROVINCE_MIN_PLANS } from './thresholds.ts';
import { keyOf, visibleLength } from './tokens.ts';

export interface Reconstruction {
  clauses: ReferenceClause[];
  /** Plan clause ↔ reconstructed clause, from cluster membership. */
  pairs: ClausePair[];
  /** Other plans of the type it was built from. */
  basis: number;
  /** Plans needed for a clause the plan lacks to count as omitted. */
  commonThreshold: number;
}

export function reconstructReference(corpus: Corpus, plan: PreparedPlan): Reconstruction {
  const tc = clustersOf(corpus, plan.plan_type);
  const own = tc.clauseCluster.get(plan.id);
  if (!own) throw new Error(`plan ${plan.id} is not in the corpus clusters; add it with addPlan first`);
  const basis = countyCountsFor(corpus, plan).others;
  const commonThreshold = Math.max(COMMON_MIN_PLANS, Math.ceil(COMMON_SHARE * basis));
  const stats = countyStats(tc, corpus.plans);
  const ownSet = new Set(own);
  const candidates = new Set<number>([...ownSet, ...stats.widely(commonThreshold), ...(stats.byProvince.get(plan.province) ?? [])]);
  const selfVote = plan.level === 'county' ? 1 : 0;
  const othersWith = (c: number) => stats.counts[c]! - (ownSet.has(c) ? selfVote : 0);
  const provinceOthersWith = (c: number) => (stats.province[c]?.get(plan.province) ?? 0) - (ownSet.has(c) ? selfVote : 0);
  const included = [...candidates].filter((c) => othersWith(c) >= commonThreshold || provinceOthersWith(c) >= PROVINCE_MIN_PLANS);
  const ordered = included
    .map((c) => ({ c, id: clusterId(tc.clusters[c]!, corpus.plans), at: typicalPosition(tc.clusters[c]!) }))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));

  const clauses: ReferenceClause[] = [];
  const refOfCluster = new Map<number, number>();
  const opts: ConsensusOptions = { exclude: excludedPlan(plan, tc), province: plan.province };
  for (const { c, id } of ordered) {
    const clause = consensusClause(tc.clusters[c]!, id, plan, corpus.plans, opts, clauses.length, othersWith(c));
    if (!clause) continue;
    refOfCluster.set(c, clauses.length);
    clauses.push(clause);
  }
  return { clauses, pairs: pairsByCluster(plan, own, refOfCluster, clauses), basis, commonThreshold };
}

/** Counties named as having a reconstructed clause's wording; the full count is in `wordingSupport`. */
export const SUPPORTERS_LISTED = 12;

function consensusClause(
  cluster: Cluster, id: string, plan: PreparedPlan, plans: PlanLookup, opts: ConsensusOptions, position: number, support: number,
): ReferenceClause | null {
  const variant = consensusVariant(cluster, plans, opts);
  if (!variant) return null;
  const rep = representative(cluster, variant, plans, opts);
  const tokens = genericTokens(tokensOf(rep));
  const text = tokens.map((t) => t.text).join('');
  return {
    ...rep, plan: `common-${plan.plan_type}`, anchor: id, codes: encodeTokens(tokens), text, key: keyOf(tokens),
    chars: visibleLength(text), position,
    supporters: supportersOf(variant, plans, SUPPORTERS_LISTED, opts).map((id) => plans.get(id)?.county ?? id),
    support, wordingSupport: supportOf(cluster, variant, plans, opts),
    source: { plan: rep.plan, county: plans.get(rep.plan)?.county ?? rep.plan, anchor: rep.anchor },
  };
}

/** Each reconstructed clause pairs with the plan's clause of its cluster; of two, the closer. */
function pairsByCluster(
  plan: PreparedPlan, own: readonly number[], refOfCluster: ReadonlyMap<number, number>, ref: readonly ReferenceClause[],
): ClausePair[] {
  const best = new Map<number, ClausePair>();
  own.forEach((c, p) => {
    const r = refOfCluster.get(c);
    if (r === undefined) return;
    const score = plan.clauses[p]!.key === ref[r]!.key ? 1 : dice(plan.clauses[p]!.shingles, ref[r]!.shingles);
    const held = best.get(r);
    if (!held || score > held.score) best.set(r, { plan: p, ref: r, score });
  });
  return [...best.values()].sort((a, b) => a.plan - b.plan);
}

interface CountyStats {
  /** County plans per cluster. */
  counts: number[];
  /** County plans per cluster per province. */
  province: (Map<string, number> | undefined)[];
  /** Clusters with at least PROVINCE_MIN_PLANS county plans of a province, by province. */
  byProvince: Map<string, number[]>;
  widely: (threshold: number) => number[];
}

const statsCache = new WeakMap<TypeClusters, { version: number; stats: CountyStats }>();

/** Counted once per corpus state, so that a reconstruction never walks every cluster. */
function countyStats(tc: TypeClusters, plans: PlanLookup): CountyStats {
  const cached = statsCache.get(tc);
  if (cached && cached.version === tc.version) return cached.stats;
  const counts: number[] = [];
  const province: (Map<string, number> | undefined)[] = [];
  const byProvince = new Map<string, number[]>();
  tc.clusters.forEach((cluster, c) => {
    let n = 0;
    for (const id of cluster.plans) {
      const meta = plans.get(id);
      if (meta?.level !== 'county') continue;
      n++;
      const m = (province[c] ??= new Map());
      m.set(meta.province, (m.get(meta.province) ?? 0) + 1);
    }
    counts[c] = n;
    for (const [prov, k] of province[c] ?? []) {
      if (k < PROVINCE_MIN_PLANS) continue;
      const list = byProvince.get(prov);
      if (list) list.push(c);
      else byProvince.set(prov, [c]);
    }
  });
  const bySize = counts.map((_, c) => c).filter((c) => counts[c]! >= COMMON_MIN_PLANS).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const widely = (threshold: number) => {
    let n = 0;
    while (n < bySize.length && counts[bySize[n]!]! >= threshold) n++;
    return bySize.slice(0, n);
  };
  const stats = { counts, province, byProvince, widely };
  statsCache.set(tc, { version: tc.version, stats });
  return stats;
}

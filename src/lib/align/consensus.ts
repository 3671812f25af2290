/**
 * The common wording of a cluster: the wording most plans use, plans of one's own province
 * counting more. Deterministic: ties go to the wording closest to all the others, then to
 * the first in key order.
 */
import { hashHex } from './hash.ts';
import type { Cluster, ClauseRef, TypeClusters, Variant } from './clusters.ts';
import { PLACEHOLDER } from './normalize.ts';
import type { PreparedClause, PreparedPlan } from './prepare.ts';
import { centralityOf, clusterStats, type PlanLookup, type VariantStats } from './variant-stats.ts';
import { COMMON_MIN_PLANS, SAME_PROVINCE_WEIGHT } from './thresholds.ts';
import type { Token } from './tokens.ts';

export type { PlanLookup } from './variant-stats.ts';

/** A plan left out of a consensus: a plan is never compared with its own wording. */
export interface ExcludedPlan {
  id: string;
  level: string;
  province: string;
  /** The wording it has in each of its clusters. */
  own: ReadonlyMap<Cluster, Variant>;
}

/** The plan as left out of consensus: needs the plan's clusters (it must be in the corpus). */
export function excludedPlan(plan: PreparedPlan, tc: TypeClusters): ExcludedPlan {
  const own = new Map<Cluster, Variant>();
  (tc.clauseCluster.get(plan.id) ?? []).forEach((c, i) => {
    const cluster = tc.clusters[c]!;
    const v = cluster.byKey.get(plan.clauses[i]!.key);
    if (v && !own.has(cluster)) own.set(cluster, v);
  });
  return { id: plan.id, level: plan.level, province: plan.province, own };
}

export interface ConsensusOptions {
  exclude?: ExcludedPlan;
  /** Plans of this province count SAME_PROVINCE_WEIGHT times. */
  province?: string;
}

const isOwn = (cluster: Cluster, v: Variant, ex: ExcludedPlan | undefined) => !!ex && ex.own.get(cluster) === v;

function votes(cluster: Cluster, v: Variant, st: VariantStats, opts: ConsensusOptions): { weight: number; count: number } {
  const own = isOwn(cluster, v, opts.exclude);
  const ex = opts.exclude;
  const county = st.county - (own && ex!.level === 'county' ? 1 : 0);
  const local = opts.province
    ? (st.countyByProvince.get(opts.province) ?? 0) - (own && ex!.level === 'county' && ex!.province === opts.province ? 1 : 0)
    : 0;
  return { weight: county - local + local * SAME_PROVINCE_WEIGHT, count: st.plans - (own ? 1 : 0) };
}

interface Ranked {
  v: Variant;
  weight: number;
  count: number;
  /** Plans with the wording, the excluded plan included. */
  witnesses: number;
  central: number;
}

/**
 * Other plans decide; when they are split evenly, the excluded plan's own wording breaks the
 * tie: it too was written from the template, it just may not make a clause common on its own.
 */
function outranks(a: Ranked, b: Ranked): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.count !== b.count) return a.count > b.count;
  if (a.witnesses !== b.witnesses) return a.witnesses > b.witnesses;
  if (a.central !== b.central) return a.central > b.central;
  return a.v.key < b.v.key;
}

/** Wordings from the top of a cluster's overall ranking that are always considered. */
const RANKING_TOP = 8;

/**
 * The consensus wording, or null when no other plan has the clause. A common wording is one at
 * least COMMON_MIN_PLANS other plans use word for word; the most used of those wins. When the
 * plans all word the clause differently, there is no common wording: the reference then shows
 * one of the other plans' wordings, never the compared plan's own (which one neighbour sharing
 * it would otherwise make "the template", and the plan "identical" to it).
 *
 * The wordings weighed are the top of the cluster's overall ranking, those used in the plan's
 * province, the plan's own and the most used (whose closeness is known). Any other wording has
 * no more plans than the top of the ranking and no vote from the province, so it could win only
 * on the last tie-breaks; leaving it out keeps the cost flat as a cluster gathers thousands of variants.
 */
export function consensusVariant(cluster: Cluster, plans: PlanLookup, opts: ConsensusOptions = {}): Variant | null {
  const { stats, byProvince, ranking } = clusterStats(cluster, plans);
  const central = centrality(cluster, opts);
  const own = opts.exclude?.own.get(cluster);
  const candidates = new Set<Variant>(ranking.slice(0, RANKING_TOP));
  for (const v of (opts.province ? byProvince.get(opts.province) : undefined) ?? []) candidates.add(v);
  for (const v of centralityOf(cluster).scores.keys()) candidates.add(v);
  if (own) candidates.add(own);
  const ranked: Ranked[] = [];
  for (const v of candidates) {
    const st = stats.get(v)!;
    const { weight, count } = votes(cluster, v, st, opts);
    if (count > 0) ranked.push({ v, weight, count, witnesses: st.plans, central: central(v) });
  }
  const common = ranked.filter((r) => r.count >= COMMON_MIN_PLANS);
  const others = ranked.filter((r) => r.v !== own);
  const pool = common.length ? common : others.length ? others : ranked;
  let best: Ranked | null = null;
  for (const r of pool) if (!best || outranks(r, best)) best = r;
  return best?.v ?? null;
}

/** How many county plans have a wording (the excluded plan not counted). */
export function supportOf(cluster: Cluster, v: Variant, plans: PlanLookup, opts: ConsensusOptions = {}): number {
  const st = clusterStats(cluster, plans).stats.get(v)!;
  const own = isOwn(cluster, v, opts.exclude) && opts.exclude!.level === 'county';
  return st.county - (own ? 1 : 0);
}

/** The first `limit` county plans (in id order) with a wording, the excluded plan left out. */
export function supportersOf(v: Variant, plans: PlanLookup, limit: number, opts: ConsensusOptions = {}): string[] {
  const out: string[] = [];
  for (const m of v.members) {
    if (out.length >= limit) break;
    if (m.plan === opts.exclude?.id || out[out.length - 1] === m.plan || plans.get(m.plan)?.level !== 'county') continue;
    out.push(m.plan);
  }
  return out;
}

/** Closeness of each wording to the others, the excluded plan's own wording not counted. */
function centrality(cluster: Cluster, opts: ConsensusOptions): (v: Variant) => number {
  const { scores, pair } = centralityOf(cluster);
  const own = opts.exclude?.own.get(cluster);
  return (v) => (scores.get(v) ?? 0) - (own && own !== v ? pair.get(v)?.get(own) ?? 0 : 0);
}

const idCache = new WeakMap<Cluster, { version: number; id: string }>();

/**
 * Stable id of a cluster: a hash of its plan type and common wording (kind + normalized text).
 * The type is part of it because women's and children's plans share some wordings verbatim
 * (加强组织领导 …) and each type has its own explorer page for them.
 */
export function clusterId(cluster: Cluster, plans: PlanLookup): string {
  const cached = idCache.get(cluster);
  if (cached && cached.version === cluster.version) return cached.id;
  const v = consensusVariant(cluster, plans) ?? cluster.variants[0]!;
  const type = plans.get(v.members[0]!.plan)?.plan_type ?? '';
  const id = 'c' + hashHex(`${type}\u0000${cluster.kind}\u0000${v.key}`);
  idCache.set(cluster, { version: cluster.version, id });
  return id;
}

export function clauseAt(plans: PlanLookup, ref: ClauseRef): PreparedClause {
  const clause = plans.get(ref.plan)?.clauses[ref.clause];
  if (!clause) throw new Error(`clause ${ref.clause} of plan ${ref.plan} is not in the corpus`);
  return clause;
}

/** The member that shows a wording: from the preferred province if any, else the first. */
export function representative(cluster: Cluster, variant: Variant, plans: PlanLookup, opts: ConsensusOptions = {}): PreparedClause {
  const ex = opts.exclude?.id;
  const firstLocal = opts.province ? clusterStats(cluster, plans).stats.get(variant)?.firstByProvince.get(opts.province) : undefined;
  const local = firstLocal?.find((m) => m.plan !== ex);
  // Members are in plan order, so the excluded plan's own clauses are passed within a step or two.
  const first = variant.members.find((m) => m.plan !== ex) ?? variant.members[0]!;
  return clauseAt(plans, local ?? first);
}

const PROPER: ReadonlySet<string> = new Set([PLACEHOLDER.county, PLACEHOLDER.prefecture, PLACEHOLDER.province]);

/** A county's wording with its proper names written as ×× (杏花岭区 → ××区): the common wording. */
export function genericTokens(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => {
    if (t.kind !== 'name' || !PROPER.has(t.key)) return t;
    const suffix = /[区县市省州旗盟]$/u.exec(t.text)?.[0] ?? '';
    return { ...t, text: `××${suffix}` };
  });
}

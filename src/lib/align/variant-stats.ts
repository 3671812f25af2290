/**
 * Tallies of a cluster's wordings, counted once per cluster state so that choosing a consensus
 * for each of thousands of plans costs only a few look-ups: distinct plans per wording (per
 * province too), closeness of the most used wordings to each other, and their overall ranking.
 */
import type { Cluster, ClauseRef, Variant } from './clusters.ts';
import type { PreparedPlan } from './prepare.ts';
import { dice, shinglesOf } from './shingles.ts';

export type PlanLookup = ReadonlyMap<string, PreparedPlan>;

export interface VariantStats {
  plans: number;
  /** Only county plans vote: a template document in the corpus is not one more county. */
  county: number;
  countyByProvince: Map<string, number>;
  /** The first two plans' members per province: enough to show the wording without one plan. */
  firstByProvince: Map<string, ClauseRef[]>;
}

export interface ClusterStats {
  stats: Map<Variant, VariantStats>;
  /** Wordings with county plans in a province, by province. */
  byProvince: Map<string, Variant[]>;
  /** All wordings, most county plans first (then most plans, most central, key order). */
  ranking: Variant[];
}

const statsCache = new WeakMap<Cluster, { version: number; stats: ClusterStats }>();

export function clusterStats(cluster: Cluster, plans: PlanLookup): ClusterStats {
  const cached = statsCache.get(cluster);
  if (cached && cached.version === cluster.version) return cached.stats;
  const stats = new Map<Variant, VariantStats>();
  const byProvince = new Map<string, Variant[]>();
  for (const v of cluster.variants) {
    const st = tally(v, plans);
    stats.set(v, st);
    for (const p of st.countyByProvince.keys()) {
      const list = byProvince.get(p);
      if (list) list.push(v);
      else byProvince.set(p, [v]);
    }
  }
  const { scores } = centralityOf(cluster);
  const ranking = [...cluster.variants].sort((a, b) => {
    const [x, y] = [stats.get(a)!, stats.get(b)!];
    return y.county - x.county || y.plans - x.plans || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const result = { stats, byProvince, ranking };
  statsCache.set(cluster, { version: cluster.version, stats: result });
  return result;
}

function tally(v: Variant, plans: PlanLookup): VariantStats {
  const seen = new Set<string>();
  const st: VariantStats = { plans: 0, county: 0, countyByProvince: new Map(), firstByProvince: new Map() };
  for (const m of v.members) {
    if (seen.has(m.plan)) continue;
    seen.add(m.plan);
    st.plans++;
    const meta = plans.get(m.plan);
    if (meta?.level !== 'county') continue;
    st.county++;
    st.countyByProvince.set(meta.province, (st.countyByProvince.get(meta.province) ?? 0) + 1);
    const first = st.firstByProvince.get(meta.province);
    if (!first) st.firstByProvince.set(meta.province, [m]);
    else if (first.length < 2) first.push(m);
  }
  return st;
}

/** Wordings compared for closeness: the most used ones (bounded, so a huge cluster stays cheap). */
const CENTRALITY_SAMPLE = 16;

export interface Centrality {
  version: number;
  /** Sum over the other sampled wordings of similarity × plans using it. */
  scores: Map<Variant, number>;
  /** Pairwise similarity of sampled wordings, to take one plan's vote back out. */
  pair: Map<Variant, Map<Variant, number>>;
}

const centralCache = new WeakMap<Cluster, Centrality>();

export function centralityOf(cluster: Cluster): Centrality {
  const cached = centralCache.get(cluster);
  if (cached && cached.version === cluster.version) return cached;
  const sample = [...cluster.variants]
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, CENTRALITY_SAMPLE);
  const shingles = sample.map((v) => shinglesOf(v.key));
  const scores = new Map<Variant, number>();
  const pair = new Map<Variant, Map<Variant, number>>();
  sample.forEach((v, i) => {
    let sum = 0;
    const row = new Map<Variant, number>();
    sample.forEach((w, j) => {
      if (i === j) return;
      const d = dice(shingles[i]!, shingles[j]!);
      row.set(w, d);
      sum += d * w.members.length;
    });
    scores.set(v, sum);
    pair.set(v, row);
  });
  const result = { version: cluster.version, scores, pair };
  centralCache.set(cluster, result);
  return result;
}


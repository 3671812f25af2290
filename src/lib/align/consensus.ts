/**
 * The common wording of a cluster: the wording most plans use, plans of one's own province
 * counting more. Deterministic: ties go to the wording closest to all the others, then to
 * the first in key order.
 */
import { createHash } from 'node:crypto';
import type { Cluster, ClauseRef, Variant } from './clusters.ts';
import { PLACEHOLDER } from './normalize.ts';
import type { PreparedClause, PreparedPlan } from './prepare.ts';
import { dice, shinglesOf } from './shingles.ts';
import { SAME_PROVINCE_WEIGHT } from './thresholds.ts';
import type { Token } from './tokens.ts';

export type PlanLookup = ReadonlyMap<string, PreparedPlan>;

export interface ConsensusOptions {
  /** Leave this plan out: a plan is never compared with its own wording. */
  exclude?: string;
  /** Plans of this province count SAME_PROVINCE_WEIGHT times. */
  province?: string;
}

/** Only county plans vote: a template document in the corpus is not one more county. */
function votes(variant: Variant, plans: PlanLookup, opts: ConsensusOptions): { weight: number; count: number } {
  const seen = new Set<string>();
  let weight = 0;
  for (const m of variant.members) {
    if (m.plan === opts.exclude || seen.has(m.plan)) continue;
    seen.add(m.plan);
    const meta = plans.get(m.plan);
    if (!meta || meta.level !== 'county') continue;
    weight += opts.province && meta.province === opts.province ? SAME_PROVINCE_WEIGHT : 1;
  }
  return { weight, count: seen.size };
}

interface Ranked {
  v: Variant;
  weight: number;
  count: number;
  central: number;
}

function outranks(a: Ranked, b: Ranked): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.count !== b.count) return a.count > b.count;
  if (a.central !== b.central) return a.central > b.central;
  return a.v.key < b.v.key;
}

/** The consensus wording, or null when no other plan has the clause. */
export function consensusVariant(cluster: Cluster, plans: PlanLookup, opts: ConsensusOptions = {}): Variant | null {
  const central = centrality(cluster);
  let best: Ranked | null = null;
  for (const v of cluster.variants) {
    const { weight, count } = votes(v, plans, opts);
    if (count === 0) continue;
    const ranked = { v, weight, count, central: central.get(v) ?? 0 };
    if (!best || outranks(ranked, best)) best = ranked;
  }
  return best?.v ?? null;
}

/** Wordings compared for closeness: the most used ones (bounded, so a huge cluster stays cheap). */
const CENTRALITY_SAMPLE = 16;
const centralCache = new WeakMap<Cluster, { version: number; scores: Map<Variant, number> }>();

function centrality(cluster: Cluster): Map<Variant, number> {
  const cached = centralCache.get(cluster);
  if (cached && cached.version === cluster.version) return cached.scores;
  const sample = [...cluster.variants]
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, CENTRALITY_SAMPLE);
  const shingles = sample.map((v) => shinglesOf(v.key));
  const scores = new Map<Variant, number>();
  sample.forEach((v, i) => {
    let sum = 0;
    sample.forEach((w, j) => { if (i !== j) sum += dice(shingles[i]!, shingles[j]!) * w.members.length; });
    scores.set(v, sum);
  });
  centralCache.set(cluster, { version: cluster.version, scores });
  return scores;
}

const idCache = new WeakMap<Cluster, { version: number; id: string }>();

/** Stable id of a cluster: a hash of its common wording (kind + normalized text). */
export function clusterId(cluster: Cluster, plans: PlanLookup): string {
  const cached = idCache.get(cluster);
  if (cached && cached.version === cluster.version) return cached.id;
  const v = consensusVariant(cluster, plans) ?? cluster.variants[0]!;
  const id = 'c' + createHash('sha1').update(`${cluster.kind}\u0000${v.key}`).digest('hex').slice(0, 10);
  idCache.set(cluster, { version: cluster.version, id });
  return id;
}

export function clauseAt(plans: PlanLookup, ref: ClauseRef): PreparedClause {
  const clause = plans.get(ref.plan)?.clauses[ref.clause];
  if (!clause) throw new Error(`clause ${ref.clause} of plan ${ref.plan} is not in the corpus`);
  return clause;
}

/** The member that shows a wording: from the preferred province if any, else the first. */
export function representative(variant: Variant, plans: PlanLookup, opts: ConsensusOptions = {}): PreparedClause {
  const others = variant.members.filter((m) => m.plan !== opts.exclude);
  const pool = others.length ? others : variant.members;
  const local = pool.find((m) => opts.province && plans.get(m.plan)?.province === opts.province);
  return clauseAt(plans, local ?? pool[0]!);
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

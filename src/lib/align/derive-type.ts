/**
 * Everything the site derives from the alignment of one plan type, computed from that type's
 * plans alone (a plan is aligned only with plans of its own type): each plan aligned with its
 * reference, the cluster of each of its clauses, the plans most alike, and the shared clauses.
 */
import type { PlanType } from '../plan/schema.ts';
import { alignPlan, SIMILAR_KEPT, type ReuseDetail } from './align-plan.ts';
import { buildCorpus, planIn } from './corpus.ts';
import { clauseClusters, clusterIdsOf } from './explorer.ts';
import type { AlignPlanInput } from './prepare.ts';
import type { ClauseClusterRecord } from './reuse-schema.ts';
import { similarPlans, type SimilarPlan } from './similar-plans.ts';
import { chooseReference } from './reference.ts';
import { alignmentKey } from './alignment-key.ts';

/** How many similar plans are kept per plan; pages ask for fewer. */
export { SIMILAR_KEPT };

export interface DerivedPlan {
  detail: ReuseDetail;
  /** Cluster id (and how many plans share it) of each clause that belongs to a cluster, by anchor. */
  clusterIds: [anchor: string, cluster: { id: string; plans: number }][];
}

export interface DerivedType {
  type: PlanType;
  clusters: ClauseClusterRecord[];
  similar: Record<string, SimilarPlan[]>;
  /** One entry per plan, in id order; a generator so a caller can write each and let it go. */
  plans: Iterable<DerivedEntry>;
}

export interface DerivedEntry {
  derived: DerivedPlan;
  /** The plan's alignment key (alignment-key.ts), when alignments were looked up by key. */
  key: string | null;
  /** Whether the alignment was the stored one rather than computed. */
  reused: boolean;
}

/** Alignments of an earlier derivation, looked up by each plan's key instead of aligning again. */
export interface StoredAlignments {
  /** Digest of the aligning code: part of every key. */
  code: string;
  /** The alignment stored for this plan under this key, or null. */
  find(planId: string, key: string): ReuseDetail | null;
}

/** Plain, JSON-safe fields of a plan that alignment reads: what the derived data is keyed by. */
export function alignInputOf(plan: AlignPlanInput): AlignPlanInput {
  const { id, plan_type, title, level, county, prefecture, province, templates, blocks, targets, domain_aliases } = plan;
  return { id, plan_type, title, level, county, prefecture, province, templates, blocks, targets: targets ?? {}, domain_aliases: domain_aliases ?? {} };
}

export function deriveType(type: PlanType, inputs: readonly AlignPlanInput[], stored?: StoredAlignments): DerivedType {
  const wrongType = inputs.find((p) => p.plan_type !== type);
  if (wrongType) throw new Error(`plan ${wrongType.id} is a ${wrongType.plan_type} plan, not ${type}`);
  const corpus = buildCorpus(inputs);
  const ids = [...corpus.plans.keys()];
  const similar = Object.fromEntries(ids.map((id) => [id, similarPlans(corpus, id, SIMILAR_KEPT)]));
  const provinceOf = (id: string) => corpus.plans.get(id)?.province;
  return {
    type,
    clusters: ids.length ? clauseClusters(corpus, type) : [],
    similar,
    plans: (function* (): Generator<DerivedEntry> {
      for (const id of ids) {
        const clusterIds = [...clusterIdsOf(corpus, id)];
        if (!stored) {
          yield { derived: { detail: alignPlan(corpus, id), clusterIds }, key: null, reused: false };
          continue;
        }
        const reference = chooseReference(id, corpus);
        const key = alignmentKey(stored.code, planIn(corpus, id), reference, similar[id] ?? [], provinceOf);
        const found = stored.find(id, key);
        yield { derived: { detail: found ?? alignPlan(corpus, id, reference), clusterIds }, key, reused: found !== null };
      }
    })(),
  };
}

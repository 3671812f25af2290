/**
 * Everything the site derives from the alignment of one plan type, computed from that type's
 * plans alone (a plan is aligned only with plans of its own type): each plan aligned with its
 * reference, the cluster of each of its clauses, the plans most alike, and the shared clauses.
 */
import type { PlanType } from '../plan/schema.ts';
import { alignPlan, type ReuseDetail } from './align-plan.ts';
import { buildCorpus } from './corpus.ts';
import { clauseClusters, clusterIdsOf } from './explorer.ts';
import type { AlignPlanInput } from './prepare.ts';
import type { ClauseClusterRecord } from './reuse-schema.ts';
import { similarPlans, type SimilarPlan } from './similar-plans.ts';

/** How many similar plans are kept per plan; pages ask for fewer. */
export const SIMILAR_KEPT = 20;

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
  plans: Iterable<DerivedPlan>;
}

/** Plain, JSON-safe fields of a plan that alignment reads: what the derived data is keyed by. */
export function alignInputOf(plan: AlignPlanInput): AlignPlanInput {
  const { id, plan_type, title, level, county, prefecture, province, templates, blocks, targets, domain_aliases } = plan;
  return { id, plan_type, title, level, county, prefecture, province, templates, blocks, targets: targets ?? {}, domain_aliases: domain_aliases ?? {} };
}

export function deriveType(type: PlanType, inputs: readonly AlignPlanInput[]): DerivedType {
  const wrongType = inputs.find((p) => p.plan_type !== type);
  if (wrongType) throw new Error(`plan ${wrongType.id} is a ${wrongType.plan_type} plan, not ${type}`);
  const corpus = buildCorpus(inputs);
  const ids = [...corpus.plans.keys()];
  return {
    type,
    clusters: ids.length ? clauseClusters(corpus, type) : [],
    similar: Object.fromEntries(ids.map((id) => [id, similarPlans(corpus, id, SIMILAR_KEPT)])),
    plans: (function* () {
      for (const id of ids) yield { detail: alignPlan(corpus, id), clusterIds: [...clusterIdsOf(corpus, id)] };
    })(),
  };
}

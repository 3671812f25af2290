/**
 * Alignment of every plan with its reference, the clause clusters and plan similarity:
 * computed once per build, shared by the diff pages, the clause explorer, compare links and
 * /data/reuse.json.
 */
import { buildCorpus, type Corpus } from '../lib/align/corpus.ts';
import { alignPlan, type ReuseDetail } from '../lib/align/align-plan.ts';
import { clauseClusters, clusterIdsOf } from '../lib/align/explorer.ts';
import { similarPlans, type SimilarPlan } from '../lib/align/similar-plans.ts';
import type { ClauseClusterRecord } from '../lib/align/reuse-schema.ts';
import type { PlanType } from '../lib/plan/schema.ts';
import { getPlans } from './plans.ts';

let corpusPromise: Promise<Corpus> | undefined;

export function getCorpus(): Promise<Corpus> {
  corpusPromise ??= getPlans().then((plans) => buildCorpus(plans.map((p) => ({ ...p.meta, blocks: p.blocks }))));
  return corpusPromise;
}

const reuseCache = new Map<string, ReuseDetail>();

/** The plan aligned with its default reference (template, else the reconstruction). */
export async function getReuse(planId: string): Promise<ReuseDetail> {
  const corpus = await getCorpus();
  let detail = reuseCache.get(planId);
  if (!detail) {
    detail = alignPlan(corpus, planId);
    reuseCache.set(planId, detail);
  }
  return detail;
}

const clusterCache = new Map<PlanType, ClauseClusterRecord[]>();

/** Shared clauses of one plan type, most widely reused first. */
export async function getClauseClusters(type: PlanType): Promise<ClauseClusterRecord[]> {
  const corpus = await getCorpus();
  let list = clusterCache.get(type);
  if (!list) {
    list = corpus.types.has(type) ? clauseClusters(corpus, type) : [];
    clusterCache.set(type, list);
  }
  return list;
}

const pageIdCache = new Map<PlanType, Promise<Set<string>>>();

/** Ids of the shared clauses that have an explorer page (/clauses/<id>/). */
export function getClusterPageIds(type: PlanType): Promise<Set<string>> {
  let ids = pageIdCache.get(type);
  if (!ids) {
    ids = getClauseClusters(type).then((list) => new Set(list.map((c) => c.id)));
    pageIdCache.set(type, ids);
  }
  return ids;
}

/** Cluster id (and how many plans share it) of each clause of a plan, by anchor. */
export async function getClusterIds(planId: string): Promise<Map<string, { id: string; plans: number }>> {
  return clusterIdsOf(await getCorpus(), planId);
}

const similarCache = new Map<string, SimilarPlan[]>();
const SIMILAR_KEPT = 20;

/** The plans most alike in wording, computed once per plan (pages ask for different lengths). */
export async function getSimilarPlans(planId: string, limit = 5): Promise<SimilarPlan[]> {
  let list = similarCache.get(planId);
  if (!list) {
    list = similarPlans(await getCorpus(), planId, SIMILAR_KEPT);
    similarCache.set(planId, list);
  }
  return list.slice(0, limit);
}

/**
 * Alignment of every plan with its reference, the clause clusters and plan similarity, shared
 * by the diff pages, the clause explorer, compare links and /data/reuse.json.
 *
 * Each plan type is derived in a worker thread of its own (both types at once), written to
 * Astro's cache directory under a digest of the type's plans and of the alignment code, and
 * read back here per page; a type whose plans did not change since the last build is not
 * aligned again (src/lib/align/derived-store-fs.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAlignWorker } from './align-worker.ts';
import type { ReuseDetail } from '../lib/align/align-plan.ts';
import { tableRowsOf, type TableRowSource } from '../lib/diff-view/table-rows.ts';
import { clauseTargetsOf } from '../lib/align/clause-targets.ts';
import { alignInputOf, type DerivedPlan } from '../lib/align/derive-type.ts';
import { derivedName, previousDerived, pruneDerived, readDerivedPlan, readSimilar } from '../lib/align/derived-store-fs.ts';
import { forEachLine, openClusterIndex, type ClusterIndex, type ClusterSummary } from './cluster-index-fs.ts';
import type { ClauseClusterRecord } from '../lib/align/reuse-schema.ts';
import type { SimilarPlan } from '../lib/align/similar-plans.ts';
import { PlanTypeSchema, type PlanType } from '../lib/plan/schema.ts';
import { derivedRoot } from './derived-root.ts';
import { formatDeriveLine, type DeriveTiming } from '../lib/align/derive-log.ts';
import { getPlan, getPlans, type Plan } from './plans.ts';
import { getSearchDomains } from './search-domains.ts';
import { getTargetData } from './targets.ts';

/** The clusters' file in a type's derived directory (src/lib/align/derived-store-fs.ts writes it). */
const CLUSTERS_FILE = 'clusters.jsonl';

const WORKER = 'src/lib/align/derive-worker-fs.ts';

let dirsPromise: Promise<Map<PlanType, string>> | undefined;

/** The directory holding each plan type's derived data, derived first where it is missing. */
function derivedDirs(): Promise<Map<PlanType, string>> {
  dirsPromise ??= (async () => {
    const plans = await getPlans();
    const { byPlan } = await getTargetData();
    const { aliasesByPlan } = await getSearchDomains();
    const root = derivedRoot();
    const entries = await Promise.all(PlanTypeSchema.options.map(async (type) => {
      const inputs = plans.filter((p) => p.meta.plan_type === type).map((p) => alignInputOf({
        ...p.meta, blocks: p.blocks, targets: clauseTargetsOf(byPlan.get(p.id) ?? []), domain_aliases: aliasesByPlan.get(p.id),
      }));
      const name = derivedName(type, inputs);
      const dir = join(root, name);
      // A plan whose alignment key is unchanged is copied from the type's previous directory.
      if (!existsSync(dir)) {
        const timing = await runAlignWorker<DeriveTiming>(WORKER, { dir, type, inputs, previous: previousDerived(root, type, name) }, `aligning the ${type} plans`);
        console.log(formatDeriveLine(timing));
      }
      return [type, dir, name] as const;
    }));
    pruneDerived(root, entries.map(([, , name]) => name));
    return new Map(entries.map(([type, dir]) => [type, dir]));
  })();
  return dirsPromise;
}

async function dirOf(planId: string): Promise<string> {
  const plan = await getPlan(planId);
  return (await derivedDirs()).get(plan.meta.plan_type)!;
}

let lastRead: { planId: string; plan: Promise<DerivedPlan> } | undefined;

/** A plan's derived record; the last one read is kept, as a diff page asks for its alignment and its clusters in turn. */
function derivedPlan(planId: string): Promise<DerivedPlan> {
  if (lastRead?.planId !== planId) lastRead = { planId, plan: dirOf(planId).then((dir) => readDerivedPlan(dir, planId)) };
  return lastRead.plan;
}

/** The plan aligned with its default reference (template, else the reconstruction). */
export async function getReuse(planId: string): Promise<ReuseDetail> {
  return (await derivedPlan(planId)).detail;
}

/** Cluster id (and how many plans share it) of each clause of a plan, by anchor. */
export async function getClusterIds(planId: string): Promise<Map<string, { id: string; plans: number }>> {
  return new Map((await derivedPlan(planId)).clusterIds);
}

const indexCache = new Map<PlanType, Promise<ClusterIndex>>();

/** Summaries of one type's clusters, and where each whole record is (cluster-index-fs.ts). */
function clusterIndex(type: PlanType): Promise<ClusterIndex> {
  let index = indexCache.get(type);
  if (!index) {
    index = derivedDirs().then((dirs) => openClusterIndex(join(dirs.get(type)!, CLUSTERS_FILE)));
    indexCache.set(type, index);
  }
  return index;
}

/** Shared clauses of one plan type, most widely reused first, without their wordings. */
export async function getClauseClusters(type: PlanType): Promise<ClusterSummary[]> {
  return (await clusterIndex(type)).summaries;
}

/** One shared clause with every plan's wording, read from disk when asked for. */
export async function getClauseCluster(type: PlanType, id: string): Promise<ClauseClusterRecord> {
  return (await clusterIndex(type)).read(id);
}

/** What a clause page shows. */
export interface ClausePageData {
  cluster: ClauseClusterRecord;
  /** County and province of each plan with a wording of the clause. */
  plans: Map<string, { county: string; province: string }>;
}

let metasPromise: Promise<Map<string, { county: string; province: string }>> | undefined;

/** A clause page's data; like a diff page, its props are only the cluster's id and its key this record's digest. */
export async function getClausePageData(type: PlanType, id: string): Promise<ClausePageData> {
  metasPromise ??= getPlans().then((plans) => new Map(plans.map((p) => [p.id, { county: p.meta.county, province: p.meta.province }])));
  const metas = await metasPromise;
  const cluster = await getClauseCluster(type, id);
  return { cluster, plans: new Map(cluster.variants.flatMap((v) => (metas.has(v.plan) ? [[v.plan, metas.get(v.plan)!] as const] : []))) };
}

/** A plan clause's shared cluster and, where its wording differs, the edits from the common wording. */
export interface SharedClause {
  cluster: string;
  edits: ClauseClusterRecord['variants'][number]['edits'];
}

const sharedCache = new Map<PlanType, Promise<Map<string, SharedClause>>>();

/** The shared clause of each clause of one type's plans, by plan#anchor (the compare records' clusters and edits). */
export function getSharedClauses(type: PlanType): Promise<Map<string, SharedClause>> {
  let shared = sharedCache.get(type);
  if (!shared) {
    shared = derivedDirs().then((dirs) => {
      const out = new Map<string, SharedClause>();
      forEachLine(join(dirs.get(type)!, CLUSTERS_FILE), (line) => {
        const c = JSON.parse(line.toString('utf8')) as ClauseClusterRecord;
        for (const v of c.variants) out.set(`${v.plan}#${v.anchor}`, { cluster: c.id, edits: v.status === 'modified' ? v.edits : [] });
      });
      return out;
    });
    sharedCache.set(type, shared);
  }
  return shared;
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

const similarCache = new Map<PlanType, Promise<Record<string, SimilarPlan[]>>>();

/** The plans most alike in wording (pages ask for different lengths, up to SIMILAR_KEPT). */
export async function getSimilarPlans(planId: string, limit = 5): Promise<SimilarPlan[]> {
  const type = (await getPlan(planId)).meta.plan_type;
  let lists = similarCache.get(type);
  if (!lists) {
    lists = derivedDirs().then((dirs) => readSimilar(dirs.get(type)!));
    similarCache.set(type, lists);
  }
  return ((await lists)[planId] ?? []).slice(0, limit);
}

/** What a plan's diff page shows. */
export interface DiffPageData {
  plan: Pick<Plan, 'id' | 'meta'>;
  detail: ReuseDetail;
  /** Shared-clause id (and how many plans share it) of each of the plan's clauses. */
  clusters: Map<string, { id: string; plans: number }>;
  /** Of those, the ones with an explorer page. */
  clusterPages: Set<string>;
  /** The plan's table rows, shown as tables in the plan's own column order. */
  tableRows: Map<string, TableRowSource>;
}

/**
 * A diff page's data, read from the derived store when the page is rendered. The page's props
 * are only its plan id, so the build does not hold every plan's alignment at once; its cache key
 * is the digest of this record (cache-key.ts), read once more for the key and dropped.
 */
export async function getDiffPageData(planId: string): Promise<DiffPageData> {
  const p = await getPlan(planId);
  const clusters = await getClusterIds(planId);
  const withPages = await getClusterPageIds(p.meta.plan_type);
  const detail = await getReuse(planId);
  return {
    plan: { id: p.id, meta: p.meta },
    detail,
    clusters,
    clusterPages: new Set([...clusters.values()].map((c) => c.id).filter((id) => withPages.has(id))),
    tableRows: tableRowsOf(p.blocks),
  };
}


/**
 * Per-plan compare records (/data/plans/<id>.json) and the comparisons worth pre-rendering,
 * from data already computed for the other pages: clauses and clusters of the alignment,
 * targets of the extraction.
 */
import { planToRecord } from '../lib/data/plan-record.ts';
import { blocksToClauses, rowReading } from '../lib/align/clauses.ts';
import type { PlanCompareData, CompareIndicator } from '../lib/compare/schema.ts';
import { getPlan, getPlans } from './plans.ts';
import { getSharedClauses, getSimilarPlans } from './reuse.ts';
import { getTargetData } from './targets.ts';
import { cacheKeyOf } from './cache-key.ts';
import { alignComparisons } from './compare-align.ts';

export async function getPlanCompareData(planId: string): Promise<PlanCompareData> {
  const plan = await getPlan(planId);
  const shared = await getSharedClauses(plan.meta.plan_type);
  const { byPlan } = await getTargetData();
  return {
    id: plan.id,
    plan_type: plan.meta.plan_type,
    county: plan.meta.county,
    province: plan.meta.province,
    title: plan.meta.title,
    meta: planToRecord(plan.meta),
    clauses: blocksToClauses(plan.id, plan.blocks).map((c) => {
      const s = shared.get(`${plan.id}#${c.anchor}`);
      const reading = c.kind === 'row' && c.cells && c.label ? { reading: rowReading(c.label, c.cells) } : {};
      return { anchor: c.anchor, domain: c.domain, role: c.role, text: c.text, ...reading, cluster: s?.cluster ?? null, edits: s?.edits ?? [] };
    }),
    targets: (byPlan.get(plan.id) ?? []).map(({ target: t }) => ({
      indicator: t.indicator, label: t.label, comparator: t.comparator, value: t.value, value_text: t.value_text, unit: t.unit,
      year: t.year, baseline: t.baseline, url: t.source.url, text: t.source.text,
    })),
  };
}

const digests = new Map<string, Promise<string>>();

/** The digest of a plan's compare record (cache-key.ts): pages built from the record use it as their key. */
export function getPlanCompareDigest(planId: string): Promise<string> {
  let digest = digests.get(planId);
  if (!digest) {
    digest = getPlanCompareData(planId).then(cacheKeyOf);
    digests.set(planId, digest);
  }
  return digest;
}

export async function getCompareIndicators(): Promise<Map<string, CompareIndicator>> {
  const { dictionary } = await getTargetData();
  return new Map(dictionary.map((i) => [i.id, { id: i.id, name_zh: i.name_zh, unit: i.unit, better: i.better, reference: i.reference }]));
}

/**
 * The comparisons a reader most likely wants, pre-rendered as pages: each plan with the most
 * similar plan of its own province and type, and with the most similar plan anywhere (often
 * the same pair). At most two pages per plan keeps the build linear in the number of plans;
 * every other choice is assembled in the browser from the per-plan records.
 */
let setsPromise: Promise<string[][]> | undefined;

export function getPreRenderedSets(): Promise<string[][]> {
  setsPromise ??= computePreRenderedSets().then((sets) => {
    // Their alignments start in worker threads now, while other pages render; a failure surfaces where a compare page reads them.
    alignComparisons(sets).catch(() => undefined);
    return sets;
  });
  return setsPromise;
}

async function computePreRenderedSets(): Promise<string[][]> {
  const plans = await getPlans();
  const provinceOf = new Map(plans.map((p) => [p.id, p.meta.province]));
  const sets = new Map<string, string[]>();
  const add = (ids: string[]) => {
    if (ids.length < 2) return;
    const sorted = [...ids].sort();
    sets.set(sorted.join('--'), sorted);
  };
  for (const plan of plans) {
    const similar = await getSimilarPlans(plan.id, 20);
    const province = similar.filter((s) => provinceOf.get(s.plan) === plan.meta.province);
    if (province[0]) add([plan.id, province[0].plan]);
    if (similar[0]) add([plan.id, similar[0].plan]);
  }
  return [...sets.values()].sort((a, b) => a.join().localeCompare(b.join()));
}

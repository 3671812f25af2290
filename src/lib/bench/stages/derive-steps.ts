/**
 * The derived-data steps the benchmark times, on the path the build runs (src/data/targets.ts and
 * src/data/reuse.ts): each plan's targets extracted against the dictionary, then each plan type
 * derived as the build's worker threads derive it (deriveType: every plan aligned with its
 * reference, clause clusters, similar plans). The build runs the two types in parallel threads and
 * writes the result to disk; here they run one after the other, so alignMs is their CPU cost.
 */
import { alignInputOf, deriveType } from '../../align/derive-type.ts';
import type { Block } from '../../plan/blocks.ts';
import { PlanTypeSchema, type PlanFrontmatter } from '../../plan/schema.ts';
import type { Dictionary } from '../../targets/dictionary.ts';
import { extractTargets } from '../../targets/extract.ts';

export interface DerivePlan {
  meta: PlanFrontmatter;
  blocks: Block[];
}

export function extractAll(plans: readonly DerivePlan[], dictionary: Dictionary): { targets: number } {
  let targets = 0;
  for (const { meta, blocks } of plans) targets += extractTargets({ ...meta, blocks }, dictionary).targets.length;
  return { targets };
}

export function alignAll(plans: readonly DerivePlan[]): { alignedClauses: number; clusters: number } {
  let alignedClauses = 0;
  let clusters = 0;
  for (const type of PlanTypeSchema.options) {
    const derived = deriveType(type, plans.filter((p) => p.meta.plan_type === type).map((p) => alignInputOf({ ...p.meta, blocks: p.blocks })));
    for (const { derived: plan } of derived.plans) alignedClauses += plan.detail.clauses.length;
    clusters += derived.clusters.length;
  }
  return { alignedClauses, clusters };
}

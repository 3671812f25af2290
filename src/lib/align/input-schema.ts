/**
 * What alignment reads of a plan: the record /data/align/<id>.json publishes for the diff page's
 * comparison in the browser, and what the build's derived data is keyed by (alignInputOf).
 */
import { z } from 'astro/zod';
import { BlockSchema, PlanFrontmatterSchema } from '../plan/schema.ts';

/** A target as the alignment needs it: which indicator, and the values the clause states for it. */
export const ClauseTargetSchema = z.object({
  /** Dictionary id, or null for a target no indicator matches. */
  indicator: z.string().nullable(),
  /** The plan's wording of the indicator. */
  label: z.string(),
  /** The unit `values` are in. */
  unit: z.string(),
  /** The target value and the baseline, where stated. */
  values: z.array(z.number()),
  /**
   * The 领域 of the clause, or for a clause outside the domains (a 主要指标 table under 总体目标)
   * the dictionary's 领域 of the indicator; absent where not known.
   */
  domain: z.string().nullable().optional(),
}).strict();

export const AlignPlanInputSchema = PlanFrontmatterSchema.pick({
  id: true, plan_type: true, title: true, level: true, county: true, prefecture: true, province: true, templates: true,
}).extend({
  blocks: z.array(BlockSchema).readonly(),
  /** The plan's extracted targets by clause anchor (clauseTargetsOf); without them no number is paired as changed. */
  targets: z.record(z.string(), z.array(ClauseTargetSchema)).optional(),
  /**
   * The national domain each of the plan's domain headings stands for (content/search-domains.yaml:
   * 妇女与决策管理 → 妇女参与决策和管理): plans that name one domain differently are compared
   * domain by domain all the same. A heading missing here is compared by its own wording.
   */
  domain_aliases: z.record(z.string(), z.string()).optional(),
}).strict();

export type AlignPlanInput = z.output<typeof AlignPlanInputSchema>;

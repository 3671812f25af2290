/**
 * The per-plan record the compare view is assembled from: /data/plans/<id>.json. The browser
 * loads two to four of these for a comparison that was not pre-rendered; the build renders the
 * pre-rendered ones from the same records, so both paths show the same thing.
 */
import { z } from 'astro/zod';
import { ComparatorSchema } from '../targets/schema.ts';
import { PlanRecordSchema } from '../data/plan-record.ts';

export const CompareEditSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const CompareClauseSchema = z.object({
  /** Permalink in the plan (block or table-row id). */
  anchor: z.string(),
  /** 领域, or null outside the domain sections. */
  domain: z.string().nullable(),
  role: z.enum(['goal', 'measure', 'other']),
  text: z.string(),
  /** Shared-clause id (/clauses/<id>/): clauses with the same id in two plans are the same goal. Null if no other plan has it. */
  cluster: z.string().nullable(),
  /** Edits from the common wording of the cluster to this plan's wording; empty when identical or unclustered. */
  edits: z.array(CompareEditSchema),
});

export const CompareTargetSchema = z.object({
  indicator: z.string().nullable(),
  label: z.string(),
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  unit: z.string(),
  year: z.number().int(),
  baseline: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  /** Link to the sentence or row that states it. */
  url: z.string(),
  text: z.string(),
});

export const PlanCompareDataSchema = z.object({
  id: z.string(),
  plan_type: z.enum(['women', 'children']),
  county: z.string(),
  province: z.string(),
  title: z.string(),
  /** The plan's metadata (文号, 发布机关, dates, official URL, period), as in /data/plans.csv. */
  meta: PlanRecordSchema,
  clauses: z.array(CompareClauseSchema),
  targets: z.array(CompareTargetSchema),
});
export type PlanCompareData = z.output<typeof PlanCompareDataSchema>;
export type CompareClause = z.output<typeof CompareClauseSchema>;
export type CompareTarget = z.output<typeof CompareTargetSchema>;

/** What the view needs to know of an indicator (from /data/indicators.json). */
export interface CompareIndicator {
  id: string;
  name_zh: string;
  unit: string;
  better: 'higher' | 'lower' | 'normal';
  reference?: { comparator: z.output<typeof ComparatorSchema>; value: number; unit: string; year: number; source: string } | undefined;
}

/**
 * The per-plan record the compare view is assembled from: /data/plans/<id>.json. The browser
 * loads two to four of these for a comparison that was not pre-rendered; the build renders the
 * pre-rendered ones from the same records, so both paths show the same thing.
 */
import { z } from 'astro/zod';
import { PlanRecordSchema } from '../data/plan-record.ts';
import { PlanFrontmatterSchema, PlanListingSchema } from '../plan/schema.ts';
import { IndicatorSchema } from '../targets/dictionary.ts';
import { TargetSchema } from '../targets/schema.ts';

export const CompareEditSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const CompareClauseSchema = z.object({
  /** Permalink in the plan (block or table-row id). */
  anchor: z.string(),
  /** 领域, or null outside the domain sections. */
  domain: z.string().nullable(),
  role: z.enum(['goal', 'measure', 'other']),
  text: z.string(),
  /**
   * For a table row: its cells in the table's own order, each after its column's header
   * (婴儿死亡率(　2020：4.7　2025：2.8　指标性质：预期性), as the compare view shows it; `text` keeps the
   * cells in the order the alignment compares them (indicator and target first).
   */
  reading: z.string().optional(),
  /** Shared-clause id (/clauses/<id>/): clauses with the same id in two plans are the same goal. Null if no other plan has it. */
  cluster: z.string().nullable(),
  /** Edits from the common wording of the cluster to this plan's wording; empty when identical or unclustered. */
  edits: z.array(CompareEditSchema),
});

/** A target as the compare view shows it: the published record's figures, its sentence and the link to it. */
export const CompareTargetSchema = TargetSchema.pick({ indicator: true, label: true, comparator: true, value: true, value_text: true, unit: true, year: true, baseline: true })
  .extend({
    /** Link to the sentence or row that states it. */
    url: TargetSchema.shape.source.shape.url,
    text: TargetSchema.shape.source.shape.text,
  })
  .strict();

export const PlanCompareDataSchema = PlanFrontmatterSchema.pick({ id: true, plan_type: true, county: true, province: true, title: true })
  .extend({
    /** The plan's metadata (文号, 发布机关, dates, official URL, period), as in /data/plans.csv. */
    meta: PlanRecordSchema,
    clauses: z.array(CompareClauseSchema),
    targets: z.array(CompareTargetSchema),
  })
  .strict();
export type PlanCompareData = z.output<typeof PlanCompareDataSchema>;
export type CompareClause = z.output<typeof CompareClauseSchema>;
export type CompareEdit = z.output<typeof CompareEditSchema>;
export type CompareTarget = z.output<typeof CompareTargetSchema>;

/** What the view needs to know of an indicator (from the dictionary, IndicatorSchema). */
export const CompareIndicatorSchema = IndicatorSchema.pick({ id: true, name_zh: true, unit: true, better: true, reference: true }).strict();
export type CompareIndicator = z.output<typeof CompareIndicatorSchema>;

/** /data/compare-index.json: what /compare/ needs in the browser: every plan, the indicators, and which sets have a page. */
export const CompareIndexSchema = z.object({
  plans: z.array(PlanListingSchema),
  indicators: z.array(CompareIndicatorSchema),
  /** Plan-id sets pre-rendered as /compare/<a>--<b>/ pages. */
  pages: z.array(z.array(PlanFrontmatterSchema.shape.id)),
}).strict();
export type CompareIndex = z.output<typeof CompareIndexSchema>;

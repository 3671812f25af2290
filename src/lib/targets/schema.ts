/**
 * The target record: one numeric or directional target a plan sets for one indicator.
 * TargetSchema is exactly what /data/targets.json publishes; what the site needs besides
 * (the block a target came from, whether the plan contradicts itself) lives in ExtractedTarget.
 */
import { z } from 'astro/zod';
import { PLAN_ID_SOURCE } from '../plan/id.ts';
import { PlanTypeSchema } from '../plan/schema.ts';
import { COMPARATORS } from './comparator.ts';
import { SECTION_KINDS } from './section.ts';

export const ComparatorSchema = z.enum(COMPARATORS);

export const TargetSchema = z.object({
  /** GB/T 2260 code of the county, e.g. "140107". */
  county_code: z.string().regex(/^\d{6}$/),
  /** County name as the plan gives it, e.g. 杏花岭区. */
  county: z.string().min(1),
  province: z.string().min(1),
  plan_type: PlanTypeSchema,
  /** Dictionary id (content/indicators.yaml), or null for a target no indicator matches. */
  indicator: z.string().nullable(),
  /** The indicator's wording as the plan writes it. */
  label: z.string().min(1),
  /**
   * <= < >= > = ~ for a number (民法典 art. 1259: 以上/以下/以内 include the number, 超过/不满 do not;
   * = is a bare table value, ~ is 左右/约); increase/decrease/maintain for a direction without one.
   */
  comparator: ComparatorSchema,
  /** In `unit`; null for a direction. */
  value: z.number().nullable(),
  /** The value as the plan prints it (85.0 for 85); null for a direction or a value the text does not print that way. */
  value_text: z.string().nullable(),
  /** The indicator's unit when it has one (values converted to it), else the unit the text writes; '' if none. */
  unit: z.string(),
  /** The year the target is for: the year the text states, else the plan's last year. */
  year: z.number().int(),
  /** The table's 2020 column, in `unit`. */
  baseline: z.object({ year: z.number().int(), value: z.number(), value_text: z.string().nullable() }).strict().nullable(),
  /** 指标性质 where the plan gives it. */
  nature: z.enum(['约束性', '预期性']).nullable(),
  /** 牵头单位 / 责任单位 named for the goal, as written. */
  agencies: z.object({ lead: z.array(z.string()), responsible: z.array(z.string()) }).strict(),
  /**
   * The part of the plan that states it: 主要目标 (a goal paragraph), 指标表 (an indicator table),
   * 总体目标, 策略措施 (a measure), 重点工程 (a key project), 保障措施, 其他.
   */
  section_kind: z.enum(SECTION_KINDS),
  /**
   * The plan's other statements of this indicator for the same year with a different value (a
   * contradiction within the plan, e.g. 80% in the table and 60% in the text); [] when none.
   */
  contradicted_by: z.array(z.object({ value: z.number(), value_text: z.string().nullable(), url: z.string() }).strict()),
  source: z.object({
    /** /plans/<plan id>/#<block or row id>. */
    url: z.string().regex(new RegExp(`^/plans/${PLAN_ID_SOURCE}/#[A-Za-z0-9_-]+$`)),
    /** The sentence or the table row (cells joined by " | ") stating the target. */
    text: z.string().min(1),
  }).strict(),
}).strict();

export type Target = z.output<typeof TargetSchema>;

/** A target with what the site needs besides the public record. */
export interface ExtractedTarget {
  target: Target;
  /** Id of the paragraph or table the target was read from. */
  block_id: string;
  /** The 领域 of that block, or of the indicator when the block sits outside the domain sections. */
  domain: string | null;
  /** The plan states this indicator for the same year with another value. */
  conflict: boolean;
}

/**
 * The plan record every download carries: who issued the plan, under which 文号, when, where the
 * official text is, which years it covers. PlanRecordSchema is what /data/plans.csv publishes row
 * by row, what each /data/plans/<id>.json carries as `meta`, and what targets.csv repeats beside
 * each target. Built from the plan's frontmatter (content/plans/<id>.md), never invented: an
 * unknown fact is an empty string.
 */
import { z } from 'astro/zod';
import { PLAN_ID, PLAN_ID_SOURCE, planHref } from '../plan/id.ts';
import { PlanTypeSchema, type PlanFrontmatter } from '../plan/schema.ts';

const IsoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

export const PlanRecordSchema = z.object({
  /** "<county_code>-<women|children>", the plan's id on the site. */
  plan_id: z.string().regex(PLAN_ID),
  /** Title as the plan states it. */
  title: z.string().min(1),
  plan_type: PlanTypeSchema,
  county_code: z.string().regex(/^\d{6}$/),
  county: z.string().min(1),
  prefecture: z.string().min(1),
  province: z.string().min(1),
  /** 文号 as printed (may be incomplete where the source lost characters); '' if the text gives none. */
  doc_number: z.string(),
  /** 发布机关; '' where unknown. */
  issuer: z.string(),
  /** 成文日期, ISO; '' where unknown. */
  signed: IsoDateOrEmpty,
  /** 发布日期, ISO; '' where unknown. */
  published: IsoDateOrEmpty,
  /** The site the text was taken from, as it names itself; '' where unknown. */
  source_site: z.string(),
  /** The official URL of the document; '' where unknown (never guessed). */
  official_url: z.string().regex(/^(https?:\/\/\S+)?$/),
  /** First and last year of the planning period (规划期). */
  period_start: z.number().int(),
  period_end: z.number().int(),
  /** The year the plan's targets are for unless a target states its own: the period's last year. */
  target_year: z.number().int(),
  /** The plan's page on this site (path). */
  page: z.string().regex(new RegExp(`^/plans/${PLAN_ID_SOURCE}/$`)),
  /** Name of the raw source file under content/sources/ (its SHA-256 is in /data/sources.json). */
  source_file: z.string(),
}).strict();

export type PlanRecord = z.output<typeof PlanRecordSchema>;

type PlanMetaSlice = Pick<PlanFrontmatter, 'id' | 'title' | 'plan_type' | 'county_code' | 'county' | 'prefecture' | 'province' | 'doc_number' | 'issuer' | 'signed' | 'published' | 'source_site' | 'source_url' | 'period' | 'source_file'>;

export function planToRecord(meta: PlanMetaSlice): PlanRecord {
  return {
    plan_id: meta.id,
    title: meta.title,
    plan_type: meta.plan_type,
    county_code: meta.county_code,
    county: meta.county,
    prefecture: meta.prefecture,
    province: meta.province,
    doc_number: meta.doc_number.trim(),
    issuer: meta.issuer.trim(),
    signed: meta.signed,
    published: meta.published,
    source_site: meta.source_site.trim(),
    // Only a web address counts as an official URL; anything else is shown as unknown.
    official_url: /^https?:\/\/\S+$/.test(meta.source_url.trim()) ? meta.source_url.trim() : '',
    period_start: meta.period.start,
    period_end: meta.period.end,
    target_year: meta.period.end,
    page: planHref(meta.id),
    source_file: meta.source_file,
  };
}

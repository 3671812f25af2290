/**
 * The plan record: what content/plans/<county_code>-<women|children>.md holds in its frontmatter.
 * One schema serves the ingest (which writes it), the content collection (which validates it)
 * and the pages (which read it). Types are inferred, never written twice.
 */
import { z } from 'astro/zod';
import { PLAN_ID } from './id.ts';

export const PlanTypeSchema = z.enum(['women', 'children']);
export type PlanType = z.output<typeof PlanTypeSchema>;

export const PLAN_TYPE_ZH: Record<PlanType, string> = { women: '妇女', children: '儿童' };

/** Level of a document in the template chain; `county` is an ordinary county plan. */
export const LevelSchema = z.enum(['national', 'province', 'prefecture', 'county']);

// YAML reads an unquoted 2023-05-31 as a date: accept that too and keep the ISO string.
const IsoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2023-05-31'),
);

/** What a curator knows about a raw source file: content/sources/<name>.yaml. */
export const SidecarSchema = z.object({
  /** County name as the plan gives it, e.g. 杏花岭区. */
  county: z.string().min(1),
  /** GB/T 2260 six-digit code, e.g. "140107". */
  county_code: z.string().regex(/^\d{6}$/, 'six digits (GB/T 2260 codes look like 140107)'),
  province: z.string().min(1),
  prefecture: z.string().min(1),
  /** Which plans the file holds. */
  plans: z.array(PlanTypeSchema).min(1),
  /**
   * A display title per plan, only where text extraction damaged the printed one (威宁's
   * "威宁自治县儿童发展规划20212025年)"): the printed title stays in the plan file as printed_title.
   */
  titles: z.object({ women: z.string().min(1).optional(), children: z.string().min(1).optional() }).strict().default({}),
  /** national | province | prefecture for a template document; county (default) otherwise. */
  level: LevelSchema.default('county'),
  issuer: z.string().default(''),
  doc_number: z.string().default(''),
  signed: IsoDate.or(z.literal('')).default(''),
  published: IsoDate.or(z.literal('')).default(''),
  /** The site the file was taken from, as that site names itself. */
  source_site: z.string().default(''),
  /** Official URL; empty where unknown (never invented). */
  source_url: z.string().default(''),
  /** Free-text curator notes (shown on the county page). */
  notes: z.string().default(''),
});
export type Sidecar = z.output<typeof SidecarSchema>;

/** One document in the chain a plan says it was written from, nearest level last. */
export const TemplateRefSchema = z.object({
  title: z.string(),
  level: LevelSchema.or(z.literal('unknown')),
});

/** The 印发通知 a plan was issued with (shared by the two plans of one file). */
export const NoticeSchema = z.object({
  title: z.string(),
  doc_number: z.string(),
  /** Full text of the notice, paragraphs separated by a blank line. */
  text: z.string(),
});

export const PlanFrontmatterSchema = SidecarSchema.omit({ plans: true, titles: true }).extend({
  /** "<county_code>-<plan_type>", the plan's id everywhere on the site. */
  id: z.string().regex(PLAN_ID, 'a plan id such as 140107-women'),
  plan_type: PlanTypeSchema,
  /** Title as the plan states it, e.g. 盐湖区妇女发展“十四五”规划; the curator's display title where the sidecar gives one. */
  title: z.string().min(1),
  /** The title as printed, where the sidecar's display title replaces it (extraction damaged it). */
  printed_title: z.string().min(1).optional(),
  period: z.object({ start: z.number().int(), end: z.number().int() }),
  templates: z.array(TemplateRefSchema),
  notice: NoticeSchema.nullable(),
  /** Raw file under content/sources/ the plan was ingested from. */
  source_file: z.string(),
  /** sha256 of the generated file body+frontmatter (minus this field): tells a hand edit apart. */
  generated_hash: z.string(),
  /** Disagreements between the sidecar and what the text itself states. */
  warnings: z.array(z.string()).default([]),
});
export type PlanFrontmatter = z.output<typeof PlanFrontmatterSchema>;

/** One heading, paragraph or table of a plan's body, as markdownToBlocks reads it. */
export const BlockSchema = z.object({
  /** Permalink anchor, unique within the plan, stable across rebuilds. */
  id: z.string(),
  kind: z.enum(['heading', 'paragraph', 'table']),
  /** 2, 3 or 4 for headings; 0 otherwise. */
  depth: z.number().int(),
  /** Plain text; for a table, its rows joined by newlines and cells by tabs. */
  text: z.string(),
  /** Table cells, header row first; empty for other kinds. */
  rows: z.array(z.array(z.string())),
  /** Ids of the body rows (rows[1..]); empty for other kinds. */
  rowIds: z.array(z.string()),
  /** Ids of the enclosing headings, outermost first (a heading lists itself last). */
  path: z.array(z.string()),
  /** The domain (领域) the block belongs to, e.g. 妇女与健康; null outside the domain sections. */
  domain: z.string().nullable(),
  /** Whether the block sits under 主要目标 (goal), 策略措施 (measure), or elsewhere. */
  role: z.enum(['goal', 'measure', 'other']),
}).strict();

/** A plan in a list (/data/plan-list/<type>.json, /data/compare-index.json): enough to name and link it. */
export const PlanListingSchema = PlanFrontmatterSchema.pick({ id: true, plan_type: true, county: true, province: true }).strict();

/** /data/plan-list/<type>.json: every plan of one type, the other references a diff page offers. */
export const PlanListSchema = z.object({ plans: z.array(PlanListingSchema.omit({ plan_type: true })) }).strict();

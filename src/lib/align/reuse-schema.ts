/**
 * The published alignment record: /data/reuse.json holds one per plan.
 * Each field is documented here; types are inferred from the schemas.
 */
import { z } from 'astro/zod';
import { PLAN_ID } from '../plan/id.ts';

export const ClauseStatusSchema = z.enum(['identical', 'modified', 'original', 'omitted']);
export type ClauseStatus = z.output<typeof ClauseStatusSchema>;

export const ReferenceKindSchema = z.enum(['template', 'reconstructed', 'plan']);
export type ReferenceKind = z.output<typeof ReferenceKindSchema>;

export const NumberChangeSchema = z.object({
  /** The number as the reference writes it, with its unit, e.g. "5.0‰". */
  from: z.string(),
  /** The number the plan puts in its place, e.g. "6.5‰". */
  to: z.string(),
});

export const ReuseSummarySchema = z.object({
  /** Visible characters of the plan's clauses that are identical to the reference (after normalization). */
  identical_chars: z.number().int().nonnegative(),
  /** Characters of clauses that are the reference's clause, edited. */
  modified_chars: z.number().int().nonnegative(),
  /** Characters of clauses with no counterpart in the reference: the county's own text. */
  original_chars: z.number().int().nonnegative(),
  /** Reference clauses the plan does not have. */
  omitted_clauses: z.number().int().nonnegative(),
  /** Numbers replaced in modified clauses, counted one by one. */
  numbers_changed: z.number().int().nonnegative(),
});
export type ReuseSummary = z.output<typeof ReuseSummarySchema>;

export const ReuseClauseSchema = z.object({
  /**
   * Permalink in the plan (block id, or row id for a table row). For an omitted clause: the
   * plan clause it belongs after, or "" when it belongs before the first one.
   */
  anchor: z.string(),
  status: ClauseStatusSchema,
  /**
   * The counterpart in the reference: a block or row id for a template or plan reference, a
   * cluster id (see /clauses/) for the reconstructed one; null for an original clause.
   */
  reference_anchor: z.string().nullable(),
  /** 2 × shared characters / both lengths, after normalization: 1 identical, 0 no counterpart. */
  similarity: z.number().min(0).max(1),
  numbers_changed: z.array(NumberChangeSchema),
  /**
   * "merged": the plan paragraph `anchor` holds several reference clauses, one entry each (the
   * same anchor repeats); "split": the reference clause is spread over several plan paragraphs,
   * one entry each (the same reference_anchor repeats). Null for a one-to-one match.
   */
  part: z.enum(['merged', 'split']).nullable(),
});

export const ReuseSchema = z.object({
  /** "<county_code>-<type>". */
  plan: z.string().regex(PLAN_ID),
  reference: z.object({
    kind: ReferenceKindSchema,
    /** A plan id for template and plan references; "common-<type>" for the reconstructed one. */
    id: z.string(),
  }),
  summary: ReuseSummarySchema,
  /** The plan's clauses in document order, omitted reference clauses in their place. */
  clauses: z.array(ReuseClauseSchema),
});
export type Reuse = z.output<typeof ReuseSchema>;
export type ReuseClause = z.output<typeof ReuseClauseSchema>;

export const EditSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  /** For equal and insert: the plan's wording; for delete: the reference's. */
  text: z.string(),
});

/** One plan's wording of a shared clause in the clause explorer. */
/** A table row's cell under its column's header, in the table's own column order. */
const RowCellSchema = z.object({ head: z.string(), text: z.string() });

export const ClauseVariantSchema = z.object({
  plan: z.string(),
  anchor: z.string(),
  text: z.string(),
  /** For a table row: its cells in its table's own column order (the 序号 column left out); null for a paragraph. */
  cells: z.array(RowCellSchema).nullable(),
  status: z.enum(['identical', 'modified']),
  similarity: z.number().min(0).max(1),
  /** Edits from the common wording to this plan's. */
  edits: z.array(EditSchema),
  numbers_changed: z.array(NumberChangeSchema),
});

/** A clause many plans share: the /clauses/ explorer lists these, most widely reused first. */
export const ClauseClusterSchema = z.object({
  /** Hash of the common wording's normalized text: the same wording keeps the same id. */
  id: z.string().regex(/^c[0-9a-f]{10}$/),
  plan_type: z.enum(['women', 'children']),
  kind: z.enum(['paragraph', 'row']),
  /** The domain most of its plans put it under (null outside the domain sections). */
  domain: z.string().nullable(),
  role: z.enum(['goal', 'measure', 'other']),
  /** The common wording, place names written as ××; for a row, its cells (indicator and target first) joined by " | ". */
  common: z.string(),
  /** For a row: the common wording's cells in its table's own column order; null for a paragraph. */
  cells: z.array(RowCellSchema).nullable(),
  /** The common wording as a reader reads it: a paragraph's text, or a row in its table's column order (2020：4.7　2025：2.8). */
  reading: z.string(),
  /** How many plans have it. */
  plans: z.number().int().positive(),
  variants: z.array(ClauseVariantSchema),
});
export type ClauseClusterRecord = z.output<typeof ClauseClusterSchema>;

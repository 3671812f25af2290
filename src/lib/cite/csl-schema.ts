/**
 * The CSL-JSON item /data/cite/<id>.json publishes, as the CSL 1.0.2 input schema
 * (citation-style-language/schema, csl-data.json) defines the fields it uses: `type` from the
 * schema's list, names as {literal}, dates as {"date-parts": [[y, m, d]]}, every other field a
 * string. Strict, as the schema is (additionalProperties: false).
 */
import { z } from 'astro/zod';

const CslDate = z.object({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) }).strict();
const CslName = z.object({ literal: z.string().min(1) }).strict();

export const CslItemSchema = z.object({
  id: z.string().min(1),
  type: z.literal('report'),
  title: z.string().min(1),
  genre: z.string(),
  language: z.string(),
  URL: z.string().url(),
  author: z.array(CslName).optional(),
  publisher: z.string().optional(),
  number: z.string().optional(),
  issued: CslDate.optional(),
  note: z.string().optional(),
}).strict();

export const CslDataSchema = z.array(CslItemSchema).min(1);

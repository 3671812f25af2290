/**
 * What alignment reads of a plan: the record /data/align/<id>.json publishes for the diff page's
 * comparison in the browser, and what the build's derived data is keyed by (alignInputOf).
 */
import { z } from 'astro/zod';
import { BlockSchema, PlanFrontmatterSchema } from '../plan/schema.ts';

export const AlignPlanInputSchema = PlanFrontmatterSchema.pick({
  id: true, plan_type: true, title: true, level: true, county: true, prefecture: true, province: true, templates: true,
}).extend({ blocks: z.array(BlockSchema).readonly() }).strict();

export type AlignPlanInput = z.output<typeof AlignPlanInputSchema>;

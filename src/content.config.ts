import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PlanFrontmatterSchema } from './lib/plan/schema.ts';

/**
 * One entry per plan file written by `npm run ingest` (content/plans/<county_code>-<type>.md).
 * PLANS_DIR points the build at another corpus (the benchmark's synthetic ones).
 */
const plans = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.PLANS_DIR ?? './content/plans' }),
  schema: PlanFrontmatterSchema,
});

export const collections = { plans };

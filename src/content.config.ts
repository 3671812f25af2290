import { defineCollection } from 'astro:content';
import { PlanFrontmatterSchema } from './lib/plan/schema.ts';
import { planFilesLoader } from './lib/plan/plan-loader-fs.ts';

/**
 * One entry per plan file written by `npm run ingest` (content/plans/<county_code>-<type>.md).
 * PLANS_DIR points the build at another corpus (the benchmark's synthetic ones).
 */
const plans = defineCollection({
  loader: planFilesLoader(process.env.PLANS_DIR ?? './content/plans'),
  schema: PlanFrontmatterSchema,
});

export const collections = { plans };

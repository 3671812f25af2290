/**
 * The only place plan content is read from the collection. Everything derived from a plan
 * (blocks, counties, provinces) is computed once per build and shared by every page.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { readPlanFile } from '../lib/plan/plan-files-fs.ts';
import { markdownToBlocks, type Block } from '../lib/plan/blocks.ts';
import type { PlanFrontmatter, PlanType } from '../lib/plan/schema.ts';
import { groupCounties, type County } from '../lib/plan/counties.ts';

export interface Plan {
  id: string;
  meta: PlanFrontmatter;
  blocks: Block[];
}

let plansPromise: Promise<Plan[]> | undefined;

/** All plans, ordered by county code (so provinces follow GB/T 2260 order), women before children. */
export function getPlans(): Promise<Plan[]> {
  plansPromise ??= (async () => {
    const entries = await getCollection('plans');
    const plans = entries.map((entry) => {
      try {
        // The collection holds front matter only (plan-loader-fs.ts): the text is read from the file.
        if (!entry.filePath) throw new Error('the plan has no file path in the content store');
        return { id: entry.data.id, meta: entry.data, blocks: markdownToBlocks(readPlanFile(resolve(entry.filePath)).body) };
      } catch (error) {
        throw new Error(`content/plans/${entry.id}.md: ${(error as Error).message}`);
      }
    });
    return plans.sort(comparePlans);
  })();
  return plansPromise;
}

const TYPE_ORDER: Record<PlanType, number> = { women: 0, children: 1 };

function comparePlans(a: Plan, b: Plan): number {
  return (
    a.meta.county_code.localeCompare(b.meta.county_code) ||
    TYPE_ORDER[a.meta.plan_type] - TYPE_ORDER[b.meta.plan_type]
  );
}

let byId: Promise<Map<string, Plan>> | undefined;

export async function getPlan(id: string): Promise<Plan> {
  byId ??= getPlans().then((plans) => new Map(plans.map((p) => [p.id, p])));
  const plan = (await byId).get(id);
  if (!plan) throw new Error(`no plan with id ${id}`);
  return plan;
}

let countiesPromise: Promise<County[]> | undefined;

/** Counties with their plans, ordered by province then code. */
export function getCounties(): Promise<County[]> {
  countiesPromise ??= getPlans().then((plans) => groupCounties(plans.map((p) => p.meta)));
  return countiesPromise;
}

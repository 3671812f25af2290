/**
 * Reads plan files (content/plans/*.md) into what extractTargets takes, outside Astro:
 * for scripts and tests. The site itself reads plans through its content collection.
 */
import { markdownToBlocks } from '../plan/blocks.ts';
import { parsePlanFile, type PlanFile } from '../plan/plan-file.ts';
import { readPlanFile as readFile, readPlanFolder as readFolder } from '../plan/plan-files-fs.ts';
import type { PlanForTargets } from './extract.ts';

function planForTargets({ frontmatter: fm, body }: PlanFile): PlanForTargets {
  const { id, county_code, county, province, plan_type, period } = fm;
  return { id, county_code, county, province, plan_type, period, blocks: markdownToBlocks(body) };
}

/** One plan file: its frontmatter fields extraction needs, and its blocks. */
export function readPlanFile(file: string): PlanForTargets {
  return planForTargets(readFile(file));
}

/** A plan file's text (frontmatter and body) as what extractTargets takes. */
export function planFromText(source: string, file: string): PlanForTargets {
  return planForTargets(parsePlanFile(source, file));
}

/** Every plan file of a folder, in file-name order. */
export function readPlanFolder(dir: string): PlanForTargets[] {
  return readFolder(dir).map(planForTargets);
}

/**
 * Reads plan files (content/plans/*.md) into what extractTargets takes, outside Astro:
 * for scripts and tests. The site itself reads plans through its content collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { markdownToBlocks } from '../plan/blocks.ts';
import type { PlanForTargets } from './extract.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** One plan file: its frontmatter fields extraction needs, and its blocks. */
export function readPlanFile(file: string): PlanForTargets {
  return planFromText(readFileSync(file, 'utf8'), file);
}

/** A plan file's text (frontmatter and body) as what extractTargets takes. */
export function planFromText(source: string, file: string): PlanForTargets {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new Error(`${file}: no YAML frontmatter (the file must start with ---)`);
  const fm = parse(m[1]!) as Record<string, unknown>;
  return {
    id: String(fm.id),
    county_code: String(fm.county_code),
    county: String(fm.county),
    province: String(fm.province),
    plan_type: fm.plan_type as PlanForTargets['plan_type'],
    period: fm.period as PlanForTargets['period'],
    blocks: markdownToBlocks(source.slice(m[0].length)),
  };
}

/** Every plan file of a folder, in file-name order. */
export function readPlanFolder(dir: string): PlanForTargets[] {
  return readdirSync(dir)
    .filter((f) => /^\d{6}-(women|children)\.md$/.test(f))
    .sort()
    .map((f) => readPlanFile(join(dir, f)));
}

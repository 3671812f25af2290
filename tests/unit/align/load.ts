/** Reads plan files (fixtures or content/plans) into alignment input. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';

export function planFromMarkdown(source: string): AlignPlanInput {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!m) throw new Error('a plan file starts with --- frontmatter ---');
  const fm = parse(m[1]!) as Omit<AlignPlanInput, 'blocks'>;
  return {
    id: fm.id, plan_type: fm.plan_type, title: fm.title, level: fm.level ?? 'county',
    county: fm.county, prefecture: fm.prefecture, province: fm.province, templates: fm.templates ?? [],
    blocks: markdownToBlocks(m[2]!),
  };
}

export function loadPlan(path: string): AlignPlanInput {
  return planFromMarkdown(readFileSync(path, 'utf8'));
}

export const FIXTURES = new URL('../../fixtures/align/', import.meta.url).pathname;

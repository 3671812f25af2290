/** Reads plan files (fixtures or content/plans) into alignment input. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { clauseTargetsOf } from '../../../src/lib/align/clause-targets.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { extractTargets } from '../../../src/lib/targets/extract.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
let dictionary: ReturnType<typeof readDictionary> | undefined;

/** The plan's targets by clause, as the build gives them to the alignment (content/indicators.yaml). */
export function withTargets(input: AlignPlanInput): AlignPlanInput {
  dictionary ??= readDictionary(ROOT);
  const fm = input as AlignPlanInput & { county_code?: string };
  const plan = { ...input, county_code: fm.county_code ?? input.id.slice(0, 6) };
  return { ...input, targets: clauseTargetsOf(extractTargets(plan, dictionary).targets) };
}

export function planFromMarkdown(source: string): AlignPlanInput {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!m) throw new Error('a plan file starts with --- frontmatter ---');
  const fm = parse(m[1]!) as Omit<AlignPlanInput, 'blocks'>;
  return withTargets({
    id: fm.id, plan_type: fm.plan_type, title: fm.title, level: fm.level ?? 'county',
    county: fm.county, prefecture: fm.prefecture, province: fm.province, templates: fm.templates ?? [],
    blocks: markdownToBlocks(m[2]!),
  });
}

export function loadPlan(path: string): AlignPlanInput {
  return planFromMarkdown(readFileSync(path, 'utf8'));
}

export const FIXTURES = new URL('../../fixtures/align/', import.meta.url).pathname;

/** Shared by the target tests: the real dictionary, fixture plans and small inline plans. */
import { join } from 'node:path';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { extractTargets, type PlanForTargets } from '../../../src/lib/targets/extract.ts';
import { createMatcher } from '../../../src/lib/targets/match.ts';
import { readPlanFile } from '../../../src/lib/targets/plans-fs.ts';

export const ROOT = new URL('../../..', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'tests/fixtures/targets');

export const dictionary = readDictionary(ROOT);
export const womenMatcher = createMatcher(dictionary, 'women');
export const childrenMatcher = createMatcher(dictionary, 'children');

export function fixturePlan(id: string): PlanForTargets {
  return readPlanFile(join(FIXTURES, `${id}.md`));
}

/** A plan made of one goal section, written as a plan body: for a sentence or a table under test. */
export function planFrom(planType: 'women' | 'children', body: string, id = `999999-${planType}`): PlanForTargets {
  const domain = planType === 'women' ? '妇女与健康' : '儿童与健康';
  const markdown = `## 二、主要目标和策略措施 {#s2}\n\n### （一）${domain} {#s2-1}\n\n#### 主要目标 {#s2-1-goals}\n\n${body}\n`;
  return { id, county_code: '999999', county: '测试区', province: '测试省', plan_type: planType, blocks: markdownToBlocks(markdown) };
}

/** The targets of one goal paragraph, as [indicator, comparator, value] triples. */
export function triples(planType: 'women' | 'children', sentence: string): [string | null, string, number | null][] {
  return extractTargets(planFrom(planType, `${sentence} {#s2-1-goals-1}`), dictionary).targets.map(({ target: t }) => [t.indicator, t.comparator, t.value]);
}

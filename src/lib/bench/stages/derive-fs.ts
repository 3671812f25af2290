/**
 * Child process: `node src/lib/bench/stages/derive-fs.ts <plansDir>` reads every plan and runs the
 * derived-data steps on it the way the build does (target extraction, clause alignment), then
 * prints one JSON line: {plans, readMs, extractMs, alignMs, notes}. A step whose library is not
 * in the tree yet is skipped with a note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { markdownToBlocks } from '../../plan/blocks.ts';
import { PlanFrontmatterSchema } from '../../plan/schema.ts';
import { deriveSteps, type DerivePlan } from './derive-steps.ts';

const plansDir = process.argv[2];
if (!plansDir) throw new Error('usage: derive-fs.ts <plansDir>');

const started = performance.now();
const plans: DerivePlan[] = [];
for (const name of readdirSync(plansDir).filter((n) => n.endsWith('.md')).sort()) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(join(plansDir, name), 'utf8'));
  if (!match) throw new Error(`${name}: no frontmatter`);
  plans.push({ meta: PlanFrontmatterSchema.parse(parseYaml(match[1]!)), body: match[2]!, blocks: markdownToBlocks(match[2]!) });
}
const readMs = performance.now() - started;

const result: Record<string, unknown> = { plans: plans.length, readMs, notes: [] as string[] };
for (const step of await deriveSteps()) {
  if ('missing' in step) {
    (result.notes as string[]).push(step.missing);
    continue;
  }
  const t = performance.now();
  Object.assign(result, await step.run(plans));
  result[`${step.name}Ms`] = performance.now() - t;
}
console.log(JSON.stringify(result));

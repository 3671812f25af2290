/**
 * Child process: `node src/lib/bench/stages/derive-fs.ts <plansDir>` reads every plan and runs the
 * derived-data steps on it the way the build does (target extraction, clause alignment), then
 * prints one JSON line: {plans, readMs, extractMs, alignMs, notes}. A step whose library is not
 * in the tree yet is skipped with a note.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToBlocks, type Block } from '../../plan/blocks.ts';
import { deriveSteps } from './derive-steps.ts';

const plansDir = process.argv[2];
if (!plansDir) throw new Error('usage: derive-fs.ts <plansDir>');

const started = performance.now();
const plans: { id: string; body: string; blocks: Block[] }[] = [];
for (const name of readdirSync(plansDir).filter((n) => n.endsWith('.md')).sort()) {
  const text = readFileSync(join(plansDir, name), 'utf8');
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  plans.push({ id: name.replace(/\.md$/, ''), body, blocks: markdownToBlocks(body) });
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

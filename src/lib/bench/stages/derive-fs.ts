/**
 * Child process: `node src/lib/bench/stages/derive-fs.ts <plansDir>` reads every plan and derives
 * its data the way the build does (derive-steps.ts: target extraction, then alignment), then
 * prints one JSON line: {plans, readMs, extractMs, alignMs, targets, alignedClauses, clusters}.
 */
import { markdownToBlocks } from '../../plan/blocks.ts';
import { PlanFileError } from '../../plan/plan-file.ts';
import { readPlanFolder } from '../../plan/plan-files-fs.ts';
import { readDictionary } from '../../targets/dictionary-fs.ts';
import { alignAll, extractAll, type DerivePlan } from './derive-steps.ts';

const plansDir = process.argv[2];
if (!plansDir) throw new Error('usage: derive-fs.ts <plansDir>');

function readPlans(dir: string): DerivePlan[] {
  try {
    return readPlanFolder(dir).map(({ frontmatter, body }) => ({ meta: frontmatter, blocks: markdownToBlocks(body) }));
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

let t = performance.now();
const plans = readPlans(plansDir);
const readMs = performance.now() - t;

t = performance.now();
const extracted = extractAll(plans, readDictionary());
const extractMs = performance.now() - t;

t = performance.now();
const aligned = alignAll(plans);
const alignMs = performance.now() - t;

console.log(JSON.stringify({ plans: plans.length, readMs, extractMs, alignMs, ...extracted, ...aligned }));

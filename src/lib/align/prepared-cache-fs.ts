/**
 * Disk cache of prepared plans, keyed by a hash of what the plan was prepared from.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePlan, type AlignPlanInput, type PreparedPlan } from './prepare.ts';
import { deserializePlan, PREPARED_FORMAT, serializePlan, type SerializedPlan } from './prepared-cache.ts';

/** Content hash of an input: any change to its text, names or blocks gives a new entry. */
export function inputHash(input: AlignPlanInput): string {
  return createHash('sha256').update(`${PREPARED_FORMAT}\u0000${JSON.stringify(input)}`).digest('hex').slice(0, 24);
}

/** Prepares a plan, reading and writing `dir/<hash>.json`. A missing or stale entry is rebuilt. */
export function preparePlanCached(input: AlignPlanInput, dir: string): PreparedPlan {
  const file = join(dir, `${inputHash(input)}.json`);
  try {
    const cached = deserializePlan(JSON.parse(readFileSync(file, 'utf8')) as SerializedPlan);
    if (cached) return cached;
  } catch {
    // No entry yet, or an unreadable one: prepare afresh below.
  }
  const plan = preparePlan(input);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(serializePlan(plan)));
  return plan;
}

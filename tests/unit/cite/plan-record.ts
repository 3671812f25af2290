/** A real plan's record, read from its generated file (content/plans/<id>.md) the way the site reads it. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PlanFrontmatterSchema } from '../../../src/lib/plan/schema.ts';
import { planToRecord, type PlanRecord } from '../../../src/lib/data/plan-record.ts';

export function realPlanRecord(id: string): PlanRecord {
  const text = readFileSync(`content/plans/${id}.md`, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!frontmatter) throw new Error(`content/plans/${id}.md: no frontmatter`);
  return planToRecord(PlanFrontmatterSchema.parse(parse(frontmatter[1]!)));
}

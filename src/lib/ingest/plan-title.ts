/**
 * A plan's title as the text states it. 004 quotes the plan without its title line; the page
 * that quotes it names the plan (《伊州区儿童发展规划(2021-2025年)》), and that is used instead.
 */
import type { PlanType } from '../plan/schema.ts';
import { planTypeOfTitle } from './split.ts';

/** The first 《…》 anywhere in the source that is a title of this plan type, preferring one naming the county. */
export function quotedPlanTitle(lines: readonly string[], type: PlanType, county: string): string | null {
  const candidates: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(/《([^《》]{2,50})》/g)) {
      if (planTypeOfTitle(m[1]!) === type) candidates.push(m[1]!.trim());
    }
  }
  return candidates.find((t) => county !== '' && t.startsWith(county)) ?? null;
}

/**
 * A plan's id and its address on the site. The id is "<county_code>-<plan_type>" (140107-women):
 * the plan file's name, the page's path and the key of every derived record. No zod here, so the
 * browser scripts can import it.
 */
import type { PlanType } from './schema.ts';

/** The one id pattern: six GB/T 2260 digits, a hyphen, women or children. */
export const PLAN_ID_SOURCE = '\\d{6}-(?:women|children)';
export const PLAN_ID = new RegExp(`^${PLAN_ID_SOURCE}$`);

export function isPlanId(id: string): boolean {
  return PLAN_ID.test(id);
}

export function planIdOf(countyCode: string, planType: PlanType): string {
  return `${countyCode}-${planType}`;
}

/** The plan's page, or one paragraph, table or row of it: /plans/140107-women/#s3-1-goals-1. */
export function planHref(id: string, anchor?: string): string {
  return anchor === undefined ? `/plans/${id}/` : `/plans/${id}/#${anchor}`;
}

/** The plan's clause-by-clause comparison with its reference. */
export function planDiffHref(id: string): string {
  return `/plans/${id}/diff/`;
}

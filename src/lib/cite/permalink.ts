import { planHref } from '../plan/id.ts';
import { SITE_ORIGIN } from './config.ts';

/** The absolute permalink of a plan page, or of one paragraph of it. */
export function planPermalink(planId: string, anchor?: string): string {
  return `${SITE_ORIGIN}${planHref(planId, anchor || undefined)}`;
}

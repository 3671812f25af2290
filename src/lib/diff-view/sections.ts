/**
 * The diff view's sections: each domain and role under one heading. The alignment lists clauses
 * in document order, and a clause the plan lacks, or a plan's summary table of indicators, can
 * stand away from the rest of its domain; split up like that, a domain's heading would appear
 * several times (140107-children's diff once had 59 headings for 15 sections).
 */
import type { AlignedClause } from '../align/classify.ts';
import { groupIntoSections, type ClauseSection } from '../align/present.ts';

const BEFORE_DOMAINS = '各领域之前的部分（总体要求等）';
const AFTER_DOMAINS = '各领域之后的部分（组织实施等）';

/**
 * Sections in document order with each domain and role once: the clauses of one domain and role
 * are gathered, in document order, where most of the plan's own clauses of it are. Text outside
 * the domains is one section before them and one after.
 */
export function sectionsOnce(clauses: readonly AlignedClause[]): ClauseSection[] {
  const keyed = groupIntoSections(clauses).map((section) => ({
    section,
    key: section.domain ? `${section.domain}|${section.clauses[0]!.role}` : null,
    own: section.clauses.filter((c) => c.status !== 'omitted').length,
  }));
  const homeOf = (list: typeof keyed) => {
    const home = new Map<string, number>();
    list.forEach((k, i) => {
      const at = k.key === null ? undefined : home.get(k.key);
      if (k.key !== null && (at === undefined || k.own > list[at]!.own)) home.set(k.key, i);
    });
    return home;
  };
  // Text outside the domains goes before them or after them, by where the domains' own sections begin.
  const firstDomain = Math.min(...homeOf(keyed).values());
  const all = keyed.map((k, i) => k.key !== null ? k : i < firstDomain
    ? { ...k, key: '|before', section: { ...k.section, title: BEFORE_DOMAINS } }
    : { ...k, key: '|after', section: { ...k.section, title: AFTER_DOMAINS } });
  const home = homeOf(all);
  return all.flatMap((k, i) => {
    if (home.get(k.key!) !== i) return [];
    return [{ ...k.section, clauses: all.filter((o) => o.key === k.key).flatMap((o) => o.section.clauses) }];
  });
}

/**
 * Totals of an alignment, for the whole plan and per domain (the reuse chart).
 */
import type { AlignedClause } from './classify.ts';
import type { ReuseSummary } from './reuse-schema.ts';

export function summarize(clauses: readonly Pick<AlignedClause, 'status' | 'chars' | 'numbers_changed'>[]): ReuseSummary {
  const s: ReuseSummary = { identical_chars: 0, modified_chars: 0, original_chars: 0, omitted_clauses: 0, numbers_changed: 0 };
  for (const c of clauses) {
    if (c.status === 'identical') s.identical_chars += c.chars;
    else if (c.status === 'modified') s.modified_chars += c.chars;
    else if (c.status === 'original') s.original_chars += c.chars;
    else s.omitted_clauses++;
    s.numbers_changed += c.numbers_changed.length;
  }
  return s;
}

export interface DomainSummary {
  /** e.g. 儿童与健康; null for text outside the domain sections. */
  domain: string | null;
  summary: ReuseSummary;
}

/** One summary per domain, in the order the domains first appear. */
export function summarizeByDomain(clauses: readonly AlignedClause[]): DomainSummary[] {
  const groups = new Map<string | null, AlignedClause[]>();
  for (const c of clauses) {
    const list = groups.get(c.domain) ?? [];
    list.push(c);
    groups.set(c.domain, list);
  }
  return [...groups.entries()].map(([domain, list]) => ({ domain, summary: summarize(list) }));
}

/** Shares of the plan's text, 0..1, for display. */
export function shares(s: ReuseSummary): { identical: number; modified: number; original: number } {
  const total = s.identical_chars + s.modified_chars + s.original_chars;
  if (!total) return { identical: 0, modified: 0, original: 0 };
  return { identical: s.identical_chars / total, modified: s.modified_chars / total, original: s.original_chars / total };
}

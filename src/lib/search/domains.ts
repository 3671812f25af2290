/**
 * The 领域 the search filter offers: the national outlines' 8 domains for women's plans and 7 for
 * children's. Plans name their sections their own way (妇女与决策管理, 儿童与法律); the curator's
 * dictionary, content/search-domains.yaml, maps each such heading to a national domain.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { WOMEN_DOMAINS, CHILDREN_DOMAINS } from '../targets/dictionary.ts';
import type { PlanType } from '../plan/schema.ts';

/** content/search-domains.yaml: a plan's own heading → the national domain, per plan type. */
export const DomainDictionarySchema = z.object({
  women: z.record(z.string().min(1), z.enum(WOMEN_DOMAINS)),
  children: z.record(z.string().min(1), z.enum(CHILDREN_DOMAINS)),
}).strict();
export type DomainDictionary = z.output<typeof DomainDictionarySchema>;

export class DomainDictionaryError extends Error {}

/** The dictionary's text → the dictionary, or one line naming the file and what is wrong. */
export function parseDomainDictionary(text: string, file: string): DomainDictionary {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new DomainDictionaryError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const result = DomainDictionarySchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.join(' › ') || 'the file';
  const allowed = issue.path[0] === 'children' ? CHILDREN_DOMAINS : WOMEN_DOMAINS;
  throw new DomainDictionaryError(`${file}: ${where}: ${issue.message}; a heading maps to one of ${allowed.join('、')}`);
}

/** The national domains of a plan type, in the outline's order: what the filter offers. */
export function canonicalDomains(planType: PlanType): readonly string[] {
  return planType === 'women' ? WOMEN_DOMAINS : CHILDREN_DOMAINS;
}

/** A plan's own domain heading → its national domain; null when the dictionary lacks it. */
export function canonicalDomain(dictionary: DomainDictionary, planType: PlanType, heading: string): string | null {
  return dictionary[planType][heading] ?? null;
}

/** A plan's own domain headings → their national domains, for the headings the dictionary maps. */
export function planDomainAliases(dictionary: DomainDictionary, planType: PlanType, headings: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of headings) {
    const d = canonicalDomain(dictionary, planType, h);
    if (d) out[h] = d;
  }
  return out;
}

/** Every heading → national domain, both plan types (headings differ between them: 妇女与… / 儿童与…). */
export function domainAliases(dictionary: DomainDictionary): Record<string, string> {
  return { ...dictionary.women, ...dictionary.children };
}

export { isInCanonicalDomain } from './domain-match.ts';

/** A plan's domain heading that content/search-domains.yaml does not map: an ingest report entry. */
export interface UnmappedDomain {
  plan: string;
  heading: string;
  reason: string;
}

/**
 * The domain headings of these plans that the dictionary lacks, each with the reason a curator
 * reads in content/ingest-report.json: until it is added, the 领域 filter cannot find the plan's
 * paragraphs under any national domain.
 */
export function unmappedDomains(dictionary: DomainDictionary, plans: readonly { id: string; planType: PlanType; headings: readonly string[] }[]): UnmappedDomain[] {
  return plans.flatMap(({ id, planType, headings }) => [...new Set(headings)].filter((h) => !canonicalDomain(dictionary, planType, h)).map((heading) => ({
    plan: id,
    heading,
    reason: `content/search-domains.yaml maps no ${planType} heading 「${heading}」 to a national domain, so the search's 领域 filter does not find this section; add it under ${planType}: with one of ${canonicalDomains(planType).join('、')}`,
  })));
}

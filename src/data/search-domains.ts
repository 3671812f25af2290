/**
 * The search filter's 领域, read once per build: each plan's own domain headings mapped to the
 * national domains (content/search-domains.yaml). A heading the dictionary lacks is reported by
 * the ingest (content/ingest-report.json, unmapped_domains); here that plan is filtered under its
 * own wording until a curator adds it.
 */
import { readDomainDictionary } from '../lib/search/domains-fs.ts';
import { canonicalDomain, domainAliases, planDomainAliases, type DomainDictionary } from '../lib/search/domains.ts';
import { planDomains } from '../lib/plan/toc.ts';
import { getPlans } from './plans.ts';

let loaded: Promise<{
  dictionary: DomainDictionary; byPlan: Map<string, string[]>; aliases: Record<string, string>;
  /** Per plan: its own domain headings → national domains (what alignment compares domains by). */
  aliasesByPlan: Map<string, Record<string, string>>;
}> | undefined;

export function getSearchDomains() {
  loaded ??= (async () => {
    const dictionary = readDomainDictionary();
    const byPlan = new Map<string, string[]>();
    const aliasesByPlan = new Map<string, Record<string, string>>();
    for (const plan of await getPlans()) {
      aliasesByPlan.set(plan.id, planDomainAliases(dictionary, plan.meta.plan_type, planDomains(plan.blocks)));
      const domains = planDomains(plan.blocks).map((heading) => canonicalDomain(dictionary, plan.meta.plan_type, heading) ?? heading);
      byPlan.set(plan.id, [...new Set(domains)]);
    }
    return { dictionary, byPlan, aliases: domainAliases(dictionary), aliasesByPlan };
  })();
  return loaded;
}

/** Reads content/search-domains.yaml (domains.ts parses and checks it). */
import { readFileSync } from 'node:fs';
import { parseDomainDictionary, unmappedDomains, DomainDictionaryError, type DomainDictionary, type UnmappedDomain } from './domains.ts';
import { parsePlanFile } from '../plan/plan-file.ts';
import { markdownToBlocks } from '../plan/blocks.ts';
import { planDomains } from '../plan/toc.ts';

export const DOMAIN_DICTIONARY_FILE = 'content/search-domains.yaml';

export function readDomainDictionary(file = DOMAIN_DICTIONARY_FILE): DomainDictionary {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DomainDictionaryError(`${file}: missing (the search filter's 领域 dictionary: a plan's own domain heading → the national domain)`);
  }
  return parseDomainDictionary(text, file);
}

/** One plan's domain headings the dictionary does not map (the plan as the ingest writes it), the dictionary read once. */
export function unmappedDomainsReader(file = DOMAIN_DICTIONARY_FILE): (plan: { id: string; content: string }) => UnmappedDomain[] {
  const dictionary = readDomainDictionary(file);
  return ({ id, content }) => {
    const plan = parsePlanFile(content, `${id}.md`);
    return unmappedDomains(dictionary, [{ id, planType: plan.frontmatter.plan_type, headings: planDomains(markdownToBlocks(plan.body)) }]);
  };
}

/** For the ingest report: the plans' domain headings the dictionary does not map (plans as the ingest writes them). */
export function findUnmappedDomains(plans: readonly { id: string; content: string }[], file = DOMAIN_DICTIONARY_FILE): UnmappedDomain[] {
  return plans.flatMap(unmappedDomainsReader(file));
}

/** Reads content/search-domains.yaml (domains.ts parses and checks it). */
import { readFileSync } from 'node:fs';
import { parseDomainDictionary, DomainDictionaryError, type DomainDictionary } from './domains.ts';

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

/**
 * What a reader typed → what is searched. Pagefind is asked for each piece as an exact phrase
 * (a bare 儿童之家 would also match 儿童 … 之家 anywhere in a plan), and a plan must hold every
 * term; the terms are then checked literally against the text before a result is shown.
 */
import { toSimplified } from './t2s.ts';
import { INDEX_OPTIONS } from './facets.ts';

/** Longer input is cut: no plan sentence worth finding is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 64;
/** At most this many space-separated terms are kept. */
export const MAX_TERMS = 6;

export interface SearchQuery {
  /** The query as searched: full-width folded, simplified, one space between terms. */
  text: string;
  /** Space-separated terms, each of which a result must contain literally. */
  terms: string[];
  /** What Pagefind is asked, one exact-phrase search per piece (a term split at punctuation). */
  pieces: string[];
}

const KEPT = new Set(INDEX_OPTIONS.includeCharacters);
const isWordChar = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c) || KEPT.has(c);

/** Folds a string the way both query and plan text are compared: NFKC, lower case, no spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/gu, '');
}

export function normalizeQuery(raw: string): SearchQuery {
  const joined = toSimplified(raw.slice(0, MAX_QUERY_CHARS * 4).normalize('NFKC'))
    .replace(/[\p{C}]/gu, ' ')
    .split(/\s+/u)
    // A term is kept only if it holds something searchable: "。。。" or "<>" alone is dropped.
    .filter((t) => [...t].some((c) => isWordChar(c) && !KEPT.has(c)))
    .slice(0, MAX_TERMS)
    .join(' ');
  const text = [...joined].slice(0, MAX_QUERY_CHARS).join('').trim();
  const terms = text ? text.split(' ').map((t) => t.toLowerCase()) : [];
  const pieces = [...new Set(terms.flatMap(splitAtPunctuation))];
  return { text, terms, pieces };
}

/** Pagefind drops punctuation from a query, which breaks phrase matching across it: search the parts. */
function splitAtPunctuation(term: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const c of term) {
    if (isWordChar(c)) current += c;
    else {
      parts.push(current);
      current = '';
    }
  }
  parts.push(current);
  return parts.filter((p) => [...p].some((c) => !KEPT.has(c)));
}

/** Whether a text holds every term (both sides folded alike). */
export function holdsEveryTerm(text: string, terms: readonly string[]): boolean {
  const folded = foldForSearch(text);
  return terms.every((t) => folded.includes(foldForSearch(t)));
}

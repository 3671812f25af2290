/**
 * What a reader typed → what is searched. Each space-separated term is asked of the bigram
 * records (bigrams.ts) as an exact phrase, and a plan must hold every term; the terms are then
 * checked against the text (whitespace and punctuation ignored) before a result is shown.
 */
import { toSimplified } from './t2s.ts';
import { INDEX_OPTIONS } from './facets.ts';
import { bigramQuery, foldForSearch, needsWindowChoice } from './bigrams.ts';
import type { ChunkCosts } from './chunk-costs.ts';

export { foldForSearch };

/** Longer input is cut: no plan sentence worth finding is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 64;
/** At most this many space-separated terms are kept. */
export const MAX_TERMS = 6;

export interface SearchQuery {
  /** The query as searched: full-width folded, simplified, one space between terms. */
  text: string;
  /** Space-separated terms, each of which a result must contain literally. */
  terms: string[];
  /** What Pagefind is asked, one search per term (its bigrams, bigrams.ts). */
  pieces: string[];
}

const KEPT = new Set(INDEX_OPTIONS.includeCharacters);
const isWordChar = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c) || KEPT.has(c);

/**
 * `costs`: the index's table of large chunks (chunk-costs.ts), which picks the cheapest window of
 * a long term (bigramQuery; `loaded`: chunks the page has already downloaded); without it a long
 * term is asked by its opening pairs.
 */
export function normalizeQuery(raw: string, costs?: ChunkCosts, loaded?: ReadonlySet<string>): SearchQuery {
  const joined = toSimplified(raw.slice(0, MAX_QUERY_CHARS * 4).normalize('NFKC'))
    .replace(/[\p{C}]/gu, ' ')
    .split(/\s+/u)
    // A term is kept only if it holds something searchable: "。。。" or "<>" alone is dropped.
    .filter((t) => [...t].some((c) => isWordChar(c) && !KEPT.has(c)))
    .slice(0, MAX_TERMS)
    .join(' ');
  const text = [...joined].slice(0, MAX_QUERY_CHARS).join('').trim();
  const terms = text ? text.split(' ').map((t) => t.toLowerCase()) : [];
  const pieces = [...new Set(terms.flatMap((t) => bigramQuery(t, costs, loaded)))];
  return { text, terms, pieces };
}

/** Whether the query's phrases depend on the table of large index chunks (bigrams.ts needsWindowChoice). */
export function needsChunkCosts(query: SearchQuery): boolean {
  return query.terms.some(needsWindowChoice);
}

/** Whether a text holds every term (both sides folded alike). */
export function holdsEveryTerm(text: string, terms: readonly string[]): boolean {
  const folded = foldForSearch(text);
  return terms.every((t) => folded.includes(foldForSearch(t)));
}

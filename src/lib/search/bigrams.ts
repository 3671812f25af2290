/**
 * Substring search over Pagefind. Pagefind cuts Chinese into words (jieba when indexing, the
 * browser's Intl.Segmenter when searching), and the two disagree: 每千人口 is 每千人|口 in one
 * and 每千|人口 in the other, so a phrase the text holds is not found. Beside each plan page the
 * index therefore holds a record of the page's overlapping character bigrams (每千 千人 人口 …),
 * each written as a plain ASCII word no segmenter splits; a query becomes the same bigrams,
 * searched as one exact phrase: consecutive bigrams are consecutive characters, so a plan is found
 * exactly when its text holds the query (whitespace and punctuation ignored).
 */
import { INDEX_OPTIONS } from './facets.ts';

const KEPT = new Set(INDEX_OPTIONS.includeCharacters);

/** Whether a character counts for search: letters, digits, marks, and the kept ./% (4.5 is not 45). */
export function isSearchChar(c: string): boolean {
  return /[\p{L}\p{N}\p{M}]/u.test(c) || KEPT.has(c);
}

/**
 * Folds a string the way both the query and the plan text are compared: NFKC (full-width forms
 * and ⑴ become plain), lower case, whitespace and punctuation dropped.
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const c of text.normalize('NFKC').toLowerCase()) if (isSearchChar(c)) out += c;
  return out;
}

// Base 36 in three digits covers U+0000–U+B63F, every CJK unified ideograph included; anything
// above is written "_" + four digits (Pagefind keeps "_" inside a word), so tokens stay unambiguous.
const SHORT = 36 ** 3;
export function charCode(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp < SHORT ? cp.toString(36).padStart(3, '0') : `_${cp.toString(36).padStart(4, '0')}`;
}

/** The overlapping bigrams of an already folded text, as index words: 每千人口 → three words. */
export function bigramWords(folded: string): string[] {
  const chars = [...folded].map(charCode);
  const words: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
  return words;
}

/**
 * The bigram record of a page: each text segment (a paragraph, a table row, a metadata field)
 * on its own, so no bigram spans two segments and a phrase cannot match across them.
 */
export function bigramContent(segments: readonly string[]): string {
  return segments.map((s) => bigramWords(foldForSearch(s)).join(' ')).filter(Boolean).join(' \n ');
}

/** Most bigrams a term is searched by: each may cost Pagefind an index chunk to load. */
export const MAX_QUERY_BIGRAMS = 3;

/**
 * What Pagefind is asked for one term: its bigrams as an exact phrase; a single character as a
 * prefix (any bigram starting with it). A term longer than MAX_QUERY_BIGRAMS + 1 characters is
 * asked by a spread of its bigrams, not as a phrase: that finds every plan holding the term (and
 * perhaps a few more, which the literal check on the text then drops) at a bounded download.
 */
export function bigramQuery(term: string): string | null {
  const folded = foldForSearch(term);
  const chars = [...folded];
  if (chars.length === 0) return null;
  if (chars.length === 1) return charCode(chars[0]!);
  const words = bigramWords(folded);
  if (words.length <= MAX_QUERY_BIGRAMS) return `"${words.join(' ')}"`;
  const picked = new Set<string>();
  for (let k = 0; k < MAX_QUERY_BIGRAMS; k++) picked.add(words[Math.round((k * (words.length - 1)) / (MAX_QUERY_BIGRAMS - 1))]!);
  return [...picked].join(' ');
}

/** Whether bigramQuery asks for the term exactly (an exact phrase), so a plan it finds holds it. */
export function isExactQuery(term: string): boolean {
  const n = [...foldForSearch(term)].length;
  return n >= 2 && n - 1 <= MAX_QUERY_BIGRAMS;
}

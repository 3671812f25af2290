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
import { cheapestCheck, cheapestWindow, chunkOf, windowWords, type ChunkCosts } from './chunk-costs.ts';

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
 * The two runs of a page's bigram record (index-fs.ts writes them one after the other): in each
 * text segment (a paragraph, a table row, a metadata field), the bigrams starting at even offsets
 * (每千 人口 拥有 …) go into the first, those at odd offsets (千人 口拥 …) into the second. A string the text holds starts at an even or an odd offset,
 * so its non-overlapping bigrams stand next to each other in one of the two: a query of n
 * characters is asked as about n/2 words instead of n - 1, and each word may cost the reader an
 * index chunk (about 37 KB) to download. No bigram spans two segments.
 */
export function bigramContents(segments: readonly string[]): [even: string, odd: string] {
  const even: string[] = [];
  const odd: string[] = [];
  for (const segment of segments) {
    const words = bigramWords(foldForSearch(segment));
    if (words.length) even.push(words.filter((_, i) => i % 2 === 0).join(' '));
    if (words.length > 1) odd.push(words.filter((_, i) => i % 2 === 1).join(' '));
  }
  return [even.join(' \n '), odd.join(' \n ')];
}

/**
 * A page's bigram record, as index-fs.ts adds it: the even run, then the odd run. One record per
 * page rather than one per run, because every record is a page of the index, listed in the
 * metadata and the filters a first search downloads; each run stays whole, so a phrase found in
 * either is found in the record.
 */
export function bigramRecord(segments: readonly string[]): string {
  return bigramContents(segments).filter(Boolean).join(' \n ');
}

/**
 * Most words a term's phrase holds: each may cost an index chunk (about 37 KB, a common bigram's
 * up to 92 KB at 1,000 plans), and a reader's first search is to stay within 300 KB. Three pairs
 * make every term of up to six characters with an even count one exact phrase; a longer one is
 * narrowed by six of its characters, which few plans hold without holding the rest.
 */
export const MAX_QUERY_WORDS = 3;

/** Pairs a term's phrase holds: as many as it has, at most MAX_QUERY_WORDS. */
function phrasePairs(chars: number): number {
  return Math.min(MAX_QUERY_WORDS, Math.floor(chars / 2));
}

/**
 * Whether the term's phrase has a choice of window (chunk-costs.ts): a term longer than its
 * phrase can cover, or of an odd count of characters (from five on; three asks both its bigrams).
 * A term of two, four or six characters is asked whole, and needs no table.
 */
export function needsWindowChoice(term: string): boolean {
  const n = [...foldForSearch(term)].length;
  return n > 3 && n > 2 * phrasePairs(n);
}

/**
 * What Pagefind is asked for one term, as one or more searches whose plans are intersected: a
 * window of the term's non-overlapping bigrams as one exact phrase (found in the even or the odd
 * run of the record, bigramContents), at most MAX_QUERY_WORDS of them. Where the term is longer
 * than that, the window is the one whose index chunks cost least (`costs`, the shard's table of
 * large chunks, chunk-costs.ts; chunks already `loaded` by the page cost nothing), else the term's
 * opening pairs. For a term of three characters, its last bigram too (one pair alone would let
 * through every plan with 托位 for 托位数). A single character is a prefix (any bigram starting
 * with it). Whatever the phrase leaves out the literal check on each plan's text decides: every
 * plan holding the term holds every window of it, so none is missed.
 */
export function bigramQuery(term: string, costs?: ChunkCosts, loaded?: ReadonlySet<string>): string[] {
  const folded = foldForSearch(term);
  const chars = [...folded];
  if (chars.length === 0) return [];
  if (chars.length === 1) return [charCode(chars[0]!)];
  const words = bigramWords(folded);
  if (chars.length === 3) return [`"${words[0]!}"`, `"${words[1]!}"`];
  return [`"${windowWords(words, cheapestWindow(words, phrasePairs(chars.length), costs, loaded)).join(' ')}"`];
}

/**
 * What Pagefind is asked to learn whether any plan holds a term (a suggestion to a query that
 * found nothing), and whether a plan it finds holds the term without a check of its text. Where
 * chunks are large, a shorter window and a check of the first candidate's text may cost less than
 * the whole phrase (chunk-costs.ts cheapestCheck); without `costs` it is bigramQuery's phrase.
 */
export function bigramCheck(term: string, costs?: ChunkCosts, loaded?: ReadonlySet<string>): { pieces: string[]; exact: boolean } {
  const folded = foldForSearch(term);
  const chars = [...folded];
  if (chars.length < 4 || !costs) return { pieces: bigramQuery(term, costs, loaded), exact: isExactQuery(term) };
  const words = bigramWords(folded);
  const window = cheapestCheck(words, phrasePairs(chars.length), costs, loaded);
  return { pieces: [`"${windowWords(words, window).join(' ')}"`], exact: window.exact };
}

/** The index chunks the phrases of `pieces` download (chunk-costs.ts chunkOf ids): after a search, they cost nothing more. */
export function chunksAsked(pieces: readonly string[], costs: ChunkCosts): string[] {
  return pieces.filter((p) => p.startsWith('"')).flatMap((p) => p.slice(1, -1).split(' ').filter(Boolean).map((w) => chunkOf(w, costs).id));
}

/** Whether bigramQuery asks for the term exactly (one phrase covering it), so a plan it finds holds it. */
export function isExactQuery(term: string): boolean {
  const n = [...foldForSearch(term)].length;
  return n >= 2 && n % 2 === 0 && n / 2 <= MAX_QUERY_WORDS;
}

/**
 * What a word of a query costs the reader, and which window of a long term to ask for it.
 *
 * Pagefind keeps its words in index chunks by word order (about 35 KB gzip each); asking a word
 * downloads the chunk that holds it, once per page visit. A common bigram (妇女, 儿童, 发展, 服务)
 * has a posting in every plan with many positions, so its chunk is larger: 30–92 KB at 1,000
 * plans. At index time each shard writes the ranges of its large chunks (CHUNK_COSTS_FILE beside
 * its index, chunk-costs-fs.ts); the search page loads that table only for a term whose phrase
 * has a choice to make, and asks the window whose chunks cost least (choosePhrase).
 */

/** The table's file name, in each shard's directory (/pagefind/<shard>/). */
export const CHUNK_COSTS_FILE = 'chunk-costs.json';

/** A chunk counts as large, and is listed, from this many times the median chunk's bytes. */
export const LARGE_CHUNK = 1.5;

/** A shard's index chunks as the search page weighs them. */
export interface ChunkCosts {
  /** Bytes of the median index chunk: what a word outside every listed chunk costs. */
  median: number;
  /** Bytes of the median plan text (a fragment file): what checking one candidate costs. */
  fragment: number;
  /** The chunks of LARGE_CHUNK × median bytes or more, as [first word, last word, bytes], in word order. */
  large: [from: string, to: string, bytes: number][];
}

/** The large chunks of an index: `chunks` are Pagefind's [first word, last word, bytes], in word order. */
export function chunkCostTable(chunks: readonly [string, string, number][], fragmentBytes: readonly number[]): ChunkCosts {
  const median = medianOf(chunks.map(([, , bytes]) => bytes));
  return {
    median,
    fragment: medianOf(fragmentBytes),
    large: chunks.filter(([from, , bytes]) => bytes >= LARGE_CHUNK * median && mayHoldBigrams(from)).map(([from, to, bytes]) => [from, to, bytes]),
  };
}

/**
 * Whether a chunk starting at `from` can hold a bigram word (ASCII, bigrams.ts charCode): one
 * starting with a Chinese word holds only words of the page text, which a query never asks.
 * Leaving those out halves the table (1.9 → 1.1 KB gzip at 1,000 plans).
 */
function mayHoldBigrams(from: string): boolean {
  return from.charCodeAt(0) < 0x80;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
}

export class ChunkCostsError extends Error {}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Reads a table as the search page fetched it; anything else is refused with a sentence naming it. */
export function parseChunkCosts(json: unknown, source: string): ChunkCosts {
  const t = json as Partial<ChunkCosts> | null;
  const ok = t !== null && typeof t === 'object' && isCount(t.median) && isCount(t.fragment) && Array.isArray(t.large)
    && t.large.every((c) => Array.isArray(c) && c.length === 3 && typeof c[0] === 'string' && typeof c[1] === 'string' && isCount(c[2]));
  if (!ok) throw new ChunkCostsError(`${source}: not a table of index chunk sizes`);
  return t as ChunkCosts;
}

/**
 * The chunk a word is in, as an id (a listed chunk's first word, or the word itself: two words
 * outside the listed chunks are counted as two chunks), and its bytes. Pagefind compares words
 * as Rust strings, byte by byte; bigram words are ASCII, where JavaScript's order is the same.
 * Its metadata shortens a chunk's last word to a prefix (01d01a for 01d01a6c…), so a word that
 * starts with `to` is in the chunk too, as Pagefind's own lookup has it.
 */
export function chunkOf(word: string, costs: ChunkCosts): { id: string; bytes: number } {
  let lo = 0;
  let hi = costs.large.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to, bytes] = costs.large[mid]!;
    if (word < from) hi = mid - 1;
    else if (word > to && !word.startsWith(to)) lo = mid + 1;
    else return { id: `#${from}`, bytes };
  }
  return { id: word, bytes: costs.median };
}

/** A phrase of a term: `pairs` non-overlapping bigrams from character `start`. */
export interface Window {
  start: number;
  pairs: number;
}

/** The words of a window, from the term's overlapping bigrams (bigrams.ts bigramWords). */
export function windowWords(words: readonly string[], window: Window): string[] {
  return Array.from({ length: window.pairs }, (_, i) => words[window.start + 2 * i]!);
}

/** Bytes a window adds: the chunks of its words, each once, not counting chunks already `loaded`. */
export function windowBytes(words: readonly string[], window: Window, costs: ChunkCosts, loaded: ReadonlySet<string> = new Set()): number {
  const chunks = new Map(windowWords(words, window).map((w) => chunkOf(w, costs)).map((c) => [c.id, c.bytes]));
  let bytes = 0;
  for (const [id, b] of chunks) if (!loaded.has(id)) bytes += b;
  return bytes;
}

/**
 * The window of `pairs` bigrams whose chunks cost least (the earliest on a tie, so an index
 * without large chunks asks a term by its opening pairs). Every window of a term is consecutive
 * characters of it, found as one phrase in the even or the odd run of every record that holds
 * the term (bigrams.ts bigramContents): the choice changes what is downloaded, never what is found.
 */
export function cheapestWindow(words: readonly string[], pairs: number, costs: ChunkCosts | undefined, loaded?: ReadonlySet<string>): Window {
  let best: Window = { start: 0, pairs };
  if (!costs) return best;
  let bestBytes = Number.POSITIVE_INFINITY;
  for (let start = 0; start + 2 * (pairs - 1) < words.length; start++) {
    const bytes = windowBytes(words, { start, pairs }, costs, loaded);
    if (bytes < bestBytes) [best, bestBytes] = [{ start, pairs }, bytes];
  }
  return best;
}

/** One bigram alone (展规 of 妇女发展规划) is in nearly every plan: its first candidate would rarely hold the term. */
export const MIN_CHECK_PAIRS = 2;

/**
 * For a check that a term is found at all (a suggestion offered to a query that found nothing):
 * the window that costs least in all, counting a shorter, inexact phrase two plan texts to check
 * (its first candidate may not hold the term), and never shorter than MIN_CHECK_PAIRS. Chunks
 * already `loaded` by this page cost nothing, so 妇女发展规划 after 妇女儿童发展规划 reuses the
 * words that search downloaded.
 */
export function cheapestCheck(words: readonly string[], maxPairs: number, costs: ChunkCosts | undefined, loaded?: ReadonlySet<string>): Window & { exact: boolean } {
  const covers = (w: Window) => w.start === 0 && 2 * w.pairs === words.length + 1;
  const full = cheapestWindow(words, maxPairs, costs, loaded);
  if (!costs) return { ...full, exact: covers(full) };
  let best = { ...full, exact: covers(full) };
  let bestBytes = windowBytes(words, full, costs, loaded) + (best.exact ? 0 : 2 * costs.fragment);
  for (let pairs = MIN_CHECK_PAIRS; pairs < maxPairs; pairs++) {
    const w = cheapestWindow(words, pairs, costs, loaded);
    const bytes = windowBytes(words, w, costs, loaded) + 2 * costs.fragment;
    if (bytes < bestBytes) [best, bestBytes] = [{ ...w, exact: false }, bytes];
  }
  return best;
}

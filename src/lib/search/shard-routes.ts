/**
 * Which shards of the search index may hold a query, before any of them is searched. Each shard
 * lists the character bigrams and 4-grams of its plans' text segments (folded as the bigram
 * records are: bigrams.ts); the build writes, for each of them, which shards hold it, in
 * ROUTE_BUCKETS small files by a hash. The search page fetches the files of the query's grams
 * (every overlapping 4-gram of a term of four or more characters, else its bigrams) and searches
 * only the shards that hold every one: a plan holds a term only where each of the term's grams
 * stands in one segment of it, so a shard left out holds no result. A 文号, a county's name, a
 * typo, or words no plan writes together (妇女儿童发展规划: every bigram common, 女儿童发 nowhere)
 * are then searched in the one shard, or none, that may hold them instead of in every shard; a
 * common word still needs them all.
 */
import { bigramWords, charCode, foldForSearch } from './bigrams.ts';

/** Files the table is split into (/pagefind/routes/<n>.json); a query of n characters fetches at most n - 1. */
export const ROUTE_BUCKETS = 1024;

/** Characters of the longer grams: a term this long or longer is routed by them. */
const LONG_GRAM = 4;

/** Where the table is served, beside the shards (shards.ts SEARCH_ROOT). */
export const ROUTES_DIR = 'routes';

/** One file of the table: the shards in the page's order, and each bigram's shards as a hex bit mask (bit i: shards[i]). */
export interface RouteBucket {
  shards: string[];
  words: Record<string, string>;
}

/** The file a bigram word is listed in: FNV-1a of its characters, modulo ROUTE_BUCKETS. */
export function routeBucket(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % ROUTE_BUCKETS;
}

/** The bit mask of shard indexes, as hex (bit 0 is the last digit's lowest bit). */
export function maskHex(indexes: readonly number[]): string {
  const digits: number[] = [];
  for (const i of indexes) {
    const d = i >> 2;
    while (digits.length <= d) digits.push(0);
    digits[d]! |= 1 << (i & 3);
  }
  return digits.reverse().map((d) => d.toString(16)).join('') || '0';
}

/** The shard indexes a hex mask names. */
export function maskIndexes(hex: string): number[] {
  const out: number[] = [];
  const digits = [...hex].reverse();
  digits.forEach((c, d) => {
    const n = Number.parseInt(c, 16);
    for (let b = 0; b < 4; b++) if (n & (1 << b)) out.push(4 * d + b);
  });
  return out;
}

/**
 * The table: for each shard, in the page's order, the bigram words of its plans. Every file is
 * written, an empty one too, so that a bigram in no shard is known to be in none.
 */
export function routeTable(shards: readonly string[], wordsOf: (shard: string) => Iterable<string>): RouteBucket[] {
  const byWord = new Map<string, number[]>();
  shards.forEach((shard, i) => {
    for (const word of wordsOf(shard)) {
      const list = byWord.get(word);
      if (list) list.push(i);
      else byWord.set(word, [i]);
    }
  });
  const buckets: RouteBucket[] = Array.from({ length: ROUTE_BUCKETS }, () => ({ shards: [...shards], words: {} }));
  for (const word of [...byWord.keys()].sort()) buckets[routeBucket(word)]!.words[word] = maskHex(byWord.get(word)!);
  return buckets;
}

/** The overlapping 4-grams of an already folded text, each written as its characters' codes (bigrams.ts charCode). */
function longGrams(folded: string): string[] {
  const codes = [...folded].map(charCode);
  const out: string[] = [];
  for (let i = 0; i + LONG_GRAM <= codes.length; i++) out.push(codes.slice(i, i + LONG_GRAM).join(''));
  return out;
}

/**
 * The route words of a page's text segments: each segment's bigrams (as its bigram record holds
 * them) and 4-grams. A bigram's word is two codes, a 4-gram's four: they never coincide.
 */
export function segmentWords(segments: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const segment of segments) {
    const folded = foldForSearch(segment);
    for (const word of bigramWords(folded)) out.add(word);
    for (const word of longGrams(folded)) out.add(word);
  }
  return out;
}

/**
 * The words a query is routed by: for each term, its 4-grams, or its bigrams when it is shorter.
 * Null when a term has fewer than two characters to search by: such a query is not routed.
 */
export function routeWords(terms: readonly string[]): string[] | null {
  const words = new Set<string>();
  for (const term of terms) {
    const folded = foldForSearch(term);
    const own = [...folded].length >= LONG_GRAM ? longGrams(folded) : bigramWords(folded);
    if (!own.length) return null;
    for (const w of own) words.add(w);
  }
  return words.size ? [...words] : null;
}

/** Checks a fetched file of the table; throws, naming the URL, on anything else. */
export function parseRouteBucket(json: unknown, url: string): RouteBucket {
  const bad = (why: string) => new Error(`${url}: not a shard route table (${why})`);
  if (!json || typeof json !== 'object') throw bad('not an object');
  const { shards, words } = json as Partial<RouteBucket>;
  if (!Array.isArray(shards) || !shards.every((s) => typeof s === 'string')) throw bad('shards');
  if (!words || typeof words !== 'object' || !Object.values(words).every((m) => typeof m === 'string' && /^[0-9a-f]+$/.test(m))) throw bad('words');
  return { shards, words };
}

/**
 * The shards, of `shards` in the page's order, that hold every word; those of `within` only when
 * given (a province filter's shard). Null when the table does not fit the page (its shards are
 * others): then every shard is searched.
 */
export function routedShards(
  words: readonly string[], bucketOf: (n: number) => RouteBucket, shards: readonly string[], within?: readonly string[],
): string[] | null {
  let kept = new Set(within ?? shards);
  for (const word of words) {
    const bucket = bucketOf(routeBucket(word));
    if (bucket.shards.length !== shards.length || bucket.shards.some((s, i) => s !== shards[i])) return null;
    const mask = bucket.words[word];
    const here = new Set(mask ? maskIndexes(mask).map((i) => shards[i]!) : []);
    kept = new Set([...kept].filter((s) => here.has(s)));
    if (!kept.size) break;
  }
  return shards.filter((s) => kept.has(s));
}

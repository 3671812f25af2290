/**
 * A clause's text as a list of word tokens, each with the key it is compared by.
 *
 * Tokens cover the raw text exactly (joining `text` gives it back), so a diff over keys can
 * be shown in the plan's own wording. A token with an empty key (spacing, punctuation, item
 * numbers, responsibility tags) never takes part in comparison.
 */
import {
  foldChars, NUMBERING, RESPONSIBILITY, specialPatterns, type PlaceNames,
} from './normalize.ts';
import { NUMBER_SOURCE, numberKey, numberSlot } from './numbers.ts';
import { wordKey } from './token-codes.ts';

export type TokenKind = 'word' | 'number' | 'name' | 'skip';

export interface Token {
  /** Raw text, as the plan writes it. */
  text: string;
  /** What the token is compared by; '' for a token that is ignored. */
  key: string;
  kind: TokenKind;
  /** For numbers: '#' + unit, so that numbers in the same slot line up in a diff. */
  slot?: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Comparison signs carry meaning in tables (>80, ≥50); range marks (0～6, 0-6) are punctuation. */
const SIGNIFICANT_SYMBOL = /^[<>≤≥=±+]$/u;

/** The compiled scanner for one plan's names; build once per plan. */
export interface Tokenizer {
  /** `numbering`: length of an item number at the start that the caller has already recognised. */
  (text: string, numbering?: number): Token[];
}

export function makeTokenizer(names: PlaceNames): Tokenizer {
  const specials = specialPatterns(names);
  const source = specials.map((s) => `(${s.pattern})`).join('|');
  const scanner = new RegExp(`${source}|(${NUMBER_SOURCE})`, 'gu');
  const numberGroup = specials.length + 1;
  const keys = specials.map((s) => s.key);
  return (text, numbering = 0) => tokenize(text, numbering, scanner, keys, numberGroup);
}

function tokenize(raw: string, numbering: number, scanner: RegExp, specialKeys: string[], numberGroup: number): Token[] {
  const folded = foldChars(raw);
  const tokens: Token[] = [];
  const start = numbering || (NUMBERING.exec(folded)?.[0].length ?? 0);
  if (start) tokens.push({ text: raw.slice(0, start), key: '', kind: 'skip' });
  const tag = RESPONSIBILITY.exec(folded.slice(start));
  const end = tag ? start + tag.index : folded.length;

  let at = start;
  scanner.lastIndex = start;
  for (let m = scanner.exec(folded); m && m.index < end; m = scanner.exec(folded)) {
    if (m.index + m[0].length > end) break;
    pushPlain(tokens, raw, folded, at, m.index);
    const text = raw.slice(m.index, m.index + m[0].length);
    if (m[numberGroup] !== undefined) {
      tokens.push({ text, key: numberKey(m[0]), kind: 'number', slot: numberSlot(m[0]) });
    } else {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      tokens.push({ text, key: specialKeys[group - 1]!, kind: 'name' });
    }
    at = m.index + m[0].length;
  }
  pushPlain(tokens, raw, folded, at, end);
  if (end < folded.length) tokens.push({ text: raw.slice(end), key: '', kind: 'skip' });
  return tokens;
}

interface Segment { index: number; segment: string; isWordLike: boolean }

/**
 * Segmentation is the costliest step of tokenizing, and plans repeat their template's sentences
 * word for word: each distinct text is segmented once. The cache is emptied when it grows past
 * SEGMENT_CACHE_TEXTS, so memory stays bounded on any corpus.
 */
const SEGMENT_CACHE_TEXTS = 200_000;
const segmentCache = new Map<string, Segment[]>();

function segmentsOf(text: string): Segment[] {
  let segments = segmentCache.get(text);
  if (!segments) {
    segments = Array.from(segmenter.segment(text), (s) => ({ index: s.index, segment: s.segment, isWordLike: s.isWordLike === true }));
    if (segmentCache.size >= SEGMENT_CACHE_TEXTS) segmentCache.clear();
    segmentCache.set(text, segments);
  }
  return segments;
}

/** Text between special matches: Chinese words by Intl.Segmenter, other runs by character class. */
function pushPlain(tokens: Token[], raw: string, folded: string, from: number, to: number): void {
  if (to <= from) return;
  for (const seg of segmentsOf(folded.slice(from, to))) {
    const offset = from + seg.index;
    const text = raw.slice(offset, offset + seg.segment.length);
    const f = seg.segment;
    if (seg.isWordLike) {
      tokens.push({ text, key: wordKey(text), kind: 'word' });
    } else if (SIGNIFICANT_SYMBOL.test(f)) {
      tokens.push({ text, key: f, kind: 'word' });
    } else {
      tokens.push({ text, key: '', kind: 'skip' });
    }
  }
}

/** The comparison key of a whole token list: what "identical after normalization" compares. */
export function keyOf(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) out += t.key;
  return out;
}

/** Characters a reader sees, not counting spacing: the unit of the summary's *_chars. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Spacing: ASCII blanks, the ideographic space, and the low half of a surrogate pair (counted once).
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

/**
 * One search result → what the reader is shown: every paragraph, table row and metadata field
 * of the plan that holds a term (fragment.ts cuts the page into these segments), each linked to
 * its own permalink, with an excerpt. Segments holding every term come first; the plan is shown
 * only if each term is in some segment of it (whitespace and punctuation ignored), so a result
 * the bigram search let through on bigrams alone is dropped here.
 *
 * The excerpts are cut here rather than taken from Pagefind's sub-results: Pagefind builds those
 * by re-splitting the whole plan once per paragraph, which for a common word (儿童: 150 paragraphs
 * in one plan) takes a second; this is one pass.
 */
import type { PagefindFragment } from './pagefind-types.ts';
import { foldForSearch } from './bigrams.ts';
import { isInCanonicalDomain } from './domain-match.ts';
import { fragmentSegments, type Segment } from './fragment.ts';

export { fragmentWords, unescapeAngles } from './fragment.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface Hit {
  /** Section title (儿童与健康 › 主要目标), or where in the metadata (文号, 印发通知). */
  section: string;
  /** The paragraph's, table row's or metadata box's permalink. */
  url: string;
  /** A window of the segment around the first match, as text parts, the terms marked. */
  excerpt: ExcerptPart[];
  kind: Segment['kind'];
  /** Whether the segment holds every term of the query. */
  all: boolean;
}

export interface ResultHits {
  /** False when the plan does not hold every term, or nothing matched in the chosen 领域. */
  shown: boolean;
  hits: Hit[];
  /** How many of the hits hold every term. */
  allTerms: number;
}

/** Characters of context shown before the first match, and the excerpt's whole length. */
export const EXCERPT_BEFORE = 20;
export const EXCERPT_LENGTH = 80;

/**
 * @param domain a national 领域 (the filter's value): only segments of sections in it are shown
 * @param aliases a plan's own domain headings → national domains (content/search-domains.yaml)
 */
export function hitsOf(fragment: PagefindFragment, terms: readonly string[], domain?: string, aliases: Readonly<Record<string, string>> = {}): ResultHits {
  const folded = terms.map(foldForSearch).filter(Boolean);
  const none: ResultHits = { shown: false, hits: [], allTerms: 0 };
  if (!folded.length) return none;
  const base = fragment.url.split('#')[0]!;
  const found = new Set<string>();
  const hits: Hit[] = [];
  for (const segment of fragmentSegments(fragment)) {
    const text = foldForSearch(segment.text);
    const held = folded.filter((t) => text.includes(t));
    if (!held.length) continue;
    for (const t of held) found.add(t);
    if (domain && (segment.kind === 'meta' || !isInCanonicalDomain(segment.section, domain, aliases))) continue;
    const excerpt = excerptOf(segment.text, terms);
    if (!excerpt) continue;
    const url = segment.id === 'main' ? base : `${base}#${encodeURIComponent(segment.id)}`;
    hits.push({ section: segment.section, url, excerpt, kind: segment.kind, all: held.length === folded.length });
  }
  if (!folded.every((t) => found.has(t)) || !hits.length) return none;
  // Segments with every term first, each group in page order.
  const ordered = [...hits.filter((h) => h.all), ...hits.filter((h) => !h.all)];
  return { shown: true, hits: ordered, allTerms: ordered.filter((h) => h.all).length };
}

/**
 * A window of the text around its terms, terms marked; null if it holds none. The window starts
 * just before the match from which it shows the most different terms (the earliest of those), so
 * a paragraph holding every word of a query shows them together where it can.
 */
export function excerptOf(text: string, terms: readonly string[]): ExcerptPart[] | null {
  const parts = markTerms(text, terms);
  if (!parts.some((p) => p.marked)) return null;
  const chars = [...text];
  const folded = terms.map(foldForSearch).filter(Boolean);
  let best: { start: number; shown: number } | null = null;
  let at = 0;
  for (const part of parts) {
    if (part.marked) {
      const start = Math.max(0, Math.min(at - EXCERPT_BEFORE, chars.length - EXCERPT_LENGTH));
      const window = foldForSearch(chars.slice(start, start + EXCERPT_LENGTH).join(''));
      const shown = folded.filter((t) => window.includes(t)).length;
      if (!best || shown > best.shown) best = { start, shown };
    }
    at += [...part.text].length;
  }
  const start = best!.start;
  const end = Math.min(chars.length, start + EXCERPT_LENGTH);
  const window = markTerms(chars.slice(start, end).join(''), terms);
  // A term cut by the window's edge is left unmarked rather than half marked.
  if (start > 0) window.unshift({ text: '…', marked: false });
  if (end < chars.length) window.push({ text: '…', marked: false });
  return window;
}

/**
 * Splits a text into parts, marking every place a term occurs, compared as foldForSearch does:
 * 威府发2023 marks 威府发〔2023〕 whole, the brackets inside included.
 */
export function markTerms(text: string, terms: readonly string[]): ExcerptPart[] {
  const chars = [...text];
  let folded = '';
  const at: number[] = [];
  chars.forEach((c, i) => {
    const f = foldForSearch(c);
    for (let j = 0; j < f.length; j++) {
      folded += f[j];
      at.push(i);
    }
  });
  const marked = chars.map(() => false);
  for (const term of terms.map(foldForSearch).filter(Boolean)) {
    for (let k = folded.indexOf(term); k !== -1; k = folded.indexOf(term, k + 1)) {
      for (let i = at[k]!; i <= at[k + term.length - 1]!; i++) marked[i] = true;
    }
  }
  const parts: ExcerptPart[] = [];
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked[i]) last.text += c;
    else parts.push({ text: c, marked: marked[i]! });
  });
  return parts;
}

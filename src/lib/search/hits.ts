/**
 * One search result → what the reader is shown: the paragraphs that really hold the query,
 * each linked to its own permalink, with an excerpt. Every block of a plan page carries a
 * data-pagefind-title, so each is an anchor in Pagefind's fragment; a matched word belongs to the
 * last titled anchor before it. Each paragraph is checked against the literal terms and the 领域
 * filter, so a phrase Pagefind only matched word by word, or a match outside the chosen 领域, is
 * not shown.
 *
 * The excerpts are cut here rather than taken from Pagefind's sub-results: Pagefind builds those
 * by re-splitting the whole plan once per paragraph, which for a common word (儿童: 150 paragraphs
 * in one plan) takes a second; this is one pass.
 */
import type { PagefindAnchor, PagefindFragment } from './pagefind-types.ts';
import { holdsEveryTerm, foldForSearch } from './query.ts';
import { isInDomain } from './section-title.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface Hit {
  /** Section title: 儿童与健康 › 主要目标. */
  section: string;
  /** The paragraph's (or table row's) permalink. */
  url: string;
  /** A window of the paragraph around the first match, as text parts, the terms marked. */
  excerpt: ExcerptPart[];
}

export interface ResultHits {
  /** False when the text does not hold every term, or nothing matched in the chosen 领域. */
  shown: boolean;
  hits: Hit[];
}

/** Characters of context shown before the first match, and the excerpt's whole length. */
export const EXCERPT_BEFORE = 20;
export const EXCERPT_LENGTH = 80;

/** Pagefind escapes < and > (only those) in the text it hands back. */
export function unescapeAngles(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The words of a fragment as Pagefind numbers them (locations index this list). */
export function fragmentWords(fragment: Pick<PagefindFragment, 'raw_content' | 'content'>): string[] {
  const raw = fragment.raw_content ?? fragment.content;
  return (raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/\s+/u)).map(unescapeAngles);
}

const isSection = (a: PagefindAnchor) => Boolean(a.title?.trim());

/** The element a word lies in: the last anchor starting at or before it (a paragraph, a table row). */
export function anchorAt(anchors: readonly PagefindAnchor[], location: number): PagefindAnchor | undefined {
  let found: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (a.location <= location && (!found || a.location >= found.location)) found = a;
  }
  return found;
}

/**
 * @param places word locations of every match in the plan (Pagefind's `words` of a result)
 */
export function hitsOf(fragment: PagefindFragment, places: readonly number[], terms: readonly string[], domain?: string): ResultHits {
  const words = fragmentWords(fragment);
  if (!holdsEveryTerm(words.join(''), terms)) return { shown: false, hits: [] };
  const sections = fragment.anchors.filter(isSection).sort((a, b) => a.location - b.location);
  const seen = new Set<PagefindAnchor>();
  const hits: Hit[] = [];
  for (const place of [...places].sort((a, b) => a - b)) {
    const section = anchorAt(sections, place);
    if (!section || seen.has(section)) continue;
    seen.add(section);
    const title = section.title!.trim();
    if (domain && !isInDomain(title, domain)) continue;
    const sectionEnd = sections.find((s) => s.location > section.location)?.location ?? words.length;
    // Within a table, the row the match is in: its excerpt and its link.
    const target = anchorAt(fragment.anchors, place) ?? section;
    const end = target === section ? sectionEnd : Math.min(sectionEnd, fragment.anchors.find((a) => a.location > target.location)?.location ?? sectionEnd);
    const excerpt = excerptOf(words.slice(target.location, end).join('').trim(), terms)
      ?? excerptOf(words.slice(section.location, sectionEnd).join('').trim(), terms);
    if (!excerpt) continue;
    hits.push({ section: title, url: `${fragment.url.split('#')[0]}#${encodeURIComponent(target.id)}`, excerpt });
  }
  return { shown: hits.length > 0, hits };
}

/** A window of the text around the first term it holds, terms marked; null if it holds none. */
export function excerptOf(text: string, terms: readonly string[]): ExcerptPart[] | null {
  const parts = markTerms(text, terms);
  const firstMark = parts.findIndex((p) => p.marked);
  if (firstMark === -1) return null;
  const chars = [...text];
  const markAt = [...parts.slice(0, firstMark).map((p) => p.text).join('')].length;
  const start = Math.max(0, Math.min(markAt - EXCERPT_BEFORE, chars.length - EXCERPT_LENGTH));
  const end = Math.min(chars.length, start + EXCERPT_LENGTH);
  const window = markTerms(chars.slice(start, end).join(''), terms);
  // A term cut by the window's edge is left unmarked rather than half marked.
  if (start > 0) window.unshift({ text: '…', marked: false });
  if (end < chars.length) window.push({ text: '…', marked: false });
  return window;
}

/** Splits a text into parts, marking every place a term occurs (compared as foldForSearch does). */
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
      for (let j = k; j < k + term.length; j++) marked[at[j]!] = true;
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

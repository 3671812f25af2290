/**
 * One search result → what the reader is shown: the paragraphs that really hold the query,
 * each linked to its own permalink. Pagefind gives a sub-result per paragraph (every block has a
 * data-pagefind-title); this checks each against the literal terms and the 领域 filter, so a
 * phrase Pagefind only matched word by word, or a match outside the chosen 领域, is not shown.
 */
import type { PagefindAnchor, PagefindFragment } from './pagefind-types.ts';
import { holdsEveryTerm, foldForSearch } from './query.ts';
import { isInDomain } from './section-title.ts';

export interface Hit {
  /** Section title: 儿童与健康 › 主要目标. */
  section: string;
  /** The paragraph's (or table row's) permalink. */
  url: string;
  /** Pagefind's excerpt of the paragraph as text parts, the query's terms marked. */
  excerpt: ExcerptPart[];
}

export interface ResultHits {
  /** False when the text does not hold every term, or nothing matched in the chosen 领域. */
  shown: boolean;
  hits: Hit[];
}

/** Pagefind escapes < and > (only those) in the text it builds excerpts from. */
export function unescapeAngles(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The words of a fragment as Pagefind numbers them (locations index this list). */
export function fragmentWords(fragment: Pick<PagefindFragment, 'raw_content' | 'content'>): string[] {
  const raw = fragment.raw_content ?? fragment.content;
  return (raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/\s+/u)).map(unescapeAngles);
}

const isSubResultAnchor = (a: PagefindAnchor) => Boolean(a.title?.trim()) || (/^h\d$/i.test(a.element) && Boolean(a.text?.trim()));

/** The element a match lies in: the last anchor starting at or before it (a paragraph, a table row). */
export function anchorAt(anchors: readonly PagefindAnchor[], location: number): PagefindAnchor | undefined {
  let found: PagefindAnchor | undefined;
  for (const a of anchors) {
    if (a.location <= location && (!found || a.location >= found.location)) found = a;
  }
  return found;
}

export function hitsOf(fragment: PagefindFragment, terms: readonly string[], domain?: string): ResultHits {
  const words = fragmentWords(fragment);
  if (!holdsEveryTerm(words.join(''), terms)) return { shown: false, hits: [] };
  const starts = fragment.anchors.filter(isSubResultAnchor).map((a) => a.location).sort((a, b) => a - b);
  const folded = terms.map(foldForSearch);
  const hits: Hit[] = [];
  for (const sub of fragment.sub_results) {
    if (domain && !isInDomain(sub.title, domain)) continue;
    const start = sub.anchor?.location ?? 0;
    const end = starts.find((s) => s > start) ?? words.length;
    const text = foldForSearch(words.slice(start, end).join(''));
    if (!folded.some((t) => text.includes(t))) continue;
    const target = sub.locations.length ? anchorAt(fragment.anchors, Math.min(...sub.locations)) : sub.anchor;
    hits.push({ section: sub.title, url: target ? withHash(fragment.url, target.id) : sub.url, excerpt: remark(excerptParts(sub.excerpt), terms) });
  }
  return { shown: hits.length > 0, hits };
}

function withHash(url: string, id: string): string {
  return `${url.split('#')[0]}#${encodeURIComponent(id)}`;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits an excerpt at Pagefind's <mark> tags into plain text parts. Pagefind escapes < and >
 * in page text but not &, so its excerpt is not safe HTML for every text: it is never parsed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = unescapeAngles(piece);
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * Marks the terms themselves in an excerpt. Pagefind marks every word of a phrase wherever it
 * stands (儿童 alone, for 儿童之家); where the excerpt holds a whole term, that is what is marked.
 */
export function remark(parts: readonly ExcerptPart[], terms: readonly string[]): ExcerptPart[] {
  const own = markTerms(parts.map((p) => p.text).join(''), terms);
  return own.some((p) => p.marked) ? own : [...parts];
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

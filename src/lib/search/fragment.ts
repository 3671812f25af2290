/**
 * A plan page as Pagefind stored it (its fragment) → the text segments a reader can land on:
 * every paragraph and heading (the elements carrying data-pagefind-title), every table row on
 * its own, and the metadata fields (title, 文号, 发布机关, dates, 印发通知). The index builds its
 * bigram records from these segments, and the search page checks and excerpts the same segments,
 * so what is found and what is shown cannot drift apart.
 */
import type { PagefindAnchor, PagefindFragment } from './pagefind-types.ts';
import { PAGE_FILTER, resultTypeOf } from './facets.ts';

/** The metadata fields a plan page hands Pagefind (data-pagefind-meta), with their labels. */
export const META_FIELDS = [
  ['title', '标题'],
  ['doc_number', '文号'],
  ['issuer', '发布机关'],
  ['signed', '成文日期'],
  ['published', '发布日期'],
  ['notice', '印发通知'],
] as const;
export type MetaField = (typeof META_FIELDS)[number][0];

/** Where on the plan page each metadata field is shown (PlanMeta.astro, Notice.astro). */
export const META_ANCHOR: Record<MetaField, string> = {
  title: 'main', doc_number: 'meta', issuer: 'meta', signed: 'meta', published: 'meta', notice: 'notice',
};

export interface Segment {
  /** The element a reader lands on: a paragraph, heading, table or table row id. */
  id: string;
  /** Section title of the block (儿童与健康 › 主要目标), or the metadata label (文号). */
  section: string;
  text: string;
  kind: 'text' | 'row' | 'meta';
}

/** Pagefind's files start with this after decompression. */
const SIGNATURE = 'pagefind_dcd';

/** A decompressed fragment file → the fragment. */
export function parseFragment(text: string): PagefindFragment {
  return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as PagefindFragment;
}

/** Pagefind escapes < and > (only those) in the text it hands back. */
export function unescapeAngles(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** What a block's end reads as inside a segment: between a table row's cells, as the page separates them. */
export const CELL_SEPARATOR = ' | ';

/**
 * The words of a fragment as Pagefind numbers them (anchor locations index this list): the
 * content split at its word separators (U+200B between segmented Chinese words) and at
 * whitespace alike — table cells are joined by plain spaces, and counting those as one word
 * put every row link a few rows off. Pagefind ends each block element (a heading, a table cell)
 * with a word ". " of its own; it counts as a word but is no text of the plan, so it is kept as
 * CELL_SEPARATOR: the cells of a row read "1.74 | 4.2", not 1.744.2. Search folds whitespace and
 * punctuation away (bigrams.ts), so a query still finds "托位数(个)/千人1.74" across cells.
 */
export function fragmentWords(fragment: Pick<PagefindFragment, 'content' | 'raw_content'>): string[] {
  // In the browser, pagefind.js keeps the separators only in raw_content (content is joined up).
  const words: string[] = [];
  for (const piece of (fragment.raw_content ?? fragment.content).split('\u200b')) {
    const parts = piece.split(/\s+/u);
    parts.forEach((word, i) => {
      if (!word) return;
      const spaced = i < parts.length - 1;
      if (word === '.' && spaced) {
        // The separator carries its own spaces: the cell before it loses its trailing one.
        if (words.length) words[words.length - 1] = words.at(-1)!.trimEnd();
        words.push(CELL_SEPARATOR);
        return;
      }
      // Spaces between words of one piece are kept for reading ("<img src=x>", "发生率 99.0").
      words.push(unescapeAngles(spaced ? `${word} ` : word));
    });
  }
  // The block end that closes the content has no space after it (an indicator page's #names).
  if (words.at(-1) === '.') words[words.length - 1] = '';
  return words;
}

/** The text of words[from, to): a block's own end, and empty cells around it, not shown at either end. */
function textBetween(words: readonly string[], from: number, to: number): string {
  const part = words.slice(from, to);
  const blank = (w: string | undefined) => w !== undefined && (w === CELL_SEPARATOR || !w.trim());
  while (blank(part[0])) part.shift();
  while (blank(part.at(-1))) part.pop();
  return part.join('').trim();
}

const isBlock = (a: PagefindAnchor) => Boolean(a.title?.trim());

/**
 * Every segment of a page, in page order: a plan's metadata first, then blocks, table rows on
 * their own. An indicator or clause page has no metadata segments: its title repeats its block.
 */
export function fragmentSegments(fragment: PagefindFragment): Segment[] {
  const words = fragmentWords(fragment);
  const segments: Segment[] = [];
  const pid = fragment.filters[PAGE_FILTER]?.[0];
  const fields = pid && resultTypeOf(pid) !== '规划' ? [] : META_FIELDS;
  for (const [field, label] of fields) {
    const text = fragment.meta[field]?.trim();
    if (text) segments.push({ id: META_ANCHOR[field], section: label, text, kind: 'meta' });
  }
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const blocks = anchors.filter(isBlock);
  blocks.forEach((block, i) => {
    const end = blocks[i + 1]?.location ?? words.length;
    const section = block.title!.trim();
    const rows = anchors.filter((a) => a.element === 'tr' && a.location >= block.location && a.location < end && a.id.startsWith(`${block.id}-`));
    const textOf = (from: number, to: number) => textBetween(words, from, to);
    // A table: its head (if any text) stays with the table, each row is its own segment.
    const headEnd = rows[0]?.location ?? end;
    segments.push({ id: block.id, section, text: textOf(block.location, headEnd), kind: 'text' });
    rows.forEach((row, j) => {
      segments.push({ id: row.id, section, text: textOf(row.location, rows[j + 1]?.location ?? end), kind: 'row' });
    });
  });
  return segments;
}

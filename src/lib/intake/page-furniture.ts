/**
 * Page furniture of a PDF: the page number ("— 3 —", "第3页 共12页") and the running head or foot
 * (the plan's title or the issuer's name repeated at every page's top or bottom) are no part of the
 * plan's text. They are taken off the lines before paragraphs are joined, so a sentence broken by a
 * page break reads whole, and each is handed back with its page and reason for the ingest report.
 */

/** A line as the PDF layout reads it: its page (0-based), baseline (growing upwards), type size, runs of text. */
export interface PageLine {
  page: number;
  y: number;
  size: number;
  segments: readonly { text: string }[];
}

/** A line taken off a page, for the ingest report. `page` counts from 1, as a PDF viewer does. */
export interface DroppedFurniture {
  page: number;
  text: string;
  reason: string;
}

export const PAGE_NUMBER_REASON = 'page number in the page margin, not plan text';
export const RUNNING_HEAD_REASON = 'running head or foot repeated at the same edge of several pages, not plan text';

// — 3 —, - 3 -, ·3·, 3, 第3页, 第 3 页 共 12 页, 3/12, 3 / 12
const PAGE_NUMBER = /^[\s\-—–－─·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-—–－─·•]*$/;

/** Whitespace and digits do not tell two running heads apart ("盐湖区妇女发展规划 3" on page 3, "… 4" on page 4). */
const headKey = (line: PageLine) => line.segments.map((s) => s.text).join('').replace(/\s+/g, '').replace(/\d+/g, '#');

type Edges = { top: PageLine | null; bottom: PageLine | null };

const lineText = (line: PageLine) => line.segments.map((s) => s.text).join(' ');

/**
 * The lines at the top and bottom edge of each page that stand apart from the body: at least
 * `gap` points from the next line inwards (furniture sits in the margin, well away from the text).
 */
function edgeLines(pageLines: readonly PageLine[], gap: number): Edges {
  const first = pageLines[0];
  const last = pageLines[pageLines.length - 1];
  if (!first || !last) return { top: null, bottom: null };
  const second = pageLines[1];
  const beforeLast = pageLines[pageLines.length - 2];
  return {
    top: !second || first.y - second.y >= gap ? first : null,
    bottom: last !== first && (!beforeLast || beforeLast.y - last.y >= gap) ? last : null,
  };
}

/**
 * Text recurring at one edge of enough pages, with the height it stands at. A running head stands
 * at the same height on every page: the title printed once on the first page, lower down, is the
 * plan's own title even where the running head repeats its words.
 */
function recurringHeads(edges: readonly Edges[], side: keyof Edges, pageCount: number): Map<string, number> {
  const heights = new Map<string, number[]>();
  for (const edge of edges) {
    const line = edge[side];
    if (line) heights.set(headKey(line), [...(heights.get(headKey(line)) ?? []), line.y]);
  }
  const needed = Math.max(2, Math.floor((pageCount - 1) / 2));
  const at = new Map<string, number>();
  for (const [key, ys] of heights) {
    const median = [...ys].sort((a, b) => a - b)[Math.floor(ys.length / 2)]!;
    if (ys.filter((y) => Math.abs(y - median) <= 2).length >= needed) at.set(key, median);
  }
  return at;
}

/**
 * Lines (sorted by page, then top to bottom) → the body lines and the furniture taken off.
 * A running head must recur at the same edge on at least two pages and on half of the pages after
 * the first (a 公文's first page often has none); a page number needs only to look like one.
 */
export function removePageFurniture(lines: readonly PageLine[], pageCount: number, pitch: number): { body: PageLine[]; dropped: DroppedFurniture[] } {
  const byPage = Array.from({ length: pageCount }, (_, page) => lines.filter((l) => l.page === page));
  const edges = byPage.map((pageLines) => edgeLines(pageLines, 1.8 * Math.max(pitch, 1)));
  const heads = { top: recurringHeads(edges, 'top', pageCount), bottom: recurringHeads(edges, 'bottom', pageCount) };
  const reasons = new Map<PageLine, string>();
  edges.forEach((edge) => {
    for (const side of ['top', 'bottom'] as const) {
      const line = edge[side];
      if (!line) continue;
      if (PAGE_NUMBER.test(lineText(line))) reasons.set(line, PAGE_NUMBER_REASON);
      else if (Math.abs((heads[side].get(headKey(line)) ?? Number.NaN) - line.y) <= 2) reasons.set(line, RUNNING_HEAD_REASON);
    }
  });
  return {
    body: lines.filter((l) => !reasons.has(l)),
    dropped: lines.filter((l) => reasons.has(l)).map((l) => ({ page: l.page + 1, text: lineText(l), reason: reasons.get(l)! })),
  };
}

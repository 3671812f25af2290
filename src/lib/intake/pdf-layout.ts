/**
 * Positioned text pieces of a PDF → text lines (lines.ts). PDF has no paragraphs or tables, only
 * glyphs at positions, drawn in any order; so pieces are sorted by position (top to bottom, left to
 * right), pieces on one baseline form a line, a wide gap inside a line separates table cells, and
 * lines are joined into paragraphs the way a reader sees them:
 * a paragraph starts where a line is indented, where the line before it stopped short of the right
 * margin, after a wider gap, or at a change of type size; a page break inside a sentence joins the
 * two halves. Runs of lines with cells at the same column positions become a table. Page numbers and
 * running heads are taken off first (page-furniture.ts) and handed back for the report.
 */
import { tableToLines } from './lines.ts';
import { removePageFurniture, type DroppedFurniture } from './page-furniture.ts';

/** One piece of text as the PDF places it; y is the baseline, growing upwards. */
export interface PdfPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  x: number;
  end: number;
  text: string;
}
interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many ems between two pieces on a line separates two table cells. */
const CELL_GAP = 1.5;
const LATIN = /[A-Za-z0-9]$/;

function linesOfPage(pieces: readonly PdfPiece[], page: number): Line[] {
  const sorted = pieces.filter((p) => p.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - piece.y) <= 0.3 * Math.max(last.size, piece.size)) {
      last.segments.push({ x: piece.x, end: piece.x + piece.width, text: piece.text });
      last.size = Math.max(last.size, piece.size);
    } else {
      lines.push({ page, y: piece.y, size: piece.size, segments: [{ x: piece.x, end: piece.x + piece.width, text: piece.text }] });
    }
  }
  for (const line of lines) line.segments = mergeSegments(line.segments.sort((a, b) => a.x - b.x), line.size);
  return lines;
}

/** Pieces closer than a cell gap are one run of text; a space only between two Latin words. */
function mergeSegments(pieces: readonly Segment[], size: number): Segment[] {
  const out: Segment[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && piece.x - last.end < CELL_GAP * size) {
      const space = piece.x - last.end > 0.2 * size && LATIN.test(last.text) && /^[A-Za-z0-9]/.test(piece.text.trimStart()) ? ' ' : '';
      last.text += space + piece.text;
      last.end = Math.max(last.end, piece.end);
    } else out.push({ ...piece });
  }
  for (const s of out) s.text = s.text.trim();
  return out.filter((s) => s.text !== '');
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The body text's left margin and right edge, read from the one-run lines. */
function margins(lines: readonly Line[]): { left: number; right: number } {
  const single = lines.filter((l) => l.segments.length === 1);
  // The leftmost position at least two lines start at: indented first lines and centred titles start further right.
  const starts = single.map((l) => Math.round(l.segments[0]!.x)).sort((a, b) => a - b);
  const left = starts.find((x, k) => starts[k + 1] !== undefined && starts[k + 1]! - x <= 1) ?? starts[0] ?? 0;
  const ends = single.map((l) => l.segments[0]!.end).sort((a, b) => a - b);
  return { left, right: ends[Math.floor(ends.length * 0.9)] ?? 0 };
}

const columnOf = (columns: readonly number[], x: number, size: number) => {
  let best = 0;
  for (let c = 0; c < columns.length; c++) if (columns[c]! <= x + 0.5 * size) best = c;
  return best;
};

/** Column starts of a table: the x positions its cells start at, within half an em. */
function columnsOf(rows: readonly Line[]): number[] {
  const starts = rows.flatMap((r) => r.segments.map((s) => s.x)).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) if (!columns.length || x - columns[columns.length - 1]! > 0.5 * rows[0]!.size) columns.push(x);
  return columns;
}

const startsAtColumn = (line: Line, columns: readonly number[]) =>
  line.segments.length === 1 && columns.some((c) => Math.abs(c - line.segments[0]!.x) <= 0.5 * line.size);

/**
 * Where a table starting at lines[i] ends: rows with two or more cells, and between them rows with
 * one cell at a column start (a group label across the table); at least two rows with several cells.
 */
function tableEnd(lines: readonly Line[], i: number): number {
  if (lines[i]!.segments.length < 2) return i;
  let end = i + 1;
  let multi = 1;
  for (;;) {
    while (end < lines.length && lines[end]!.segments.length >= 2) {
      end++;
      multi++;
    }
    const columns = columnsOf(lines.slice(i, end));
    let next = end;
    while (next < lines.length && startsAtColumn(lines[next]!, columns)) next++;
    if (next === end || next >= lines.length || lines[next]!.segments.length < 2) break;
    end = next;
  }
  if (multi < 2) return i;
  // Cells of a table line up: at least two columns hold cells of two or more rows. Text spread
  // out with wide spaces (a page footer) does not.
  const rows = lines.slice(i, end).filter((l) => l.segments.length >= 2);
  const columns = columnsOf(rows);
  const used = new Map<number, Set<number>>();
  rows.forEach((row, r) => row.segments.forEach((s) => {
    const c = columns.findIndex((x) => Math.abs(x - s.x) <= 0.5 * row.size);
    if (c >= 0) used.set(c, (used.get(c) ?? new Set()).add(r));
  }));
  const shared = [...used.values()].filter((set) => set.size >= 2).length;
  if (shared < 2) return i;
  return withTrailingSubRows(lines, end, columns);
}

/** One-cell rows right after a table's last row, in a column other than the first (农村社区90 under 城市社区100). */
function withTrailingSubRows(lines: readonly Line[], end: number, columns: readonly number[]): number {
  const pitch = lines[end - 1]!.y - (lines[end - 2]?.y ?? lines[end - 1]!.y);
  let next = end;
  while (next < lines.length && startsAtColumn(lines[next]!, columns.slice(1)) && lines[next]!.page === lines[next - 1]!.page && Math.abs(lines[next - 1]!.y - lines[next]!.y - Math.abs(pitch)) <= 0.25 * lines[next]!.size) next++;
  return next;
}

function tableLines(rows: readonly Line[]): string[] {
  const columns = columnsOf(rows);
  return tableToLines(rows.map((row) => {
    const cells = Array<string>(columns.length).fill('');
    for (const s of row.segments) {
      const c = columnOf(columns, s.x, row.size);
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    }
    return cells;
  }));
}

/**
 * About how many ems the first unbreakable run of a line takes: a line breaker moves a number, a
 * Latin word or a short quotation (with the character before it) to the next line whole, so the
 * line before it may end that far short of the margin.
 */
function firstWordEms(text: string): number {
  const runs = [/^.{0,2}?[“《（(「‘](?:[^”》）)」’]{0,12}[”》）)」’]|[\x21-\x7e]+)/, /^.[”’」》）)，。、；：！？,.;:]+/, /^[\x21-\x7e\u2212\u2013\u2014]+/];
  const run = runs.map((r) => r.exec(text)?.[0] ?? '').sort((a, b) => b.length - a.length)[0]!;
  let ems = 1;
  for (const ch of run) ems += ch.charCodeAt(0) < 0x7f ? 0.6 : 1;
  return ems;
}

const pitchOf = (lines: readonly Line[]) => mostCommon(lines.slice(1).map((l, k) => (l.page === lines[k]!.page ? Math.round(lines[k]!.y - l.y) : 0)).filter((d) => d > 0));

/** Every page's pieces → the document's text lines, and the page furniture taken off them. */
export function piecesToText(pages: readonly (readonly PdfPiece[])[]): { text: string; dropped: DroppedFurniture[] } {
  const all = pages.flatMap((pieces, page) => linesOfPage(pieces, page));
  const furniture = removePageFurniture(all, pages.length, pitchOf(all));
  const lines = furniture.body as Line[];
  const { left, right } = margins(lines);
  const pitch = pitchOf(lines);
  const out: string[] = [];
  let open: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const end = tableEnd(lines, i);
    if (end > i) {
      out.push(...tableLines(lines.slice(i, end)));
      open = null;
      i = end - 1;
      continue;
    }
    const text = line.segments.map((s) => s.text).join(' ');
    const first = line.segments[0]!;
    const continues = open !== null
      && first.x <= left + 0.5 * line.size
      && open.segments[open.segments.length - 1]!.end >= right - Math.max(2.5, firstWordEms(text) + 1) * open.size
      && Math.abs(open.size - line.size) <= 0.1 * line.size
      && (open.page !== line.page || open.y - line.y <= 1.5 * pitch);
    if (continues) out[out.length - 1] += text;
    else out.push(text);
    open = line;
  }
  return { text: out.join('\n') + '\n', dropped: furniture.dropped };
}

/**
 * Tables that extraction flattened to one cell per line (000, 003): a header starting with 序号,
 * then numbered rows, with group rows ((一)保障妇女享有…) between them. Cells are separated by
 * empty lines; a line holding only spaces is an empty cell. Rows are found by their expected
 * number, so a value equal to the next number (家长综合培训 … 4) stays a value.
 */
import type { SourceLine } from './types.ts';
import { markerOf } from './markers.ts';

export interface TableReading {
  /** Header row first; every row has the same number of cells. */
  rows: string[][];
  /** Index of the first line after the table. */
  end: number;
  /**
   * What the rebuilding noticed, with the body row (1-based) it concerns (0 = header): `damage` where
   * a cell or a merge was lost in extraction, `uninterpretable` where no layout fits and the cells are only cut into lines.
   */
  notes: { row: number; kind: 'damage' | 'uninterpretable'; problem: string; text: string }[];
}

const MAX_HEADER = 8;
const MAX_CONTINUATION_CELL = 20;
const GROUP = /^(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|[）)])\s*\S/;

export function isTableStart(line: SourceLine): boolean {
  return line.text.trim() === '序号';
}

interface Cell {
  text: string;
  index: number;
}
interface RawRow {
  group: boolean;
  cells: string[];
}

function cellsFrom(lines: readonly SourceLine[], start: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = start; i < lines.length; i++) {
    if (lines[i]!.text === '') continue;
    cells.push({ text: lines[i]!.text.trim(), index: i });
  }
  return cells;
}

/** A short cell that can continue a row over merged cells (小学生 / - / 38 / 约束性), not a paragraph or heading. */
function isContinuationCell(text: string): boolean {
  if (text.length > MAX_CONTINUATION_CELL || /^(注|[:：])/.test(text)) return false;
  const marker = markerOf(text);
  // A value such as 12.3 or 0.85人左右 looks like an item marker; a digit after the point says it is a number.
  return marker.kind === 'text' || (marker.kind === 'item' && marker.digitAfter);
}

export function readTable(lines: readonly SourceLine[], start: number): TableReading | null {
  const cells = cellsFrom(lines, start);
  const firstRow = cells.findIndex((c) => c.text === '1' || GROUP.test(c.text));
  if (firstRow < 2 || firstRow > MAX_HEADER) return null;
  const header = cells.slice(0, firstRow).map((c) => c.text);
  const body = cells.slice(firstRow);
  let read = segmentRows(body, header.length, lines.length);
  if (!read.raw.some((r) => !r.group)) return null;
  // 003's header lost its empty cell: rows are then read again at the width they actually have,
  // so that a value equal to the next row number (婴儿死亡率 … 4) stays in its row.
  const width = mostCommon(read.raw.filter((r) => !r.group).map((r) => r.cells.length));
  if (width > header.length) read = segmentRows(body, width, lines.length);
  return layOut(header, read.raw, read.end);
}

/** Groups the cells into rows: a row starts at its expected number (or is a group label) once the previous one is full. */
function segmentRows(cells: readonly Cell[], width: number, linesEnd: number): { raw: RawRow[]; end: number } {
  const raw: RawRow[] = [];
  let expected = 1;
  let current: RawRow | null = null;
  for (const { text, index } of cells) {
    const atRowStart = !current || current.group || current.cells.length >= width;
    if (!atRowStart) {
      current!.cells.push(text);
    } else if (text === String(expected)) {
      current = { group: false, cells: [text] };
      raw.push(current);
      expected++;
    } else if (GROUP.test(text) && text.length <= 40 && !/[。；]/.test(text)) {
      current = { group: true, cells: [text] };
      raw.push(current);
    } else if (current && !current.group && isContinuationCell(text)) {
      current.cells.push(text);
    } else {
      return { raw, end: index };
    }
  }
  return { raw, end: linesEnd };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function layOut(header: string[], raw: RawRow[], end: number): TableReading {
  const notes: TableReading['notes'] = [];
  const width = Math.max(header.length, mostCommon(raw.filter((r) => !r.group).map((r) => r.cells.length)));
  let head = header;
  if (width > header.length) {
    head = [header[0]!, ...Array<string>(width - header.length).fill(''), ...header.slice(1)];
    notes.push({ row: 0, kind: 'damage', problem: `the header has ${header.length} cells but its rows have ${width}: an empty header cell is assumed after ${header[0]}`, text: header.join(' | ') });
  }
  const lastColumn = new Set(raw.filter((r) => !r.group && r.cells.length === width).map((r) => r.cells[width - 1]!));
  const rows: string[][] = [head];
  for (const row of raw) {
    const at = rows.length;
    if (row.group) {
      rows.push(pad([row.cells.join(' ')], width));
      continue;
    }
    const laid = layOutRow(row.cells, width, lastColumn);
    if (laid.note) notes.push({ row: at, kind: laid.fits ? 'damage' : 'uninterpretable', problem: laid.note, text: row.cells.join(' | ') });
    rows.push(...laid.rows);
  }
  return { rows, end, notes };
}

const pad = (cells: string[], width: number) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];

/**
 * A row longer than the header came from merged cells: either one indicator with sub-rows
 * (近视率 → 小学生/初中生/高中生, each with its own values) or one indicator with several
 * targets (城市社区100 / 农村社区90). Each sub-row gets a line of its own under the indicator.
 */
function layOutRow(cells: string[], width: number, lastColumn: ReadonlySet<string>): { rows: string[][]; note?: string; fits: boolean } {
  if (cells.length === width) return { rows: [cells], fits: true };
  if (cells.length < width) return { rows: [pad(cells, width)], note: `the row has ${cells.length} cells, ${width} expected: the last ones are left empty`, fits: false };
  const lead = cells.slice(0, 2);
  const rest = cells.slice(2);
  const groups = (size: number) => {
    if (size < 1 || rest.length % size !== 0 || rest.length / size < 2) return null;
    const out: string[][] = [];
    for (let i = 0; i < rest.length; i += size) out.push(rest.slice(i, i + size));
    return out;
  };
  const fits = (gs: string[][] | null) => gs !== null && (lastColumn.size > 4 || gs.every((g) => lastColumn.has(g[g.length - 1]!)));
  const subRows = groups(width - 1);
  const values = groups(width - 2);
  if (subRows && fits(subRows)) {
    return { rows: [pad(lead, width), ...subRows.map((g) => ['', ...g])], note: `merged cells: ${subRows.length} sub-rows under one indicator`, fits: true };
  }
  if (values && fits(values)) {
    return { rows: values.map((g, i) => (i === 0 ? [...lead, ...g] : ['', '', ...g])), note: `merged cells: ${values.length} targets for one indicator`, fits: true };
  }
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(pad(cells.slice(i, i + width), width));
  return { rows, note: `the row has ${cells.length} cells for ${width} columns and no layout fits: cut into lines of ${width}`, fits: false };
}

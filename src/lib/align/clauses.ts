/**
 * A plan's blocks as clauses: the units that are compared with a reference.
 *
 * A clause is a paragraph (a numbered goal or measure item is its own paragraph) or one table
 * row. Paragraphs are not split into sentences: a reader sees and links to paragraphs, and the
 * word-level edits already show which sentence of a paragraph changed. Headings are not clauses.
 */
import type { Block, BlockRole } from '../plan/blocks.ts';

export type ClauseKind = 'paragraph' | 'row';

export interface Clause {
  /** "<county_code>-<type>" of the plan the clause belongs to. */
  plan: string;
  /** Permalink: the block id, or the row id for a table row. */
  anchor: string;
  kind: ClauseKind;
  domain: string | null;
  role: BlockRole;
  /** Ids of the enclosing headings, outermost first. */
  path: string[];
  /** Plain text; for a row, its cells (less the 序号 column) joined by " | ". */
  text: string;
  /** For a row: the indicator cell, which is what rows are aligned by. */
  label: string | null;
  /**
   * For a row: its cells in the table's own column order, each under its column's header
   * (婴儿死亡率 | 2020年 4.7 | 2025年 2.8), for showing a row whose table is not shown. Null for a paragraph.
   */
  cells: RowCell[] | null;
  /** Length of an item number at the start of `text` that a pattern alone cannot tell (see below). */
  numbering: number;
  /**
   * The heading of a section that holds only this paragraph (指导思想, 总体目标…): such a
   * paragraph is that section's text however much it was rewritten. Null otherwise.
   */
  title: string | null;
  /** Position of the clause in its plan, from 0. */
  position: number;
}

export const ROW_SEPARATOR = ' | ';

/** One cell of a table row and the header of its column. */
export interface RowCell {
  head: string;
  text: string;
}

/**
 * A row read without its table: the indicator, then each other cell after its column's header,
 * in the table's own order (婴儿死亡率(　2020：4.7　2025：2.8　指标性质：预期性), so that no figure is
 * read as another column's. The label is '' when no cell holds it.
 */
export function labelledCells(label: string, cells: readonly RowCell[]): { label: string; rest: string[] } {
  const at = cells.findIndex((cell) => cell.text === label);
  const rest = cells.filter((_, k) => k !== at).map((cell) => (cell.head ? `${cell.head}：${cell.text}` : cell.text));
  return { label: at >= 0 ? label : '', rest };
}

/** labelledCells as one line, the parts separated by ideographic spaces. */
export function rowReading(label: string, cells: readonly RowCell[]): string {
  const { label: l, rest } = labelledCells(label, cells);
  return [l, ...rest].filter(Boolean).join('　');
}

/** Items a plan may drop in a row without its next item number being misread as a decimal. */
const MAX_ITEM_GAP = 3;

const SERIAL_HEADER = /^(?:序号|编号|序)$/u;
const LABEL_HEADER = /指标|项目|名称/u;
const NOT_LABEL_HEADER = /性质|属性|类型|单位|值|年/u;

/** Reads a plan's blocks into its clauses, in document order. */
export function blocksToClauses(plan: string, blocks: readonly Block[]): Clause[] {
  const clauses: Clause[] = [];
  let lastItem = 0;
  let lastParent = '';
  blocks.forEach((block, k) => {
    const base = { plan, domain: block.domain, role: block.role, path: block.path };
    const parent = block.path.join('/');
    if (parent !== lastParent) [lastItem, lastParent] = [0, parent];
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (!text) return;
      const item = itemNumber(text, lastItem);
      if (item) lastItem = item.n;
      const title = soleParagraphTitle(blocks, k);
      clauses.push({ ...base, anchor: block.id, kind: 'paragraph', text, label: null, cells: null, numbering: item?.length ?? 0, title, position: clauses.length });
    } else if (block.kind === 'table') {
      for (const row of tableToRows(block)) {
        clauses.push({ ...base, ...row, kind: 'row', numbering: 0, title: null, position: clauses.length });
      }
    }
  });
  return clauses;
}

/** Headings that name a list or a domain, not the text under them. */
const LIST_HEADING = /主要目标|策略措施|主要措施|^\s*[(（]?[一二三四五六七八九十\d]+[)）、.]?\s*(?:妇女|儿童)与/u;

function soleParagraphTitle(blocks: readonly Block[], k: number): string | null {
  const before = blocks[k - 1];
  const after = blocks[k + 1];
  if (before?.kind !== 'heading' || (after && after.kind !== 'heading')) return null;
  return LIST_HEADING.test(before.text) ? null : before.text;
}

/**
 * The item number of a numbered paragraph. "8.5岁以下儿童…" after item 7 is item 8 followed by
 * "5岁以下儿童" (seed 004), not the number 8.5: the item sequence tells the two apart. A plan
 * that drops items leaves gaps in its numbering, so a small jump forward still counts.
 */
function itemNumber(text: string, previous: number): { n: number; length: number } | null {
  const m = /^(\d{1,2})[.、．](?=(\d)?)/u.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] !== undefined && !(n > previous && n <= previous + MAX_ITEM_GAP)) return null;
  return { n, length: m[0].length };
}

interface RowText {
  anchor: string;
  text: string;
  label: string;
  cells: RowCell[];
}

/**
 * Each body row keyed by its indicator cell, its cells in the order label, target, the rest;
 * the serial-number column is left out. Tables differ in columns (2020 | 2025 | 指标性质, or a
 * 规划目标 alone), and putting the target first lines up targets with targets when rows of two
 * plans are compared, instead of one plan's baseline with the other's target.
 */
export function tableToRows(block: Pick<Block, 'rows' | 'rowIds'>): RowText[] {
  const header = (block.rows[0] ?? []).map((h) => h.trim());
  const label = findLabelColumn(header, serialColumn(header));
  const out: RowText[] = [];
  block.rows.slice(1).forEach((row, i) => {
    const cells = row.map((c) => c.trim());
    const columns = rowCellColumns(header, cells);
    const kept = columns.map((j) => cells[j]!);
    if (!kept.length) return;
    const inOrder = [...columns].sort((a, b) => a - b).map((j) => ({ head: header[j] ?? '', text: cells[j]! }));
    out.push({ anchor: block.rowIds[i]!, text: kept.join(ROW_SEPARATOR), label: cells[label] || kept[0]!, cells: inOrder });
  });
  return out;
}

/**
 * The table column of each cell of a row's clause text, in the clause's order (label, target,
 * the rest; empty cells left out), so a view can put the cells back in the plan's own order.
 */
export function rowCellColumns(header: readonly string[], cells: readonly string[]): number[] {
  const serial = serialColumn(header);
  const label = findLabelColumn(header, serial);
  const target = findTargetColumn(header, serial, label);
  const order = [label, target, ...header.map((_, j) => j).filter((j) => j !== label && j !== target && j !== serial)]
    .filter((j) => j >= 0);
  const kept = order.filter((j) => cells[j]);
  // A group row such as "(一)保障妇女享有…" may sit in the serial column with the rest empty.
  return kept.length ? kept : cells.flatMap((c, j) => (c && !/^\d+$/.test(c) ? [j] : []));
}

/** The 序号 column of a table, or -1: its numbers are not part of a row's clause text. */
export function serialColumn(header: readonly string[]): number {
  return header.findIndex((h) => SERIAL_HEADER.test(h.trim()));
}

function findLabelColumn(header: readonly string[], serial: number): number {
  const named = header.findIndex((h, j) => j !== serial && LABEL_HEADER.test(h) && !NOT_LABEL_HEADER.test(h));
  if (named >= 0) return named;
  const first = header.findIndex((h, j) => j !== serial && !/^\d{4}/.test(h));
  return Math.max(first, 0);
}

/** The target column: the latest year in the header, else one named 目标; -1 when there is none. */
function findTargetColumn(header: readonly string[], serial: number, label: number): number {
  let best = -1;
  let bestYear = 0;
  header.forEach((h, j) => {
    const year = /^(\d{4})/.exec(h);
    if (j !== serial && j !== label && year && Number(year[1]) > bestYear) [best, bestYear] = [j, Number(year[1])];
  });
  if (best >= 0) return best;
  return header.findIndex((h, j) => j !== serial && j !== label && /目标/.test(h));
}

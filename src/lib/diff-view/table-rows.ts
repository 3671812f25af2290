/**
 * A plan's table rows as the diff view shows them: the cells back in the plan's own column order
 * (指标 | 2020 | 2025 | 指标性质, as its table has them), each cell with the edits inside it. The
 * alignment compares a row as its cells joined label-and-target first (align/clauses.ts); this
 * module undoes that order for the reader.
 */
import type { Block } from '../plan/blocks.ts';
import { labelledCells, ROW_SEPARATOR, rowCellColumns } from '../align/clauses.ts';
import type { AlignedClause } from '../align/classify.ts';
import type { Edit } from '../align/edits.ts';

/** One body row of a plan table: the table's header and the row's cells, as the plan has them. */
export interface TableRowSource {
  /** Id of the table block the row belongs to. */
  table: string;
  header: string[];
  cells: string[];
  /** Table column of each cell of the row's clause text, in the clause's order. */
  columns: number[];
}

/**
 * A reference row shown without its table: the indicator, then each other cell after its
 * column's header, in the reference table's own order (婴儿死亡率 · 2020年：4.7 · 2025年：2.8),
 * so that no figure is read as another column's. Null when the row's cells are not known.
 */
type ReferenceRow = Pick<AlignedClause, 'kind' | 'reference_form' | 'reference_text' | 'reference_cells'>;

export function labelledReferenceRow(c: ReferenceRow): { label: string; rest: string[] } | null {
  // The reference's form: a row of its table, whether the plan's clause is a row or a paragraph.
  if ((c.reference_form ?? c.kind) !== 'row' || !c.reference_cells?.length) return null;
  return labelledCells((c.reference_text ?? '').split(ROW_SEPARATOR)[0] ?? '', c.reference_cells);
}

/** labelledReferenceRow as one line (rowReading); null when the reference is not a row with known cells. */
export function referenceRowReading(c: ReferenceRow): string | null {
  const row = labelledReferenceRow(c);
  return row ? [row.label, ...row.rest].filter(Boolean).join('　') : null;
}

/** Every table row of a plan by its row anchor. */
export function tableRowsOf(blocks: readonly Pick<Block, 'kind' | 'id' | 'rows' | 'rowIds'>[]): Map<string, TableRowSource> {
  const out = new Map<string, TableRowSource>();
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const header = (block.rows[0] ?? []).map((h) => h.trim());
    block.rows.slice(1).forEach((row, i) => {
      const cells = Array.from({ length: Math.max(header.length, row.length) }, (_, j) => (row[j] ?? '').trim());
      out.set(block.rowIds[i]!, { table: block.id, header, cells, columns: rowCellColumns(header, cells) });
    });
  }
  return out;
}

/**
 * The edits of a row clause cut at its cell boundaries, by table column. Deleted text stays
 * with the cell it was deleted from (the one at its place in the plan's text). Null when the
 * edits do not spell out the clause text (a part of a merged paragraph): then the row cannot be
 * laid out by cell and the caller shows its edits whole.
 */
export function rowEditsByColumn(text: string, edits: readonly Edit[], columns: readonly number[]): Map<number, Edit[]> | null {
  const planText = edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('');
  const cells = text.split(ROW_SEPARATOR);
  if (planText !== text || cells.length !== columns.length) return null;
  // Cell number of each character of the text; -1 for a separator.
  const cellAt: number[] = [];
  cells.forEach((cell, k) => {
    if (k > 0) cellAt.push(...new Array<number>(ROW_SEPARATOR.length).fill(-1));
    cellAt.push(...new Array<number>(cell.length).fill(k));
  });
  const out = new Map<number, Edit[]>(columns.map((j) => [j, []]));
  const push = (k: number, op: Edit['op'], piece: string) => {
    const list = out.get(columns[k]!)!;
    const last = list.at(-1);
    if (last?.op === op) last.text += piece;
    else list.push({ op, text: piece });
  };
  let pos = 0;
  for (const e of edits) {
    if (e.op === 'delete') {
      // The cell the deletion stands in: the one at this place, or the one it follows.
      let at = pos;
      while (at > 0 && (at >= cellAt.length || cellAt[at] === -1)) at--;
      push(Math.max(cellAt[at] ?? 0, 0), 'delete', e.text);
      continue;
    }
    // By UTF-16 unit, as the separator positions are: a character split in two is joined again by push.
    for (let i = 0; i < e.text.length; i++, pos++) {
      const k = cellAt[pos]!;
      if (k >= 0) push(k, e.op, e.text[i]!);
    }
  }
  return out;
}

/** A cell changed when it holds an insertion or a deletion. */
export function isChangedCell(edits: readonly Edit[]): boolean {
  return edits.some((e) => e.op !== 'equal');
}

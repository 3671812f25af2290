/**
 * A table row of the clause explorer (/clauses/<id>/), as its plan's table has it: its cells in
 * the table's own column order under their headers, each variant's cells marked where they
 * differ from the common wording's cell under the same header (2025 目标: 2.8 → 4).
 */
import type { RowCell } from '../align/clauses.ts';

export interface ShownCell extends RowCell {
  /** The common wording has another text under this header, or no such header. */
  changed: boolean;
}

const keyOf = (text: string) => text.replace(/\s+/gu, '');

/**
 * `cells` as shown: against `common`, a cell is marked when the common wording has another text
 * under its header, or has no such header and no cell of that text (an indicator cell under
 * another header is the same indicator). None is marked for the common wording itself.
 */
export function shownCells(cells: readonly RowCell[], common: readonly RowCell[] | null = null): ShownCell[] {
  const byHead = new Map((common ?? []).map((c) => [keyOf(c.head), keyOf(c.text)]));
  const texts = new Set((common ?? []).map((c) => keyOf(c.text)));
  const changed = (c: RowCell) => {
    const under = byHead.get(keyOf(c.head));
    return under === undefined ? !texts.has(keyOf(c.text)) : under !== keyOf(c.text);
  };
  return cells.map((c) => ({ ...c, changed: common !== null && changed(c) }));
}

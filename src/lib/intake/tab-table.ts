/**
 * Reads back the tables the document readers write (lines.ts): consecutive lines that each hold a
 * tab and have the same number of cells. Text and web-page sources hold no such lines (their tables
 * come flattened one cell per line and are rebuilt by src/lib/ingest/tables.ts).
 */
export interface TabTable {
  rows: string[][];
  /** Index of the first line after the table. */
  end: number;
}

const cellsOf = (text: string) => (text.includes('\t') ? text.split('\t').map((c) => c.trim()) : null);

export function isTabRow(text: string): boolean {
  return text.includes('\t');
}

/** The table starting at lines[start], or null when fewer than two rows of equal width follow. */
export function readTabTable(lines: readonly { text: string }[], start: number): TabTable | null {
  const first = cellsOf(lines[start]!.text);
  if (!first || first.length < 2) return null;
  const rows = [first];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const cells = cellsOf(lines[end]!.text);
    if (!cells || cells.length !== first.length) break;
    rows.push(cells);
  }
  return rows.length >= 2 ? { rows, end } : null;
}

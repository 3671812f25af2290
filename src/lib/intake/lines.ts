/**
 * The text shape every document reader produces, the same the scraped .txt sources have: one
 * paragraph per line; a table as one row per line with its cells separated by a tab (a cell's own
 * whitespace squeezed to single spaces), so the ingest can rebuild the table exactly instead of guessing.
 */

/** One cell's text on one line: no tabs or line breaks inside, outer whitespace trimmed. */
export function cellText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Rows of cells → tab-separated lines; rows with no text at all are dropped (they hold no characters). */
export function tableToLines(rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows
    .map((r) => [...r.map(cellText), ...Array<string>(width - r.length).fill('')])
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => r.join('\t'));
}

/** A paragraph as lines: a tab inside it is a space (tabs mark table cells), trailing blanks go. */
export function paragraphLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\t/g, ' ').replace(/\s+$/, ''));
}

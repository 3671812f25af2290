/**
 * The rows of one plan table in the diff view, as a table: the plan's header and column order,
 * a status per row, the edits inside the cells that changed, and the reference rows the plan
 * lacks in between. The 序号 column is left out, as it is from the clause text.
 */
import type { AlignedClause } from '../align/classify.ts';
import { ROW_SEPARATOR, serialColumn } from '../align/clauses.ts';
import { esc } from '../html/escape.ts';
import { isChangedCell, labelledReferenceRow, rowEditsByColumn, type TableRowSource } from './table-rows.ts';

/** How the caller draws what every entry has: the status badge and the notes under the text. */
export interface RowParts {
  badge: (c: AlignedClause) => string;
  notes: (c: AlignedClause) => string;
  edits: (c: AlignedClause['edits']) => string;
}

/** Splits clauses into runs: the rows of one table (with omitted reference rows between them) or anything else. */
export function rowRuns(
  clauses: readonly AlignedClause[], rows: ReadonlyMap<string, TableRowSource>,
): { table: string | null; clauses: AlignedClause[] }[] {
  const runs: { table: string | null; clauses: AlignedClause[] }[] = [];
  for (const c of clauses) {
    const source = c.status === 'omitted' ? null : rows.get(c.anchor);
    const last = runs.at(-1);
    // A reference row the plan lacks stays in the table it follows.
    const table = source?.table ?? (c.status === 'omitted' && c.kind === 'row' && last?.table ? last.table : null);
    if (last && last.table === table) last.clauses.push(c);
    else runs.push({ table, clauses: [c] });
  }
  return runs;
}

/** The rows of one table; `rows` holds the plan's cells of each. */
export function rowTableHtml(clauses: readonly AlignedClause[], rows: ReadonlyMap<string, TableRowSource>, parts: RowParts): string {
  const first = clauses.map((c) => (c.status === 'omitted' ? undefined : rows.get(c.anchor))).find(Boolean)!;
  const serial = serialColumn(first.header);
  const shown = first.header.map((_, j) => j).filter((j) => j !== serial);
  const head = shown.map((j, k) => {
    const name = first.header[j] ? esc(first.header[j]) : `<span class="visually-hidden">${k === 0 ? '指标' : '内容'}</span>`;
    return `<th scope="col"${k === 0 ? ' class="row-label"' : ''}>${name}</th>`;
  }).join('');
  const seen = new Set<string>();
  const out: string[] = [];
  clauses.forEach((c, i) => {
    const prev = clauses[i - 1];
    // A row that states two indicators, each written in a paragraph of the reference: one row, both notes.
    if (c.reference_form && prev?.reference_form && prev.anchor === c.anchor && c.status !== 'omitted') {
      out[out.length - 1] = out[out.length - 1]!.replace(/<\/td><\/tr>$/u, `<div class="further-note">${parts.badge(c)}${parts.notes(c)}</div></td></tr>`);
      return;
    }
    // A further reference item of a merged row shares the row's anchor; the first entry holds the id.
    const id = c.status === 'omitted' || seen.has(c.anchor) ? '' : ` id="d-${esc(c.anchor)}"`;
    seen.add(c.anchor);
    out.push(rowHtml(c, rows.get(c.anchor), shown, parts, id));
  });
  const body = out.join('');
  return `<div class="table-wrap diff-table"><table><thead><tr><th scope="col" class="row-status">对照</th>${head}<th scope="col" class="row-notes">说明</th></tr></thead><tbody>${body}</tbody></table></div>`;
}

function rowHtml(c: AlignedClause, source: TableRowSource | undefined, shown: readonly number[], parts: RowParts, id: string): string {
  const open = `<tr class="c-${c.status}"${id}><td class="row-status">${parts.badge(c)}</td>`;
  const close = `<td class="row-notes">${parts.notes(c)}</td></tr>`;
  const span = (html: string, cls = '') => `<td colspan="${shown.length}"${cls ? ` class="${cls}"` : ''}>${html}</td>`;
  if (c.status === 'omitted' || !source) return open + omittedCells(c, shown.length) + close;
  const byColumn = c.status === 'modified' ? rowEditsByColumn(c.text, c.edits, source.columns) : null;
  // A row laid out in a column the view leaves out (a group title in the 序号 column), or edits that are not the row's whole text.
  if (!source.columns.every((j) => shown.includes(j)) || (c.status === 'modified' && !byColumn)) {
    return open + span(c.status === 'modified' ? parts.edits(c.edits) : esc(c.text)) + close;
  }
  const cells = shown.map((j, k) => {
    const edits = byColumn?.get(j);
    const changed = edits && isChangedCell(edits);
    const html = changed ? parts.edits(edits) : esc(source.cells[j] ?? '');
    const tag = k === 0 ? 'th scope="row"' : 'td';
    const cls = [k === 0 ? 'row-label' : '', changed ? 'cell-changed' : ''].filter(Boolean).join(' ');
    return `<${tag}${cls ? ` class="${cls}"` : ''}>${html}</${tag.slice(0, 2)}>`;
  }).join('');
  return open + cells + close;
}

/**
 * A reference row the plan lacks: its indicator in the indicator column, its other cells across
 * the rest (the reference's columns are not the plan's, so they are not put under its headers).
 */
function omittedCells(c: AlignedClause, columns: number): string {
  const labelled = labelledReferenceRow(c);
  const [label = '', ...rest] = labelled ? [labelled.label, ...labelled.rest] : (c.reference_text ?? '').split(ROW_SEPARATOR);
  const hidden = '<span class="visually-hidden">对照基准中的一行，在本规划中没有找到：</span>';
  if (c.kind !== 'row' || !rest.length || columns < 2) return `<td colspan="${columns}" class="omitted-text">${hidden}${esc(c.reference_text ?? '')}</td>`;
  return `<th scope="row" class="row-label omitted-text">${hidden}${esc(label)}</th>` +
    `<td colspan="${columns - 1}" class="omitted-text">${rest.map(esc).join('　')}</td>`;
}

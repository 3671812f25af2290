/**
 * A Word .docx → text lines (lines.ts): mammoth reads the document as Word shows it with tracked
 * changes accepted (deleted text is not part of it, inserted text is) and without comments; each
 * paragraph, heading and list item becomes a line, each table a block of tab-separated rows with
 * merged cells spread over the cells they cover.
 */
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { DocumentError } from './formats.ts';
import { paragraphLines, tableToLines } from './lines.ts';

const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

const elements = (node: Element, name: string): Element[] =>
  node.children.flatMap((c) => (c.type === 'tag' ? (c.name === name ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.name) ? elements(c, name) : []) : []));

/** Cells laid on a grid: a cell spanning n columns or rows leaves the others it covers empty. */
export function tableRows(table: Element): string[][] {
  const grid: string[][] = [];
  elements(table, 'tr').forEach((tr, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const td of tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))) {
      while (grid[r]![col] !== undefined) col++;
      const colspan = Math.max(1, Number(td.attribs.colspan ?? 1) || 1);
      const rowspan = Math.max(1, Number(td.attribs.rowspan ?? 1) || 1);
      const text = td.children.map((c) => (c.type === 'tag' && PARAGRAPH.has(c.name) ? `${textOf(c)}\n` : textOf(c))).join('');
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? text : '';
      }
      col += colspan;
    }
  });
  return grid.map((row) => Array.from(row, (c) => c ?? ''));
}

function blockLines(nodes: readonly ChildNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type !== 'tag') {
      if (node.type === 'text' && node.data.trim()) out.push(...paragraphLines(node.data));
      continue;
    }
    if (node.name === 'table') out.push(...tableToLines(tableRows(node)));
    else if (PARAGRAPH.has(node.name) && !node.children.some((c) => c.type === 'tag' && (c.name === 'ul' || c.name === 'ol' || c.name === 'table'))) {
      out.push(...paragraphLines(textOf(node)));
    } else blockLines(node.children, out);
  }
}

/** mammoth's HTML → lines; exported for the tests of odd layouts. */
export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  blockLines(parseDocument(html).children, out);
  return out.join('\n') + '\n';
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false })).value;
  } catch (error) {
    throw new DocumentError(`not a readable .docx: ${String((error as Error).message).split('\n')[0]}`, 'open it in Word or WPS and save it again as .docx');
  }
  const text = docxHtmlToText(html);
  if (!text.trim()) throw new DocumentError('the .docx holds no text', 'check that this is the plan document and not a cover page or an image');
  return text;
}

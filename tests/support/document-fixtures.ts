/**
 * Word and PDF documents made from a seed text, as a county would publish it: every line of the
 * seed a paragraph, every table the seed's ingest rebuilds (000, 003) a real table, and one long
 * sentence broken across a page. Made by the tests themselves, so no binary fixture is checked in.
 */
import { readFileSync } from 'node:fs';
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';
import { readTable } from '../../src/lib/ingest/tables.ts';

// Debian's fonts-noto-cjk. The serif face: the sans face draws · (U+00B7) and • (U+2022) with one
// glyph, so a PDF made with it could not say which of the two the text holds.
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
export const CJK_FONT_NAME = 'NotoSerifCJKsc-Regular';

export type SeedPart = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

/** The seed's lines, with each flattened table (a 序号 line and the cells after it) as its rebuilt rows. */
export function seedParts(text: string): SeedPart[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const parts: SeedPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = lines[i]!.text.trim() === '序号' ? readTable(lines, i) : null;
    if (table) {
      parts.push({ kind: 'table', rows: table.rows });
      i = table.end - 1;
    } else parts.push({ kind: 'line', text: lines[i]!.text });
  }
  return parts;
}

/** The first long sentence-bearing line: where the page break goes, in the middle of a sentence. */
export function pageBreakAt(parts: readonly SeedPart[]): number {
  const at = parts.findIndex((p, k) => k > parts.length / 3 && p.kind === 'line' && p.text.length > 80 && /。/.test(p.text.slice(20, -20)));
  if (at < 0) throw new Error('no line long enough for a page break inside a sentence');
  return at;
}

export async function seedToDocx(parts: readonly SeedPart[]): Promise<Uint8Array> {
  const breakAt = pageBreakAt(parts);
  const children = parts.map((part, k) => {
    if (part.kind === 'table') {
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: part.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      });
    }
    if (k !== breakAt) return new Paragraph({ children: [new TextRun(part.text)] });
    const middle = Math.floor(part.text.length / 2);
    return new Paragraph({ children: [new TextRun(part.text.slice(0, middle)), new PageBreak(), new TextRun(part.text.slice(middle))] });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Layout of the generated PDF: A4, 2 cm margins, body text indented two characters as in 公文. */
const PAGE = { margin: 56, size: 11 };

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
}

/** A row whose only text is its first cell is a group label spanning the table, as 000's (一)保障… rows are printed. */
const isGroupRow = (row: readonly string[]) => row.length > 1 && row.slice(1).every((c) => c === '') && row[0] !== '';

/**
 * Each cell on one line: columns as wide as their widest text plus a one-em margin on each side
 * (the type made smaller where the table would not fit the page), group labels across the row.
 */
function drawTable(doc: PDFKit.PDFDocument, rows: readonly string[][]): void {
  const available = doc.page.width - 2 * PAGE.margin;
  let size = 9;
  const widthsAt = (at: number) => {
    doc.fontSize(at);
    return rows[0]!.map((_, c) => Math.max(2 * at, ...rows.filter((r) => !isGroupRow(r)).map((r) => doc.widthOfString(r[c] ?? ''))) + 2 * at);
  };
  let widths = widthsAt(size);
  while (widths.reduce((a, b) => a + b, 0) > available || rows.some((r) => isGroupRow(r) && doc.widthOfString(r[0]!) + 2 * size > available)) {
    size -= 0.5;
    widths = widthsAt(size);
  }
  const height = size * 2;
  for (const row of rows) {
    if (doc.y + height > doc.page.height - PAGE.margin) doc.addPage();
    const y = doc.y;
    let x = PAGE.margin;
    if (isGroupRow(row)) {
      doc.rect(x, y, widths.reduce((a, b) => a + b, 0), height).stroke();
      doc.text(row[0]!, x + size, y + size / 2, { lineBreak: false });
    } else {
      row.forEach((cell, c) => {
        doc.rect(x, y, widths[c]!, height).stroke();
        if (cell) doc.text(cell, x + size, y + size / 2, { lineBreak: false });
        x += widths[c]!;
      });
    }
    doc.x = PAGE.margin;
    doc.y = y + height;
  }
  doc.fontSize(PAGE.size);
  doc.moveDown(0.5);
}

/** What a county's PDF prints on every page besides the text: its page number, and a running head from the second page on. */
export interface PageFurniture {
  /** How the page number is printed, e.g. (n) => `— ${n} —`. */
  pageNumber: (page: number) => string;
  runningHead: string;
}

/** The running head centred in the top margin from the second page on, the page number centred in the bottom margin of every page. */
function drawFurniture(doc: PDFKit.PDFDocument, furniture: PageFurniture): void {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    // pdfkit starts a new page for text below the bottom margin; furniture lives in the margin.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width;
    doc.fontSize(9);
    if (page > start) doc.text(furniture.runningHead, 0, 24, { width, align: 'center', lineBreak: false });
    doc.text(furniture.pageNumber(page - start + 1), 0, doc.page.height - 34, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fontSize(PAGE.size);
}

/**
 * A text PDF: the CJK font embedded, paragraphs wrapped by pdfkit, tables drawn cell by cell; with
 * `furniture`, a page number on every page and a running head on every page but the first.
 */
export async function seedToPdf(parts: readonly SeedPart[], furniture?: PageFurniture): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, compress: false, bufferPages: furniture !== undefined });
  const done = collect(doc);
  doc.font(CJK_FONT, CJK_FONT_NAME).fontSize(PAGE.size);
  for (const part of parts) {
    if (part.kind === 'table') {
      drawTable(doc, part.rows);
      continue;
    }
    const text = part.text.trim();
    if (!text) continue;
    doc.text(text, PAGE.margin, doc.y, { indent: 2 * PAGE.size, width: doc.page.width - 2 * PAGE.margin, align: 'left' });
  }
  if (furniture) drawFurniture(doc, furniture);
  doc.end();
  return done;
}

export function readSeed(path: string): string {
  return readFileSync(path, 'utf8');
}

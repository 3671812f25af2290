/**
 * One odd document per format, made by hand here, and the documents the readers must refuse with
 * one line naming the file and what to do.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { docxToText } from '../../../src/lib/intake/docx.ts';
import { pdfToText } from '../../../src/lib/intake/pdf.ts';
import { docToText } from '../../../src/lib/intake/doc.ts';
import { readTabTable } from '../../../src/lib/intake/tab-table.ts';
import { readDocumentSync } from '../../../src/lib/intake/read-document-fs.ts';
import { sourceText } from '../../../src/lib/ingest/ingest.ts';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { CJK_FONT, CJK_FONT_NAME } from '../../support/document-fixtures.ts';

const seed001 = readFileSync('content/sources/001_23d5c46fb19a73e3.txt', 'utf8').split('\n');
// 001_23d5c46fb19a73e3.txt:24–28
const HEADING = seed001[23]!;
const GOALS = seed001[24]!;
const ITEM_1 = seed001[25]!;
const ITEM_2 = seed001[26]!;

describe('a .docx edited with tracked changes and comments', () => {
  it('reads as Word shows it with the changes accepted: the insertion in, the deletion and the comment out', async () => {
    expect(HEADING).toBe('（一）妇女与健康');
    expect(ITEM_2).toBe('2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。');
    const doc = new Document({
      comments: { children: [{ id: 0, author: '审核', date: new Date('2023-04-01'), children: [new Paragraph('请核对此数据')] }] },
      sections: [{
        children: [
          new Paragraph(HEADING),
          new Paragraph(GOALS),
          new Paragraph(ITEM_1),
          new Paragraph({
            children: [
              new TextRun('2.孕产妇死亡率下降到'),
              new CommentRangeStart(0),
              new DeletedTextRun({ id: 1, author: '审核', date: '2023-04-01T00:00:00Z', text: '15/10万' }),
              new InsertedTextRun({ id: 2, author: '审核', date: '2023-04-01T00:00:00Z', text: '12.5/10万' }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun('以内，城乡差距缩小。'),
            ],
          }),
        ],
      }],
    });
    const text = await docxToText(new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe([HEADING, GOALS, ITEM_1, ITEM_2].join('\n') + '\n');
    expect(text).not.toContain('请核对');
  });
});

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

describe('a PDF whose text is drawn out of reading order', () => {
  it('reads top to bottom and left to right, whatever order the glyphs were drawn in', async () => {
    // Paragraphs start two characters in; item 1 wraps over three lines at the left margin.
    const placed = [
      { text: HEADING, x: 102 },
      { text: GOALS, x: 102 },
      { text: ITEM_1.slice(0, 20), x: 102 },
      { text: ITEM_1.slice(20, 42), x: 80 },
      { text: ITEM_1.slice(42), x: 80 },
    ];
    const bytes = await pdf((doc) => {
      doc.font(CJK_FONT, CJK_FONT_NAME).fontSize(11);
      // Drawn bottom line first; the table row's right cell before its left one.
      doc.text('2025', 300, 300, { lineBreak: false });
      doc.text('孕产妇死亡率', 80, 300, { lineBreak: false });
      doc.text('2020', 300, 280, { lineBreak: false });
      doc.text('指标', 80, 280, { lineBreak: false });
      for (let k = placed.length - 1; k >= 0; k--) doc.text(placed[k]!.text, placed[k]!.x, 100 + k * 16, { lineBreak: false });
    });
    expect(ITEM_1.length).toBeGreaterThan(45);
    expect((await pdfToText(bytes)).text).toBe([HEADING, GOALS, ITEM_1, '指标\t2020', '孕产妇死亡率\t2025'].join('\n') + '\n');
  });
});

describe('documents refused with one line', () => {
  const refuse = (name: string, bytes: Uint8Array) => () => sourceText({ name, path: `content/sources/${name}`, bytes });

  it('a scanned PDF: no text layer, no OCR', async () => {
    const scan = await pdf((doc) => {
      doc.rect(56, 56, 400, 600).fill('#888');
      doc.addPage().rect(56, 56, 400, 600).fill('#888');
    });
    expect(refuse('scan.pdf', scan)).toThrow('content/sources/scan.pdf: the PDF has no text layer (2 pages of images: a scan) (text recognition (OCR) is not supported: find the plan as a .docx, a text PDF or a web page)');
  });
  it('a .wps file: save it as .docx', () => {
    expect(refuse('plan.wps', new Uint8Array([1, 2, 3]))).toThrow('content/sources/plan.wps: a WPS .wps document cannot be read here (open it in WPS or Word, save it as .docx and add that file instead)');
  });
  it('a .docx that is not one', () => {
    expect(refuse('plan.docx', new TextEncoder().encode('<html>not a word file</html>'))).toThrow(/^content\/sources\/plan\.docx: not a readable \.docx: .+ \(open it in Word or WPS and save it again as \.docx\)$/);
  });
  it('a .doc that is not one', () => {
    expect(refuse('plan.doc', new TextEncoder().encode('plain text, not a Word 97 file'))).toThrow(/^content\/sources\/plan\.doc: not a readable Word \.doc: .+ \(open it in Word or WPS, save it as \.docx and add that file instead\)$/);
  });
  it('a PDF that is not one', () => {
    expect(refuse('plan.pdf', new TextEncoder().encode('%PDF-1.7 truncated'))).toThrow(/^content\/sources\/plan\.pdf: not a readable PDF: .+ \(download the file again; if it stays unreadable, use the \.docx or web page version\)$/);
  });
  it('an empty document', () => {
    expect(refuse('plan.pdf', new Uint8Array())).toThrow('content/sources/plan.pdf: the file is empty (copy the downloaded document in again, byte for byte)');
  });
});

describe('through the ingest of a sources folder', () => {
  const folder = (files: Record<string, Uint8Array | string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'liangui-intake-'));
    mkdirSync(join(dir, 'sources'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), bytes);
    return dir;
  };
  const run = (dir: string) => () => runIngest({ sourcesDir: join(dir, 'sources'), plansDir: join(dir, 'plans'), reportPath: join(dir, 'report.json') });

  it('refuses a .wps with its sidecar in one line and writes nothing', () => {
    const dir = folder({ 'plan.wps': 'x', 'plan.yaml': readFileSync('content/sources/001_23d5c46fb19a73e3.yaml', 'utf8') });
    expect(run(dir)).toThrow(`${join(dir, 'sources', 'plan.wps')}: a WPS .wps document cannot be read here (open it in WPS or Word, save it as .docx and add that file instead)`);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });
  it('asks for the sidecar of a .docx by the .yaml name', () => {
    const dir = folder({ 'plan.docx': 'x' });
    expect(run(dir)).toThrow(`${join(dir, 'sources', 'plan.yaml')}: the sidecar is missing`);
  });
});

describe('a legacy Word .doc', () => {
  const doc = (name: string) => docToText(readFileSync(`tests/fixtures/documents/${name}`));
  it('reads its paragraphs, Chinese included', async () => {
    // What the document says, as word-extractor's authors record it (tests/fixtures/documents/README.md).
    expect(await doc('word97-chinese.doc')).toBe('这是一个用来测试nodejs解析Word文档.doccccc\nThis is a test for parsing the Word file in node.\n');
  });
  it('reads its table as rows of tab-separated cells, which the ingest takes as a table', async () => {
    const lines = (await doc('word97-table.doc')).split('\n');
    expect(lines[0]).toBe('Each license name is hyperlinked to its location.');
    expect(lines[1]).toBe('License\tGPL v3.0\tLGPL v3.0\tBSD\tMIT (X11)\tApache v2.0');
    const table = readTabTable(lines.map((text) => ({ text })), 1);
    expect(table?.rows).toHaveLength(5);
    expect(table?.rows.map((r) => r[0])).toEqual(['License', 'Can You Release Commercial Works?', 'Can You Create Derivative Works?', 'Attribution?', 'So What?']);
  });
  it('reads tracked changes as accepted: the inserted text in', async () => {
    expect(await doc('word97-tracked-changes.doc')).toBe('This is a test of reviewing\n\nThis text has been inserted, and should be included\n');
  });
});

describe('a document read once', () => {
  it('is read from the cache the next time, to the same text', async () => {
    const bytes = await pdf((doc) => {
      doc.font(CJK_FONT, CJK_FONT_NAME).fontSize(11).text(`${HEADING} ${Date.now()}`, 80, 100, { lineBreak: false });
    });
    const first = readDocumentSync('pdf', bytes);
    const cached = readdirSync('.cache/documents').filter((n) => n.startsWith(createHash('sha256').update(bytes).digest('hex')));
    expect(cached).toHaveLength(1);
    expect(readDocumentSync('pdf', bytes)).toEqual(first);
    expect(first.ok && first.text.startsWith(HEADING)).toBe(true);
  });
});

/**
 * A PDF with a text layer → text lines, via unpdf (PDF.js). A scanned PDF (pages as images, no
 * text) is refused: there is no OCR.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { DocumentError } from './formats.ts';
import { piecesToText, type PdfPiece } from './pdf-layout.ts';
import type { DocumentText } from './formats.ts';

/** The text, and the page numbers and running heads taken off it (page-furniture.ts). */
export async function pdfToText(bytes: Uint8Array): Promise<DocumentText> {
  let pages: PdfPiece[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { items } = await extractTextItems(pdf);
    pages = items.map((page) => page.map((item) => ({ text: item.str, x: item.x, y: item.y, width: item.width, size: item.fontSize || item.height })));
    await pdf.destroy();
  } catch (error) {
    const message = String((error as Error)?.message ?? error).split('\n')[0] ?? '';
    if (/password/i.test(message)) throw new DocumentError('the PDF is password-protected', 'download an unprotected copy, or the .docx the page offers');
    throw new DocumentError(`not a readable PDF: ${message}`, 'download the file again; if it stays unreadable, use the .docx or web page version');
  }
  if (!pages.some((page) => page.some((p) => p.text.trim() !== ''))) {
    throw new DocumentError(`the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images: a scan)`, 'text recognition (OCR) is not supported: find the plan as a .docx, a text PDF or a web page');
  }
  return piecesToText(pages);
}

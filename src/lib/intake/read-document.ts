/**
 * A Word or PDF document's bytes → the text lines the ingest reads (lines.ts), or a DocumentError
 * saying in one sentence why not. Asynchronous, as the libraries are; read-document-fs.ts gives the
 * ingest a synchronous call.
 */
import { DocumentError, type DocumentFormat, type DocumentText } from './formats.ts';
import { docxToText } from './docx.ts';
import { pdfToText } from './pdf.ts';
import { docToText } from './doc.ts';

export async function readDocument(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentText> {
  if (bytes.length === 0) throw new DocumentError('the file is empty', 'copy the downloaded document in again, byte for byte');
  switch (format) {
    case 'docx':
      return { text: await docxToText(bytes), dropped: [] };
    case 'pdf':
      return pdfToText(bytes);
    case 'doc':
      return { text: await docToText(bytes), dropped: [] };
    case 'wps':
      throw new DocumentError('a WPS .wps document cannot be read here', 'open it in WPS or Word, save it as .docx and add that file instead');
  }
}

/** What crosses the worker boundary: the text, or the refusal's two parts. */
export type DocumentReading = ({ ok: true } & DocumentText) | { ok: false; problem: string; fix: string };

export async function readDocumentSafely(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentReading> {
  try {
    return { ok: true, ...(await readDocument(format, bytes)) };
  } catch (error) {
    if (error instanceof DocumentError) return { ok: false, problem: error.problem, fix: error.fix };
    const first = String((error as Error)?.message ?? error).split('\n')[0];
    return { ok: false, problem: `the ${format} reader failed: ${first}`, fix: `open the document, save it again as .${format === 'pdf' ? 'pdf' : 'docx'} and add that file` };
  }
}

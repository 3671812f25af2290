/**
 * A legacy Word .doc (the binary format before 2007) → text lines, read by word-extractor. Its body
 * text separates paragraphs by line breaks and table cells by tabs, rows by a line break, which is the
 * shape lines.ts describes.
 */
import WordExtractor from 'word-extractor';
import { DocumentError } from './formats.ts';
import { paragraphLines } from './lines.ts';

const SAVE_AS_DOCX = 'open it in Word or WPS, save it as .docx and add that file instead';

export async function docToText(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch (error) {
    throw new DocumentError(`not a readable Word .doc: ${String((error as Error).message).split('\n')[0]}`, SAVE_AS_DOCX);
  }
  if (!body.trim()) throw new DocumentError('the .doc holds no text', SAVE_AS_DOCX);
  // word-extractor ends a table row with a tab before the line break; a line with tabs is a table row.
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((line) => (line.includes('\t') ? line.replace(/\t+$/, '').split('\t').map((c) => c.replace(/\s+/g, ' ').trim()).join('\t') : paragraphLines(line)[0]!));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

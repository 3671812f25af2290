/**
 * Which reader a source file needs, by its extension: plain text and saved pages are decoded by the
 * ingest itself; Word and PDF documents are turned into text lines here first.
 */
import type { DroppedFurniture } from './page-furniture.ts';

export type DocumentFormat = 'docx' | 'pdf' | 'doc' | 'wps';

const DOCUMENT = /\.(docx|pdf|doc|wps)$/i;

/** Every file name the ingest picks up in the sources directory. */
export const SOURCE_FILE = /\.(txt|html?|docx|pdf|doc|wps)$/i;

export function documentFormatOf(name: string): DocumentFormat | null {
  const match = DOCUMENT.exec(name);
  return match ? (match[1]!.toLowerCase() as DocumentFormat) : null;
}

/**
 * A document the readers refuse, with the sentence for the curator: what is wrong and how to fix it.
 * (The ingest adds the file name.)
 */
export class DocumentError extends Error {
  readonly problem: string;
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(`${problem} (${fix})`);
    this.name = 'DocumentError';
    this.problem = problem;
    this.fix = fix;
  }
}

/** What a reader makes of a document: its text lines, and what it took off them (a PDF's page numbers and running heads), each with its page and reason. */
export interface DocumentText {
  text: string;
  dropped: DroppedFurniture[];
}

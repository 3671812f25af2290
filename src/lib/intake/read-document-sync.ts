/**
 * The ingest is synchronous from bytes to plans; the document libraries are not. synckit runs the
 * reader in one worker thread (started on the first document) and waits for its answer.
 */
import { createSyncFn } from 'synckit';
import type { DocumentFormat } from './formats.ts';
import type { DocumentReading } from './read-document.ts';

let readSync: ((format: DocumentFormat, bytes: Uint8Array) => DocumentReading) | null = null;

export function readDocumentSync(format: DocumentFormat, bytes: Uint8Array): DocumentReading {
  readSync ??= createSyncFn(new URL('./document-worker.ts', import.meta.url).pathname, { timeout: 120_000 });
  return readSync(format, bytes);
}

// The worker thread behind read-document-fs.ts: reads one document at a time.
import { runAsWorker } from 'synckit';
import type { DocumentFormat } from './formats.ts';
import { readDocumentSafely } from './read-document.ts';

runAsWorker((format: DocumentFormat, bytes: Uint8Array) => readDocumentSafely(format, bytes));

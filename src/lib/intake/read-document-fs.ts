/**
 * The ingest is synchronous from bytes to plans; the document libraries are not. synckit runs the
 * reader in one worker thread (started on the first document) and waits for its answer.
 * Readings are kept in .cache/documents/ under the digest of the document's bytes, the reader's code
 * and the libraries' versions, so a rebuild does not read an unchanged PDF again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSyncFn } from 'synckit';
import type { DocumentFormat, DocumentText } from './formats.ts';
import type { DocumentReading } from './read-document.ts';

const CACHE = join('.cache', 'documents');
const HERE = new URL('.', import.meta.url).pathname;
const LIBRARIES = ['mammoth', 'unpdf', 'word-extractor'];

let readSync: ((format: DocumentFormat, bytes: Uint8Array) => DocumentReading) | null = null;
let readerDigest: string | null = null;

/** The reader's own code and the versions of the libraries it calls: a change to either reads every document again. */
function digestOfReader(): string {
  if (readerDigest) return readerDigest;
  const hash = createHash('sha256');
  for (const name of readdirSync(HERE).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(HERE, name)));
  for (const library of LIBRARIES) {
    const manifest = join('node_modules', library, 'package.json');
    hash.update(library).update(existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, 'utf8')).version) : 'unknown');
  }
  readerDigest = hash.digest('hex').slice(0, 16);
  return readerDigest;
}

export function readDocumentSync(format: DocumentFormat, bytes: Uint8Array): DocumentReading {
  const key = `${createHash('sha256').update(bytes).digest('hex')}-${format}-${digestOfReader()}.json`;
  const cached = join(CACHE, key);
  if (existsSync(cached)) {
    const { text, dropped } = JSON.parse(readFileSync(cached, 'utf8')) as DocumentText;
    return { ok: true, text, dropped };
  }
  readSync ??= createSyncFn(join(HERE, 'document-worker.ts'), { timeout: 120_000 });
  const reading = readSync(format, bytes);
  if (reading.ok) {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves half a text behind.
    writeFileSync(`${cached}.part`, JSON.stringify({ text: reading.text, dropped: reading.dropped }));
    renameSync(`${cached}.part`, cached);
  }
  return reading;
}

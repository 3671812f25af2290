// A county's published document → a source with a drafted sidecar, then the ingest:
// `npm run add -- <file.docx|.doc|.pdf|.html|.txt> [--url <official URL>] [--sources <dir>] [--out <plans dir>] [--cache <dir>]`.
// Prints what was read and where, and what the curator must check. Bad input: one line, exit code 1.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { addSource } from '../src/lib/intake/add-fs.ts';
import { formatIngestError, isIngestError } from '../src/lib/ingest/errors.ts';
import { readSidecar } from '../src/lib/ingest/sidecar.ts';
import { ingestSource } from '../src/lib/ingest/ingest.ts';
import { runIngest } from '../src/lib/ingest/ingest-fs.ts';
import { summarizeIngest } from '../src/lib/ingest/summary.ts';
import { unreadNumbersReader } from '../src/lib/targets/unread-fs.ts';
import { unmappedDomainsReader } from '../src/lib/search/domains-fs.ts';
import { describeAddition } from '../src/lib/intake/describe.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    sources: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: 'content/plans' },
    // The ingest's cache (src/lib/ingest/ingest-cache-fs.ts), shared with npm run ingest.
    cache: { type: 'string', default: '.cache/ingest' },
  },
});

try {
  if (positionals.length !== 1) throw new Error('usage: npm run add -- <file> [--url <official URL>]');
  const added = addSource({ file: positionals[0]!, url: values.url ?? null, sourcesDir: values.sources, today: new Date().toISOString().slice(0, 10) });
  const sidecarText = readFileSync(added.sidecarPath, 'utf8');
  let ingested = null;
  let incomplete: string | null = null;
  try {
    const sidecar = readSidecar(added.sidecarPath, sidecarText);
    const name = added.sourcePath.slice(values.sources.length + 1);
    ingested = ingestSource({ name, path: added.sourcePath, bytes: readFileSync(added.sourcePath), sidecar });
  } catch (error) {
    if (!isIngestError(error)) throw error;
    incomplete = formatIngestError(error);
  }
  for (const line of describeAddition({ ...added, ingested, incomplete })) console.log(line);
  if (ingested) {
    const outcome = runIngest({ sourcesDir: values.sources, plansDir: values.out, reportPath: join(dirname(values.out), 'ingest-report.json'), unreadNumbersOf: unreadNumbersReader(), unmappedDomainsOf: unmappedDomainsReader(), cacheDir: values.cache });
    for (const line of summarizeIngest(outcome)) console.log(line);
  }
} catch (error) {
  if (isIngestError(error)) console.error(formatIngestError(error));
  else if (error instanceof Error && error.message.startsWith('usage:')) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}

// Raw sources → structured plans:
// `npm run ingest [-- --sources <dir>] [--out <plans dir>] [--report <file>] [--force <plan-id>]… [--cache <dir>]`.
// Defaults: content/sources → content/plans and content/ingest-report.json. Each source's and each plan's results are
// kept in the cache directory (.cache/ingest; src/lib/ingest/ingest-cache-fs.ts), so a run after one source changed
// computes that source's results alone. Bad input, a bad option or a
// file-system error stops it with one line (the file, the problem, the fix) and exit code 1, never a stack trace.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/lib/ingest/ingest-fs.ts';
import { formatIngestError, isIngestError } from '../src/lib/ingest/errors.ts';
import { summarizeIngest } from '../src/lib/ingest/summary.ts';
import { unreadNumbersReader } from '../src/lib/targets/unread-fs.ts';
import { unmappedDomainsReader } from '../src/lib/search/domains-fs.ts';
import { DomainDictionaryError } from '../src/lib/search/domains.ts';
import { DictionaryError } from '../src/lib/targets/dictionary.ts';
import { PlanFileError } from '../src/lib/plan/plan-file.ts';

const USAGE = 'npm run ingest -- [--sources <dir>] [--out <plans dir>] [--report <file>] [--force <plan-id>]… [--cache <dir>]';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/plans' },
      report: { type: 'string' },
      force: { type: 'string', multiple: true, default: [] },
      cache: { type: 'string', default: '.cache/ingest' },
    },
  }));
} catch (error) {
  fail(`ingest: ${String((error as Error).message).split('\n')[0]!.replace(/\. To specify .*$/, '')} (usage: ${USAGE})`);
}

try {
  const outcome = runIngest({
    sourcesDir: values.sources,
    plansDir: values.out,
    reportPath: values.report ?? join(dirname(values.out), 'ingest-report.json'),
    force: values.force,
    unreadNumbersOf: unreadNumbersReader(),
    unmappedDomainsOf: unmappedDomainsReader(),
    cacheDir: values.cache,
  });
  for (const line of summarizeIngest(outcome)) console.log(line);
} catch (error) {
  if (error instanceof DictionaryError || error instanceof PlanFileError || error instanceof DomainDictionaryError) fail(error.message.split('\n')[0]!);
  if (isIngestError(error)) fail(formatIngestError(error));
  const e = error as NodeJS.ErrnoException;
  if (process.env.DEBUG) console.error(e?.stack ?? e);
  fail(`ingest stopped: ${e.path ? `${e.path}: ` : ''}${String(e?.message ?? e).split('\n')[0]} (nothing was written if this came before the summary; DEBUG=1 shows where it stopped)`);
}

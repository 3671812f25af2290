// Raw sources → structured plans: `npm run ingest [-- --sources <dir>] [--out <plans dir>] [--report <file>] [--force <plan-id>]…`.
// Defaults: content/sources → content/plans and content/ingest-report.json. Bad input stops it with one line and exit code 1.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/lib/ingest/ingest-fs.ts';
import { formatIngestError, isIngestError } from '../src/lib/ingest/errors.ts';
import { summarizeIngest } from '../src/lib/ingest/summary.ts';
import { findUnreadNumbers } from '../src/lib/targets/unread-fs.ts';
import { DictionaryError } from '../src/lib/targets/dictionary.ts';
import { PlanFileError } from '../src/lib/plan/plan-file.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: 'content/plans' },
    report: { type: 'string' },
    force: { type: 'string', multiple: true, default: [] },
  },
});

try {
  const outcome = runIngest({
    sourcesDir: values.sources,
    plansDir: values.out,
    reportPath: values.report ?? join(dirname(values.out), 'ingest-report.json'),
    force: values.force,
    findUnreadNumbers,
  });
  for (const line of summarizeIngest(outcome)) console.log(line);
} catch (error) {
  if (error instanceof DictionaryError || error instanceof PlanFileError) console.error(error.message);
  else if (isIngestError(error)) console.error(formatIngestError(error));
  else throw error;
  process.exitCode = 1;
}

/** Keeps the performance report (scripts/PERFORMANCE.md) in step with the latest full benchmark run. */
import { readFileSync, writeFileSync } from 'node:fs';
import { carryOverColumns } from './report.ts';

/** Where the benchmark's detail lives; the README links to it. */
export const PERFORMANCE_REPORT = 'scripts/PERFORMANCE.md';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/**
 * Replaces the text between the bench markers of the report; adds a "Latest run" section if there
 * is none. Sizes the new run did not measure keep their earlier column, labelled with its date (carryOverColumns).
 */
export function updatePerformanceReport(reportPath: string, body: string): void {
  const report = readFileSync(reportPath, 'utf8');
  const i = report.indexOf(START);
  const j = report.indexOf(END);
  const previous = i >= 0 && j > i ? report.slice(i + START.length, j).trim() : '';
  const block = `${START}\n${carryOverColumns(previous, body.trim())}\n${END}`;
  const next = i >= 0 && j > i
    ? report.slice(0, i) + block + report.slice(j + END.length)
    : `${report.trimEnd()}\n\n## Latest run\n\n${block}\n`;
  writeFileSync(reportPath, next);
}

/** Keeps the performance report (scripts/PERFORMANCE.md) in step with the latest full benchmark run. */
import { readFileSync, writeFileSync } from 'node:fs';

/** Where the benchmark's detail lives; the README links to it. */
export const PERFORMANCE_REPORT = 'scripts/PERFORMANCE.md';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the bench markers of the report; adds a "Latest run" section if there is none. */
export function updatePerformanceReport(reportPath: string, body: string): void {
  const report = readFileSync(reportPath, 'utf8');
  const block = `${START}\n${body.trim()}\n${END}`;
  const i = report.indexOf(START);
  const j = report.indexOf(END);
  const next = i >= 0 && j > i
    ? report.slice(0, i) + block + report.slice(j + END.length)
    : `${report.trimEnd()}\n\n## Latest run\n\n${block}\n`;
  writeFileSync(reportPath, next);
}

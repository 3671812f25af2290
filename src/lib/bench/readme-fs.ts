/** Keeps README's Performance section in step with the latest full benchmark run. */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the bench markers in README.md; adds a Performance section if there is none. */
export function updateReadmePerformance(readmePath: string, body: string): void {
  const readme = readFileSync(readmePath, 'utf8');
  const block = `${START}\n${body.trim()}\n${END}`;
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  const next = i >= 0 && j > i
    ? readme.slice(0, i) + block + readme.slice(j + END.length)
    : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
  writeFileSync(readmePath, next);
}

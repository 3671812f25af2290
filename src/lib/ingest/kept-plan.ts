/**
 * A plan file the ingest leaves as it is (edited by hand) must still be one the site can read:
 * front matter that is YAML, and a body whose paragraphs keep their {#id}. Checked here so a broken hand edit stops `npm run build` with one line naming the file,
 * not with a parser's stack trace deep in the build.
 */
import { parse } from 'yaml';
import { IngestError } from './errors.ts';
import { markdownToBlocks } from '../plan/blocks.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function checkKeptPlan(file: string, id: string, content: string): void {
  const fix = `correct the hand edit, or regenerate the file from its source: npm run ingest -- --force ${id}`;
  const m = FRONTMATTER.exec(content);
  if (!m) throw new IngestError(file, 'no front matter: a plan file starts with a --- line', fix);
  try {
    parse(m[1]!);
  } catch (error) {
    throw new IngestError(file, `the front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]!.replace(/:\s*$/, '')}`, fix);
  }
  try {
    markdownToBlocks(content.slice(m[0].length));
  } catch (error) {
    throw new IngestError(file, `the plan text cannot be read: ${String((error as Error).message).split('\n')[0]}`, fix);
  }
}

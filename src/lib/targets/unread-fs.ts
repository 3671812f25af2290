/** Numbers target extraction cannot interpret, for the ingest report. */
import { readDictionary } from './dictionary-fs.ts';
import { extractTargets } from './extract.ts';
import { planFromText } from './plans-fs.ts';

export function findUnreadNumbers(plans: readonly { id: string; content: string }[]): string[] {
  const dictionary = readDictionary();
  return plans.flatMap(({ id, content }) => extractTargets(planFromText(content, `${id}.md`), dictionary).problems);
}

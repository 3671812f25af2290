/** Numbers target extraction cannot interpret, for the ingest report. */
import { readDictionary } from './dictionary-fs.ts';
import { extractTargets } from './extract.ts';
import { planFromText } from './plans-fs.ts';

/** One plan's unread numbers, the indicator dictionary read once for every plan the reader is given. */
export function unreadNumbersReader(): (plan: { id: string; content: string }) => string[] {
  const dictionary = readDictionary();
  return ({ id, content }) => extractTargets(planFromText(content, `${id}.md`), dictionary).problems;
}

export function findUnreadNumbers(plans: readonly { id: string; content: string }[]): string[] {
  return plans.flatMap(unreadNumbersReader());
}

/**
 * Numbered items that extraction ran together into one line (004: "…不断提高。2.普及…8.5岁以下…").
 * A new item starts only where the next expected number follows the end of a sentence, so
 * "8.5岁以下儿童" after item 7 is item 8 ("5岁以下儿童…"), and "降至4.2‰" is never an item.
 */

import { INVISIBLES } from '../text/invisible.ts';

const SENTENCE_END = '[。；;！？!?）)”]';
// An invisible character beside the number (3\u200B.) does not hide the item it starts.
const MARKER = `${INVISIBLES}\\s*[.、．]`;

export interface Item {
  n: number;
  text: string;
}

/** Splits a line that starts with item `first` into the items it holds, in order. */
export function splitRunTogetherItems(line: string, first: number): Item[] {
  const items: Item[] = [];
  let rest = line.trim();
  let n = first;
  for (;;) {
    const next = new RegExp(`(?<=${SENTENCE_END}${INVISIBLES})\\s*(${n + 1})${MARKER}`, 'u').exec(rest);
    if (!next) break;
    const cut = next.index + next[0].indexOf(String(n + 1));
    items.push({ n, text: rest.slice(0, cut).trim() });
    rest = rest.slice(cut);
    n++;
  }
  items.push({ n, text: rest.trim() });
  return items;
}

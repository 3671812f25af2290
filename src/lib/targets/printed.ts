/**
 * A figure as the plan prints it. Values are stored as numbers (85 for 85.0), so that they can
 * be compared and sorted; pages show them as printed (85.0%), read back from the sentence or
 * table row that states them. Only a printing whose number is the value can be chosen, so the
 * figure shown can never differ from the value; a value the text does not print (converted to
 * the indicator's unit) or prints in two ways (85 and 85.0 in one sentence) has none.
 */
import { foldChars } from '../align/normalize.ts';
import { withoutInvisibles } from '../text/invisible.ts';

const DIGITS = /\d+(?:\.\d+)?/g;

export function printedNumber(value: number, text: string): string | null {
  const printings = new Set<string>();
  const clean = foldChars(withoutInvisibles(text));
  for (const m of clean.matchAll(DIGITS)) {
    const end = m.index + m[0].length;
    // 3.55.0 is damaged text, not a number (the ingest report lists it).
    if (clean[end] === '.' && /\d/.test(clean[end + 1] ?? '')) continue;
    if (clean[m.index - 1] === '.' && /\d/.test(clean[m.index - 2] ?? '')) continue;
    if (Number(m[0]) === value) printings.add(m[0]);
  }
  return printings.size === 1 ? [...printings][0]! : null;
}

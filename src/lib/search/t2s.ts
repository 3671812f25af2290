/**
 * Traditional → simplified, character by character. The plans are in simplified characters and
 * Pagefind matches characters exactly, so 近視 finds nothing unless it is read as 近视 first.
 * Character-level conversion is enough for search: the ambiguous cases (乾/干, 著/着) only
 * widen a query a little, they never hide a plan.
 */
import { SIMPLIFIED, TRADITIONAL } from './t2s-table.ts';

let table: Map<string, string> | undefined;

export function toSimplified(text: string): string {
  table ??= new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i]!]));
  let out = '';
  for (const c of text) out += table.get(c) ?? c;
  return out;
}

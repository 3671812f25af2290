/**
 * When a query finds nothing, the nearest queries that might: the query with a piece left out
 * (妇女儿童发展规划 → 妇女发展规划, 儿童发展规划: how people name the two plans together, which no
 * plan text says), and the 文号 closest to it (a typo in 威府发〔2023〕4号). The search page tries
 * each in turn and offers those that find a plan.
 */
import { foldForSearch } from './bigrams.ts';

/** Suggestions offered at most. */
export const MAX_SUGGESTIONS = 3;

/**
 * The term with one run of characters left out, longest results first: a two-character run (a
 * word, most often) before a single character, then longer runs. Runs are cut from the folded
 * term, so punctuation never counts; nothing shorter than two characters is offered.
 */
export function shorterQueries(term: string, limit = 24): string[] {
  const chars = [...foldForSearch(term)];
  const out: string[] = [];
  for (const run of [2, 1, 3, 4]) {
    for (let i = 0; i + run <= chars.length; i++) {
      const rest = [...chars.slice(0, i), ...chars.slice(i + run)].join('');
      if ([...rest].length >= 2 && !out.includes(rest)) out.push(rest);
    }
  }
  return out.slice(0, limit);
}

/** Levenshtein distance over characters. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * The 文号 nearest the query, if near enough to be a typo of it: at most a quarter of its
 * characters differ (威府发〔2023〕5号 → 威府发〔2023〕4号). Compared folded, brackets ignored;
 * nothing when the query is a 文号 exactly.
 */
export function closestDocNumbers(query: string, docNumbers: readonly string[]): string[] {
  const q = foldForSearch(query);
  if ([...q].length < 3) return [];
  const scored = [...new Set(docNumbers)]
    .filter((d) => foldForSearch(d))
    .map((d) => ({ d, distance: editDistance(q, foldForSearch(d)) }))
    .filter(({ d, distance }) => distance <= Math.floor(Math.max([...q].length, [...foldForSearch(d)].length) / 4));
  if (scored.some((s) => s.distance === 0)) return [];
  const best = Math.min(...scored.map((s) => s.distance));
  return scored.filter((s) => s.distance === best).map((s) => s.d).slice(0, MAX_SUGGESTIONS);
}

/** The plans' 文号, each once, sorted (what /search/doc-numbers.json lists). */
export function planDocNumbers(docNumbers: readonly string[]): string[] {
  return [...new Set(docNumbers.map((d) => d.trim()).filter(Boolean))].sort();
}

/** What checking one shorter query told: whether a plan holds it, and whether a plan text was read to tell. */
export interface ShorterCheck {
  found: boolean;
  textChecked: boolean;
}

/**
 * The shorter queries to offer, tried in turn until two are found. `check` searches one; with
 * `textCheck` false it must not read a plan text (about 30 KB each) and reports a query that would
 * need one as not found. When the first query checked against a plan text is not in it before any
 * suggestion is found, the others, which share all but a few of its characters, are rarely found
 * either: the remaining ones are tried without reading plan texts (those an exact phrase answers).
 */
export async function shorterSuggestions(queries: readonly string[], check: (query: string, textCheck: boolean) => Promise<ShorterCheck>, wanted = 2): Promise<string[]> {
  const found: string[] = [];
  let textCheck = true;
  for (const query of queries) {
    if (found.length >= wanted) break;
    const result = await check(query, textCheck);
    if (result.textChecked && !result.found && found.length === 0) textCheck = false;
    if (result.found) found.push(query);
  }
  return found;
}

/** A folded text's length in characters and how many of them are digits. */
function shapeOf(folded: string): { chars: number; digits: number } {
  const chars = [...folded];
  return { chars: chars.length, digits: chars.filter((c) => c >= '0' && c <= '9').length };
}

/**
 * The distinct shapes of the 文号 (folded length and digit count, "9:5"), which the search page
 * carries so that a query no 文号 can be near is answered without fetching the list.
 */
export function docNumberShapes(docNumbers: readonly string[]): string[] {
  const shapes = new Set<string>();
  for (const d of docNumbers) {
    const folded = foldForSearch(d);
    if (!folded) continue;
    const { chars, digits } = shapeOf(folded);
    shapes.add(`${chars}:${digits}`);
  }
  return [...shapes].sort();
}

/**
 * Whether closestDocNumbers could offer a 文号 of one of these shapes for the query. An edit
 * changes the length, the count of digits and the count of other characters by one at most, so
 * the largest of those three differences is a lower bound on the edit distance; when it exceeds
 * what closestDocNumbers allows for every shape, no 文号 can be offered.
 */
export function mayBeNearDocNumber(query: string, shapes: readonly string[]): boolean {
  const q = shapeOf(foldForSearch(query));
  if (q.chars < 3) return false;
  return shapes.some((shape) => {
    const [chars, digits] = shape.split(':').map(Number) as [number, number];
    const bound = Math.max(Math.abs(q.chars - chars), Math.abs(q.digits - digits), Math.abs(q.chars - q.digits - (chars - digits)));
    return bound <= Math.floor(Math.max(q.chars, chars) / 4);
  });
}

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

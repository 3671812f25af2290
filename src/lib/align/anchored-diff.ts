/**
 * jsdiff's diffArrays, cut into small pieces first.
 *
 * Myers' algorithm costs about D² for D differences, which made a long, heavily edited
 * measure take milliseconds. Words that occur exactly once in each clause, in the same order
 * (the patience-diff anchors), are matched first; jsdiff then runs on the short stretches
 * between them. On the real plans this cut diffing time about tenfold, and it keeps a
 * rewritten sentence from being matched word by word against a different sentence.
 */
import { diffArrays } from 'diff';

/** What diffArrays returns, reduced to what callers read. */
export interface Change {
  count: number;
  added: boolean;
  removed: boolean;
}

export function anchoredDiff(a: readonly number[], b: readonly number[]): Change[] {
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors(a, b), [a.length, b.length] as const]) {
    if (ai > i || bj > j) {
      for (const c of diffArrays(a.slice(i, ai), b.slice(j, bj))) {
        push(out, { count: c.count ?? c.value.length, added: !!c.added, removed: !!c.removed });
      }
    }
    if (ai < a.length) push(out, { count: 1, added: false, removed: false });
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

function push(out: Change[], c: Change): void {
  const last = out[out.length - 1];
  if (last && last.added === c.added && last.removed === c.removed) last.count += c.count;
  else out.push(c);
}

/** Pairs (i, j) of tokens unique in both sequences, longest increasing run in both. */
function anchors(a: readonly number[], b: readonly number[]): [number, number][] {
  const count = new Map<number, [number, number, number]>();
  a.forEach((t, i) => {
    const c = count.get(t);
    if (c) c[0]++;
    else count.set(t, [1, 0, i]);
  });
  const pairs: [number, number][] = [];
  const posB = new Map<number, number>();
  b.forEach((t, j) => {
    const c = count.get(t);
    if (!c) return;
    c[1]++;
    posB.set(t, j);
  });
  for (const [t, [na, nb, i]] of count) if (na === 1 && nb === 1) pairs.push([i, posB.get(t)!]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** Longest subsequence increasing in the second coordinate (patience sorting, O(n log n)). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

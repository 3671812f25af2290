/**
 * jsdiff's diffArrays, cut into small pieces first.
 *
 * Myers' algorithm costs about D² for D differences, which made a long, heavily edited
 * measure take milliseconds. As in git's patience diff, common ends are taken off, words that
 * occur exactly once in each side, in the same order, are matched as anchors, and the
 * stretches between them are treated the same way; jsdiff runs only on stretches with no
 * anchor left. This also keeps a rewritten sentence from being matched word by word against
 * a different sentence.
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
  diffRange(a, b, 0, a.length, 0, b.length, out);
  return out;
}

/**
 * A stretch whose edit script would take more than this share of its length is a rewrite:
 * it is shown as one replacement instead of paying Myers' D² for scattered common words.
 */
const REWRITE_SHARE = 0.7;

/** Patience diff, recursively: common ends, then unique anchors, then jsdiff on what is left. */
function diffRange(a: readonly number[], b: readonly number[], a0: number, a1: number, b0: number, b1: number, out: Change[]): void {
  let head = 0;
  while (a0 + head < a1 && b0 + head < b1 && a[a0 + head] === b[b0 + head]) head++;
  let tail = 0;
  while (a1 - tail > a0 + head && b1 - tail > b0 + head && a[a1 - 1 - tail] === b[b1 - 1 - tail]) tail++;
  push(out, { count: head, added: false, removed: false });
  const [i0, i1, j0, j1] = [a0 + head, a1 - tail, b0 + head, b1 - tail];
  const found = anchors(a, b, i0, i1, j0, j1);
  if (found.length) {
    let i = i0;
    let j = j0;
    for (const [ai, bj] of found) {
      diffRange(a, b, i, ai, j, bj, out);
      push(out, { count: 1, added: false, removed: false });
      i = ai + 1;
      j = bj + 1;
    }
    diffRange(a, b, i, i1, j, j1, out);
  } else if (i1 > i0 || j1 > j0) {
    myers(a.slice(i0, i1), b.slice(j0, j1), out);
  }
  push(out, { count: tail, added: false, removed: false });
}

function myers(a: readonly number[], b: readonly number[], out: Change[]): void {
  const maxEditLength = Math.ceil((a.length + b.length) * REWRITE_SHARE);
  const changes = a.length && b.length ? diffArrays(a as number[], b as number[], { maxEditLength }) : undefined;
  if (!changes) {
    push(out, { count: a.length, added: false, removed: true });
    push(out, { count: b.length, added: true, removed: false });
    return;
  }
  for (const c of changes) push(out, { count: c.count ?? c.value.length, added: !!c.added, removed: !!c.removed });
}

function push(out: Change[], c: Change): void {
  if (c.count === 0) return;
  const last = out[out.length - 1];
  if (last && last.added === c.added && last.removed === c.removed) last.count += c.count;
  else out.push(c);
}

/** Pairs (i, j) of tokens unique in both ranges, the longest run increasing in both. */
function anchors(a: readonly number[], b: readonly number[], i0: number, i1: number, j0: number, j1: number): [number, number][] {
  // Per token: [count in a, count in b, position in a, position in b].
  const seen = new Map<number, [number, number, number, number]>();
  for (let i = i0; i < i1; i++) {
    const c = seen.get(a[i]!);
    if (c) c[0]++;
    else seen.set(a[i]!, [1, 0, i, -1]);
  }
  for (let j = j0; j < j1; j++) {
    const c = seen.get(b[j]!);
    if (!c) continue;
    c[1]++;
    c[3] = j;
  }
  const pairs: [number, number][] = [];
  for (const [na, nb, i, j] of seen.values()) if (na === 1 && nb === 1) pairs.push([i, j]);
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

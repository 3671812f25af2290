/**
 * One-to-one matching of a plan's clauses with a reference's, by content and across the
 * whole document: a clause moved to another section still finds its counterpart.
 */
import { addCandidate, candidateEntries, createCandidateIndex } from './candidates.ts';
import { differentIndicators } from './clause-targets.ts';
import type { PreparedClause } from './prepare.ts';
import { containment, dice } from './shingles.ts';
import {
  CONTAINED_MATCH, LEAD_BODY_MIN, LEAD_MATCH, PARAGRAPH_MATCH, ROW_LABEL_MATCH,
} from './thresholds.ts';

type Comparable = Pick<PreparedClause, 'kind' | 'shingles' | 'leadShingles' | 'indicators'>;

/** A containment match needs this many shingles in the shorter clause, or stock phrases match anything. */
const MIN_CONTAINED_SHINGLES = 12;

/**
 * How alike two clauses are for matching, in 0..1, or 0 when they are not the same clause.
 * Rows compare by their indicator cells only. Clauses that state targets for different
 * indicators (by the dictionary, look-alikes included) are never the same clause.
 */
export function matchScore(a: Comparable, b: Comparable): number {
  if (a.kind !== b.kind) return 0;
  // 村委会主任 and 村委会成员 are worded alike and are different targets.
  if (differentIndicators(a.indicators, b.indicators)) return 0;
  const d = dice(a.shingles, b.shingles);
  if (a.kind === 'row') return d >= ROW_LABEL_MATCH ? d : 0;
  if (d >= PARAGRAPH_MATCH) return d;
  if (d >= LEAD_BODY_MIN && a.leadShingles && b.leadShingles && dice(a.leadShingles, b.leadShingles) >= LEAD_MATCH) return d;
  const [short, long] = a.shingles.length <= b.shingles.length ? [a, b] : [b, a];
  if (short.shingles.length >= MIN_CONTAINED_SHINGLES && containment(short.shingles, long.shingles) >= CONTAINED_MATCH) {
    return d;
  }
  return 0;
}

export interface ClausePair {
  /** Index into the plan's clauses. */
  plan: number;
  /** Index into the reference's clauses. */
  ref: number;
  score: number;
  /**
   * Set when one side is part of the other (partial.ts): merged, the reference clause is one of
   * several in the plan paragraph; split, the plan paragraph is part of the reference clause.
   */
  part?: 'merged' | 'split';
  /** Set when the two are in different roles: a goal one side keeps among its measures (standing.ts). */
  crossRole?: boolean;
}

/** Every candidate pair that passes matchScore, found through a small index over the reference. */
export function candidatePairs(plan: readonly PreparedClause[], ref: readonly PreparedClause[]): ClausePair[] {
  const index = createCandidateIndex();
  const refsOfEntry: number[][] = [];
  ref.forEach((c, i) => (refsOfEntry[addCandidate(index, c)] ??= []).push(i));
  const pairs: ClausePair[] = [];
  plan.forEach((c, p) => {
    for (const e of candidateEntries(index, c)) {
      for (const r of refsOfEntry[e]!) {
        const score = matchScore(c, ref[r]!);
        if (score > 0) pairs.push({ plan: p, ref: r, score });
      }
    }
  });
  return pairs;
}

/**
 * Greedy one-to-one assignment, best score first. Ties go to the pair whose places in their
 * documents are closest, so that of two identical clauses each keeps its own counterpart.
 */
export function assignPairs(pairs: ClausePair[], planLength: number, refLength: number): ClausePair[] {
  const drift = (p: ClausePair) => Math.abs(p.plan / Math.max(planLength, 1) - p.ref / Math.max(refLength, 1));
  const sorted = [...pairs].sort(
    (a, b) => b.score - a.score || drift(a) - drift(b) || a.plan - b.plan || a.ref - b.ref,
  );
  const usedPlan = new Set<number>();
  const usedRef = new Set<number>();
  const chosen: ClausePair[] = [];
  for (const pair of sorted) {
    if (usedPlan.has(pair.plan) || usedRef.has(pair.ref)) continue;
    usedPlan.add(pair.plan);
    usedRef.add(pair.ref);
    chosen.push(pair);
  }
  return chosen.sort((a, b) => a.plan - b.plan);
}

export function matchClauses(plan: readonly PreparedClause[], ref: readonly PreparedClause[]): ClausePair[] {
  return assignPairs(candidatePairs(plan, ref), plan.length, ref.length);
}

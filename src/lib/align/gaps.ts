/**
 * Gap filling: reading two versions of one outline, a person pairs what is left between two
 * items they already recognise. After every other rule, the pairs found so far that keep both
 * documents' order are anchors; between two consecutive anchors, the plan's and the reference's
 * clauses still without counterpart, of one section (same domain and role, or both outside the
 * domain sections), are paired when their distinctive wording is alike at a lower bar than
 * anywhere in the document (GAP_MATCH): the place already says they are likely one item.
 * One to one and order-preserving (the best total over the gap); clauses whose targets are
 * different indicators are never paired. The alignment runs this twice: at GAP_MATCH before the
 * name rules, and at the lower LAST_GAP_MATCH after them, on what they leave.
 */
import { differentIndicators } from './clause-targets.ts';
import type { ClausePair } from './match.ts';
import type { PreparedClause } from './prepare.ts';
import { domainsMatched } from './standing.ts';
import { GAP_LEAD_MATCH, GAP_MATCH, GAP_MIN_SHARED, LAST_GAP_MATCH, LAST_GAP_MIN_SHARED } from './thresholds.ts';

type Part = Pick<PreparedClause, 'kind' | 'domain' | 'domainKey' | 'role' | 'indicators' | 'shingles' | 'leadShingles'>;

/** Bigram weights: a bigram that stands in many clauses of the two documents (儿童, 加强, 健全) says little. */
export type Weights = (shingle: number) => number;

/**
 * Inverse document frequency of each bigram over the paragraphs of both documents, scaled so that
 * a bigram of one paragraph weighs 1 whatever the documents' length: thresholds then count
 * distinctive bigrams.
 */
export function bigramWeights(clauses: readonly Pick<Part, 'kind' | 'shingles'>[]): Weights {
  const df = new Map<number, number>();
  let n = 0;
  for (const c of clauses) {
    if (c.kind !== 'paragraph') continue;
    n++;
    for (const s of c.shingles) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const unit = Math.log((n + 1) / 2) || 1;
  const of = (count: number) => Math.max(0, Math.log((n + 1) / (count + 1)) / unit);
  // Computed once per bigram: the weights are read in every comparison of the two documents.
  const weight = new Map<number, number>();
  for (const [s, count] of df) weight.set(s, of(count));
  const unseen = of(0);
  return (s) => weight.get(s) ?? unseen;
}

/** Dice over weighted bigrams, 0..1, and the summed weight the two have in common. */
export function weightedDice(a: Uint32Array, b: Uint32Array, w: Weights): { score: number; shared: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  let total = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) total += w(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) total += w(b[j++]!);
    else {
      const x = w(a[i]!);
      shared += x;
      total += 2 * x;
      i++;
      j++;
    }
  }
  return { score: total ? (2 * shared) / total : 0, shared };
}

/** The bar two clauses of one gap must clear: weighted Dice, and shared weight (a bigram of one paragraph weighs 1). */
export interface GapBar { match: number; minShared: number }
export const FIRST_GAP_BAR: GapBar = { match: GAP_MATCH, minShared: GAP_MIN_SHARED };
export const LAST_GAP_BAR: GapBar = { match: LAST_GAP_MATCH, minShared: LAST_GAP_MIN_SHARED };

/** How alike two leftover clauses of one gap are: the weighted Dice of their wording, or of their leads. */
export function gapScore(a: Part, b: Part, w: Weights, bar: GapBar = FIRST_GAP_BAR): number {
  if (a.kind !== 'paragraph' || b.kind !== 'paragraph' || differentIndicators(a.indicators, b.indicators)) return 0;
  const whole = weightedDice(a.shingles, b.shingles, w);
  if (whole.shared >= bar.minShared && whole.score >= bar.match) return whole.score;
  if (a.leadShingles && b.leadShingles) {
    const lead = weightedDice(a.leadShingles, b.leadShingles, w);
    // A lead is a few words: half the weight, in a phrase this alike, names the item (加强~强化儿童疾病防治).
    if (lead.shared >= GAP_MIN_SHARED / 2 && lead.score >= GAP_LEAD_MATCH) return Math.max(whole.score, bar.match);
  }
  return 0;
}

/** The one-to-one pairs of one role that keep both documents' order, as many as possible (longest increasing chain). */
export function orderedAnchors(pairs: readonly ClausePair[]): ClausePair[] {
  // A part of another clause, or an item the other side keeps in another role, is not where the
  // outline has it: it says nothing of the order around it.
  // By plan, and of one plan clause the later reference first, so that a chain increasing in ref holds each plan clause once.
  const sorted = [...pairs].filter((p) => !p.part && !p.crossRole).sort((a, b) => a.plan - b.plan || b.ref - a.ref);
  const tails: number[] = [];
  const prev: number[] = [];
  sorted.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]!.ref < p.ref) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const out: ClausePair[] = [];
  for (let k = tails.length ? tails.at(-1)! : -1; k >= 0; k = prev[k]!) out.push(sorted[k]!);
  return out.reverse();
}

/** Best order-preserving one-to-one pairing of two short lists by score (dynamic programming). */
function bestChain(plan: readonly number[], ref: readonly number[], score: (p: number, r: number) => number): [number, number, number][] {
  const m = plan.length;
  const n = ref.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = score(plan[i]!, ref[j]!);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, s > 0 ? s + best[i + 1]![j + 1]! : 0);
    }
  }
  const out: [number, number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    const s = score(plan[i]!, ref[j]!);
    if (s > 0 && best[i]![j] === s + best[i + 1]![j + 1]!) {
      out.push([plan[i]!, ref[j]!, s]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return out;
}

/** Pairs for the clauses left between two anchors on both sides, section by section. */
export function gapPairs(
  plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[], w: Weights = bigramWeights([...plan, ...ref]),
  bar: GapBar = FIRST_GAP_BAR,
): ClausePair[] {
  const sameDomain = domainsMatched(plan, ref, pairs);
  const pairedPlan = new Set(pairs.map((p) => p.plan));
  const pairedRef = new Set(pairs.map((p) => p.ref));
  const sameSection = (a: Part, b: Part) => a.role === b.role
    && (a.domain === null ? b.domain === null : sameDomain(a, b));
  const anchors = [{ plan: -1, ref: -1 }, ...orderedAnchors(pairs), { plan: plan.length, ref: ref.length }];
  const out: ClausePair[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [from, to] = [anchors[k]!, anchors[k + 1]!];
    const left = (lo: number, hi: number, paired: Set<number>, side: readonly Part[]) => {
      const idx: number[] = [];
      for (let i = lo + 1; i < hi; i++) if (!paired.has(i) && side[i]!.kind === 'paragraph') idx.push(i);
      return idx;
    };
    const planLeft = left(from.plan, to.plan, pairedPlan, plan);
    const refLeft = left(from.ref, to.ref, pairedRef, ref);
    if (!planLeft.length || !refLeft.length) continue;
    const score = (p: number, r: number) => (sameSection(plan[p]!, ref[r]!) ? gapScore(plan[p]!, ref[r]!, w, bar) : 0);
    for (const [p, r, s] of bestChain(planLeft, refLeft, score)) out.push({ plan: p, ref: r, score: s });
  }
  return out;
}


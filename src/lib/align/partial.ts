/**
 * Clauses that are part of another: a plan paragraph that merges several reference items
 * (杏花岭's goal 6 holds 盐湖's goals 7, 8 and 9), and a reference item a plan splits across
 * two paragraphs. After one-to-one matching, each reference clause left unmatched is looked for
 * inside the plan's paragraphs, and each plan paragraph left unmatched inside the reference's,
 * sentence by sentence: the clause is part of the other when most of its sentences are there.
 */
import { differentIndicators, type NumberIdentity } from './clause-targets.ts';
import type { ClausePair } from './match.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import { containment, dice, shinglesOf } from './shingles.ts';
import {
  PART_COVERED, RESIDUAL_LEAD, RESIDUAL_MATCH, RESIDUAL_SENTENCE_BODY, SENTENCE_CONTAINED, SENTENCE_MATCH,
} from './thresholds.ts';
import type { Token } from './tokens.ts';

type Part = Pick<PreparedClause, 'kind' | 'domain' | 'domainKey' | 'role' | 'text' | 'codes' | 'indicators' | 'numberIds' | 'shingles' | 'leadShingles'>;

/** A sentence of a clause: its token range, the shingles of its key, the indicators its numbers are values of. */
export interface Sentence {
  from: number;
  to: number;
  key: string;
  shingles: Uint32Array;
  indicators: string[];
}

const SENTENCE_END = /[。；;!?！？]/u;

/** A clause's sentences, split at 。；！？ (item numbers and punctuation carry no key). */
export function sentencesOf(tokens: readonly Token[], numberIds: readonly (NumberIdentity | null)[] = []): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let key = '';
  let indicators: string[] = [];
  let n = 0;
  const close = (to: number) => {
    if (key) out.push({ from, to, key, shingles: shinglesOf(key), indicators });
    from = to;
    key = '';
    indicators = [];
  };
  tokens.forEach((t, i) => {
    key += t.key;
    if (t.kind === 'number') {
      const id = numberIds[n++];
      if (id && !id.indicator.startsWith('label:')) indicators.push(id.indicator);
    }
    if (t.key === '' && SENTENCE_END.test(t.text)) close(i + 1);
  });
  close(tokens.length);
  return out;
}

/** Characters of a key too few to say a sentence is found elsewhere (不断完善, 得到保障 …). */
const MIN_SENTENCE_CHARS = 6;
/** A clause shorter than this is not looked for inside another. */
const MIN_PART_CHARS = 10;

export interface Covering {
  /** Share of the part's key characters found in the whole, 0..1. */
  covered: number;
  /** Token range of the whole that holds what was found. */
  from: number;
  to: number;
}

/**
 * How much of `part` stands in `whole`, sentence by sentence, and where. A sentence that states a
 * target for an indicator the whole also states targets for (`wholeIndicators`) stands there
 * whatever its wording and number: 城镇单位就业人员中的女性比例达到40%左右 ~ …不断提升.
 */
export function coveringOf(part: readonly Sentence[], whole: readonly Sentence[], wholeIndicators: readonly string[] = []): Covering {
  let total = 0;
  let found = 0;
  let from = Infinity;
  let to = -Infinity;
  for (const s of part) {
    const n = [...s.key].length;
    total += n;
    if (n < MIN_SENTENCE_CHARS) continue;
    let best: Sentence | null = null;
    let bestScore = 0;
    for (const w of whole) {
      const d = dice(s.shingles, w.shingles);
      const c = containment(s.shingles, w.shingles);
      const score = d >= SENTENCE_MATCH || c >= SENTENCE_CONTAINED ? Math.max(d, c) : 0;
      if (score > bestScore) [best, bestScore] = [w, score];
    }
    if (!best) {
      if (s.indicators.length && s.indicators.every((i) => wholeIndicators.includes(i))) found += n;
      continue;
    }
    found += n;
    from = Math.min(from, best.from);
    to = Math.max(to, best.to);
  }
  // Found by indicator alone: no sentence of the whole to point at, so the whole is compared.
  if (from === Infinity) [from, to] = [whole[0]?.from ?? 0, whole.at(-1)?.to ?? 0];
  return total ? { covered: found / total, from, to } : { covered: 0, from: 0, to: 0 };
}

/** Plans name one domain with small differences: 妇女参与决策管理 and 妇女参与决策和管理. */
export const domainKey = (d: string) => d.replace(/[和与及的、\s]/gu, '');

/**
 * The plan's name for each reference domain that the pairs found so far lead to, by majority
 * (妇女与决策管理 ~ 妇女参与决策和管理): plans name domains differently.
 */
export function domainNamesByPairs(
  plan: readonly Pick<Part, 'domain'>[], ref: readonly Pick<Part, 'domain'>[], pairs: readonly ClausePair[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const p of pairs) {
    const from = ref[p.ref]!.domain;
    const to = plan[p.plan]!.domain;
    if (!from || !to) continue;
    const v = votes.get(from) ?? new Map<string, number>();
    v.set(to, (v.get(to) ?? 0) + 1);
    votes.set(from, v);
  }
  const named = new Map<string, string>();
  for (const [from, v] of votes) named.set(from, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  return named;
}

function canBePart(part: Part, whole: Part, sameIndicator: boolean): boolean {
  return part.kind === 'paragraph' && whole.kind === 'paragraph'
    && (part.domainKey === null || whole.domainKey === null || part.domainKey === whole.domainKey)
    // A goal the plan repeats in a measure's lead is still a goal it does not set.
    && part.role === whole.role
    && !differentIndicators(part.indicators, whole.indicators)
    // A cheap first look: the part's wording must mostly be in the whole at all.
    && (sameIndicator || containment(part.shingles, whole.shingles) >= PART_COVERED / 2);
}

interface Found { index: number; covered: number }

function bestWhole(part: Part, partSentences: Sentence[], wholes: readonly Part[], sentences: (i: number) => Sentence[]): Found | null {
  const sharesIndicator = (whole: Part) => part.indicators.some((i) => whole.indicators.includes(i));
  if ([...part.text].length < MIN_PART_CHARS) return null;
  let best: Found | null = null;
  wholes.forEach((whole, i) => {
    if (!canBePart(part, whole, sharesIndicator(whole))) return;
    const { covered } = coveringOf(partSentences, sentences(i), whole.indicators);
    if (covered >= PART_COVERED && (!best || covered > best.covered)) best = { index: i, covered };
  });
  return best;
}

/**
 * Pairs for clauses found inside another, added to the one-to-one pairs: first each reference
 * clause left unmatched that stands inside a plan paragraph (merged), then each plan paragraph
 * left unmatched that stands inside a reference clause (split). Their `part` says which.
 */
export function partialPairs(plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[]): ClausePair[] {
  const memo = (clauses: readonly Part[]) => {
    const cache = new Map<number, Sentence[]>();
    return (i: number) => {
      let s = cache.get(i);
      if (!s) cache.set(i, (s = sentencesOf(tokensOf(clauses[i]!), clauses[i]!.numberIds)));
      return s;
    };
  };
  const planSentences = memo(plan);
  const refSentences = memo(ref);
  const matchedPlan = new Set(pairs.map((p) => p.plan));
  const matchedRef = new Set(pairs.map((p) => p.ref));
  const out: ClausePair[] = [];
  ref.forEach((r, i) => {
    if (matchedRef.has(i)) return;
    const found = bestWhole(r, refSentences(i), plan, planSentences);
    if (!found) return;
    out.push({ plan: found.index, ref: i, score: found.covered, part: 'merged' });
    matchedRef.add(i);
  });
  plan.forEach((p, i) => {
    if (matchedPlan.has(i) || out.some((o) => o.plan === i)) return;
    const found = bestWhole(p, planSentences(i), ref, refSentences);
    if (!found) return;
    out.push({ plan: i, ref: found.index, score: found.covered, part: 'split' });
  });
  return out;
}

const itemNumber = (text: string) => /^\s*(\d{1,2})[.、．]/u.exec(text)?.[1] ?? null;

/**
 * Items both sides left unmatched that stand in the same place of the same domain and say the
 * same thing in other words: 8.注重妇女心理健康工作 and 8.促进妇女心理健康, each the eighth health
 * measure. Paired when they share some wording (RESIDUAL_MATCH) and either their item number or
 * a similar lead sentence (RESIDUAL_LEAD), or when one sentence stands in both nearly word for
 * word and they share a little more (RESIDUAL_SENTENCE_BODY); best pairs first, one to one.
 */
export function residualPairs(plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[]): ClausePair[] {
  const usedPlan = new Set(pairs.map((p) => p.plan));
  const usedRef = new Set(pairs.map((p) => p.ref));
  const sentences = new Map<Part, Sentence[]>();
  const sentencesOfPart = (c: Part) => {
    let s = sentences.get(c);
    if (!s) sentences.set(c, (s = sentencesOf(tokensOf(c), c.numberIds)));
    return s;
  };
  const found: ClausePair[] = [];
  plan.forEach((p, i) => {
    if (usedPlan.has(i) || p.kind !== 'paragraph') return;
    ref.forEach((r, j) => {
      if (usedRef.has(j) || r.kind !== 'paragraph' || r.role !== p.role) return;
      if (p.domainKey !== r.domainKey) return;
      if (differentIndicators(p.indicators, r.indicators)) return;
      const d = dice(p.shingles, r.shingles);
      if (d < RESIDUAL_SENTENCE_BODY) return;
      const sameItem = itemNumber(p.text) !== null && itemNumber(p.text) === itemNumber(r.text);
      const sameLead = !!p.leadShingles && !!r.leadShingles && dice(p.leadShingles, r.leadShingles) >= RESIDUAL_LEAD;
      const byPlace = d >= RESIDUAL_MATCH && (sameItem || sameLead);
      if (byPlace || sharesSentence(sentencesOfPart(p), sentencesOfPart(r))) found.push({ plan: i, ref: j, score: d });
    });
  });
  found.sort((a, b) => b.score - a.score || a.plan - b.plan || a.ref - b.ref);
  const out: ClausePair[] = [];
  for (const f of found) {
    if (usedPlan.has(f.plan) || usedRef.has(f.ref)) continue;
    usedPlan.add(f.plan);
    usedRef.add(f.ref);
    out.push(f);
  }
  return out;
}

/** Characters of a sentence enough to identify an item (女童平等接受义务教育). */
const SHARED_SENTENCE_CHARS = 8;
/** How alike that sentence must be on both sides. */
const SHARED_SENTENCE_MATCH = SENTENCE_MATCH;

/** Whether the two clauses have a sentence in common, near enough word for word. */
function sharesSentence(a: readonly Sentence[], b: readonly Sentence[]): boolean {
  return a.some((s) => [...s.key].length >= SHARED_SENTENCE_CHARS
    && b.some((t) => [...t.key].length >= SHARED_SENTENCE_CHARS && dice(s.shingles, t.shingles) >= SHARED_SENTENCE_MATCH));
}

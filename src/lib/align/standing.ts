/**
 * Counterparts found by one identifying sentence. After one-to-one, partial and residual
 * matching, a clause still left without counterpart is paired with a paragraph of the other
 * side when its lead (the item's first sentence, or that sentence's first phrase) or one of its
 * long sentences stands in that paragraph nearly word for word, or the paragraph's lead stands
 * in it. Plans keep a template item's lead and rewrite the rest (女童平等接受义务教育 inside
 * "提高妇女平等受教育机会，女童平等接受义务教育"), merge an item into a neighbour with part of
 * its sentences, and keep a goal among their measures: coverage of the whole clause misses
 * all three, one identifying sentence does not.
 *
 * Roles may differ (a goal the other side states as a measure's lead); the pair says so.
 * Domains may not, and clauses whose targets are different indicators are never paired.
 */
import { BoundedMemo, CLAUSE_MEMO_LIMIT } from './bounded-cache.ts';
import { differentIndicators } from './clause-targets.ts';
import type { ClausePair } from './match.ts';
import { domainNamesByPairs, sentencesOf, type Sentence } from './partial.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import { dice, shinglesOf } from './shingles.ts';
import type { Token } from './tokens.ts';
import { STANDING_CONTAINED, STANDING_LEAD_CHARS, STANDING_MATCH, STANDING_SENTENCE_CHARS } from './thresholds.ts';

type Part = Pick<PreparedClause, 'kind' | 'domain' | 'domainKey' | 'role' | 'text' | 'codes' | 'indicators' | 'numberIds'>;

/** A sentence or phrase that identifies a clause: its key's shingles and length. */
export interface Unit {
  key: string;
  /** The first sentence or its first phrase: what names the item. */
  lead: boolean;
  shingles: Uint32Array;
  chars: number;
}

const PHRASE_END = /[,，、:：]/u;

/**
 * The units that identify a clause: its first sentence and that sentence's first phrase (when
 * long enough to name an item, STANDING_LEAD_CHARS); every other sentence and phrase long
 * enough not to be a stock phrase (STANDING_SENTENCE_CHARS); and, for a short item of one
 * sentence, each of its phrases (增强亲子互动，建立平等和谐的亲子关系 is two goals in one).
 */
export function identifyingUnits(tokens: readonly Token[], sentences: readonly Sentence[]): Unit[] {
  const units: Unit[] = [];
  const keys = new Set<string>();
  const add = (key: string, min: number, lead = false) => {
    const chars = [...key].length;
    if (chars < min || keys.has(key)) return;
    keys.add(key);
    units.push({ key, lead, shingles: shinglesOf(key), chars });
  };
  sentences.forEach((s, i) => {
    const phrases = phraseKeys(tokens, s);
    const lead = i === 0;
    add(s.key, lead ? STANDING_LEAD_CHARS : STANDING_SENTENCE_CHARS, lead);
    phrases.forEach((phrase, k) => {
      const short = lead && (k === 0 || sentences.length === 1);
      add(phrase, short ? STANDING_LEAD_CHARS : STANDING_SENTENCE_CHARS, lead && k === 0);
    });
  });
  return units;
}

/** The keys of a sentence's phrases, split at its commas. */
export function phraseKeys(tokens: readonly Token[], sentence: Sentence): string[] {
  const out: string[] = [];
  let key = '';
  for (let i = sentence.from; i < sentence.to; i++) {
    const t = tokens[i]!;
    if (t.key === '' && PHRASE_END.test(t.text)) {
      if (key) out.push(key);
      key = '';
    } else key += t.key;
  }
  if (key) out.push(key);
  return out;
}


/**
 * Below this share of a unit's bigrams in the whole other clause, no sentence or phrase of it
 * can reach STANDING_MATCH (Dice 0.7 needs at least 0.54 of the unit) or STANDING_CONTAINED:
 * one cheap look saves comparing each of its sentences.
 */
const UNIT_IN_WHOLE_MIN = 0.5;

/** Shingles two sorted sets have in common: Dice and containment both follow from it. */
function commonCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { n++; i++; j++; } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** Share of a few sorted shingles found in many (= containment), by binary search: a unit has far fewer than a clause. */
function shareFound(few: Uint32Array, many: Uint32Array): number {
  if (few.length === 0) return 0;
  let found = 0;
  for (const x of few) {
    let lo = 0;
    let hi = many.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = many[mid]!;
      if (m === x) { found++; break; }
      if (m < x) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return found / few.length;
}

/** How well a unit stands in one of the other side's sentences or phrases: Dice, or containment of the unit; 0 below both thresholds. */
function standsIn(unit: Unit, whole: Uint32Array, places: readonly Uint32Array[]): number {
  if (shareFound(unit.shingles, whole) < UNIT_IN_WHOLE_MIN) return 0;
  let best = 0;
  for (const shingles of places) {
    const common = commonCount(unit.shingles, shingles);
    const d = (2 * common) / (unit.shingles.length + shingles.length);
    const c = common / unit.shingles.length;
    if (d >= STANDING_MATCH || c >= STANDING_CONTAINED) best = Math.max(best, d, c);
  }
  return best;
}

/**
 * Only within a domain: outside the domain sections nothing confines one sentence, and the
 * political preamble (坚持以习近平新时代中国特色社会主义思想为指导) stands in many unrelated
 * paragraphs. `sameDomain` also knows the domains the plan names differently (domainsMatched).
 */
function mayPair(a: Part, b: Part, sameDomain: (plan: Part, ref: Part) => boolean): boolean {
  return a.kind === 'paragraph' && b.kind === 'paragraph'
    && a.domain !== null && b.domain !== null && sameDomain(a, b)
    && !differentIndicators(a.indicators, b.indicators);
}

/**
 * Plan clause's domain ~ reference clause's domain (both within the domains): one national domain
 * or one name (domainKey), or the name most of the pairs found so far lead to (a heading the
 * domain dictionary lacks).
 */
export function domainsMatched(
  plan: readonly Pick<Part, 'domain'>[], ref: readonly Pick<Part, 'domain'>[], pairs: readonly ClausePair[],
): (plan: Pick<Part, 'domain' | 'domainKey'>, ref: Pick<Part, 'domain' | 'domainKey'>) => boolean {
  const named = domainNamesByPairs(plan, ref, pairs);
  return (a, b) => a.domain !== null && b.domain !== null && (a.domainKey === b.domainKey || named.get(b.domain) === a.domain);
}

interface Reading {
  /** Shingles of the clause's key, sentence by sentence joined. */
  whole: Uint32Array;
  /** Shingles of each sentence and each phrase: where another clause's unit may stand. */
  places: Uint32Array[];
  units: Unit[];
}

/** A clause read into sentences, phrases and units once per build: a plan's clauses are compared in many views. */
const readings = new BoundedMemo<Part, Reading>(CLAUSE_MEMO_LIMIT);

function readingOf(c: Part): Reading {
  let r = readings.get(c);
  if (!r) {
    const tokens = tokensOf(c);
    const sentences = sentencesOf(tokens, c.numberIds);
    const phrases = sentences.flatMap((t) => phraseKeys(tokens, t)).map(shinglesOf);
    r = {
      whole: shinglesOf(sentences.map((t) => t.key).join('')),
      places: [...sentences.map((t) => t.shingles), ...phrases],
      units: identifyingUnits(tokens, sentences),
    };
    readings.set(c, r);
  }
  return r;
}

/**
 * Pairs for clauses left without counterpart whose identifying sentence stands in a paragraph
 * of the other side (or whose sentences hold that paragraph's lead). A reference clause found
 * in a plan paragraph that already has a counterpart is merged there; a plan paragraph found in
 * a reference clause that already has one is a split part of it. Best first; each clause once.
 */
export function standingPairs(plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[]): ClausePair[] {
  const memo = (clauses: readonly Part[]) => (i: number) => readingOf(clauses[i]!);
  const ofPlan = memo(plan);
  const ofRef = memo(ref);
  const sameDomain = domainsMatched(plan, ref, pairs);
  const pairedPlan = new Set(pairs.map((p) => p.plan));
  const pairedRef = new Set(pairs.map((p) => p.ref));
  // The clause that lacks a counterpart is looked for by all its identifying units; a clause that
  // has one only by its lead, so that a short stock phrase of a matched item (儿童健康水平不断提高)
  // does not claim a county's own paragraph.
  const score = (p: number, r: number) => {
    const a = ofPlan(p);
    const b = ofRef(r);
    // The shortest unit (STANDING_LEAD_CHARS characters) standing in the other shares at least half its bigrams with it.
    const shared = (dice(a.whole, b.whole) * (a.whole.length + b.whole.length)) / 2;
    if (shared < (STANDING_LEAD_CHARS - 1) * UNIT_IN_WHOLE_MIN) return 0;
    let best = 0;
    for (const u of a.units) if (!pairedPlan.has(p) || u.lead) best = Math.max(best, standsIn(u, b.whole, b.places));
    for (const u of b.units) if (!pairedRef.has(r) || u.lead) best = Math.max(best, standsIn(u, a.whole, a.places));
    return best;
  };
  const found: ClausePair[] = [];
  plan.forEach((p, i) => {
    ref.forEach((r, j) => {
      if (pairedPlan.has(i) && pairedRef.has(j)) return;
      if (!mayPair(p, r, sameDomain)) return;
      const s = score(i, j);
      if (s > 0) found.push({ plan: i, ref: j, score: s });
    });
  });
  found.sort((a, b) => b.score - a.score || a.plan - b.plan || a.ref - b.ref);
  const out: ClausePair[] = [];
  const donePlan = new Set<number>();
  const doneRef = new Set<number>();
  for (const f of found) {
    // Each clause left without counterpart is given one; a clause that has one is not given more by this rule.
    const needPlan = !pairedPlan.has(f.plan) && !donePlan.has(f.plan);
    const needRef = !pairedRef.has(f.ref) && !doneRef.has(f.ref);
    if (!needPlan && !needRef) continue;
    if (needPlan && needRef) {
      out.push({ ...f, crossRole: plan[f.plan]!.role !== ref[f.ref]!.role });
    } else {
      const part = needRef ? 'merged' : 'split';
      out.push({ ...f, part, crossRole: plan[f.plan]!.role !== ref[f.ref]!.role });
    }
    if (needPlan) donePlan.add(f.plan);
    if (needRef) doneRef.add(f.ref);
  }
  return out;
}

/**
 * Counterparts found by the item's name. A plan item usually opens with a phrase that names
 * it (提升妇女健康素养, 促进妇女心理健康, 完善艾滋病、梅毒、乙肝母婴传播防治体系) and a county
 * that rewrites the item, or keeps a goal of the template among its measures, mostly keeps
 * those words. After every other rule, a clause still without counterpart is paired with one
 * of the other side, in the same domain and in either role, when most of the distinctive
 * weight of one's name stands in the other (bigrams weighted by how rare they are in the two
 * documents, gaps.ts): NAME_CONTAINED of the name's weight and at least NAME_MIN_SHARED of it,
 * and NAME_BACK_CONTAINED of the other's name stands in the first.
 * Best first, one to one; clauses whose targets are different indicators are never paired,
 * nor clauses outside the domain sections (the political preamble stands in many paragraphs).
 */
import { BoundedMemo, CLAUSE_MEMO_LIMIT } from './bounded-cache.ts';
import { differentIndicators } from './clause-targets.ts';
import { bigramWeights, type Weights } from './gaps.ts';
import { assignPairs, type ClausePair } from './match.ts';
import { sentencesOf } from './partial.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import { shinglesOf } from './shingles.ts';
import { domainsMatched } from './standing.ts';
import {
  NAME_BACK_CONTAINED, NAME_CONTAINED, NAME_INSIDE, NAME_INSIDE_MIN_SHARED, NAME_MIN_CHARS, NAME_MIN_SHARED,
} from './thresholds.ts';

type Part = Pick<PreparedClause, 'kind' | 'domain' | 'domainKey' | 'role' | 'indicators' | 'shingles' | 'codes' | 'numberIds' | 'text'>;

const PHRASE_END = /[,，:：]/u;

/**
 * The key of a clause's name: the first phrase of its first sentence (up to a comma or colon),
 * or the whole first sentence when that phrase is too short to name anything; null when even
 * that is shorter than NAME_MIN_CHARS.
 */
export function nameKey(c: Pick<Part, 'codes' | 'numberIds' | 'text'>): string | null {
  const tokens = tokensOf(c);
  const first = sentencesOf(tokens, c.numberIds)[0];
  if (!first) return null;
  let phrase = '';
  for (let i = first.from; i < first.to; i++) {
    const t = tokens[i]!;
    if (t.key === '' && PHRASE_END.test(t.text)) break;
    phrase += t.key;
  }
  const key = [...phrase].length >= NAME_MIN_CHARS ? phrase : first.key;
  return [...key].length >= NAME_MIN_CHARS ? key : null;
}

/** A clause's bigrams as a set, made once per clause: names are looked for in many clauses. */
const sets = new BoundedMemo<Uint32Array, Set<number>>(CLAUSE_MEMO_LIMIT);

/** Share of the name's weight found among the other clause's bigrams, and that weight. */
export function nameStandsIn(name: Uint32Array, other: Uint32Array, w: Weights): { share: number; shared: number } {
  let set = sets.get(other);
  if (!set) sets.set(other, (set = new Set(other)));
  let total = 0;
  let shared = 0;
  for (const s of name) {
    const x = w(s);
    total += x;
    if (set.has(s)) shared += x;
  }
  return { share: total ? shared / total : 0, shared };
}

/** Each clause's name, read once per build: a plan's clauses are compared in many views. */
const names = new BoundedMemo<Part, Uint32Array | null>(CLAUSE_MEMO_LIMIT);

function nameOf(c: Part): Uint32Array | null {
  let name = names.get(c);
  if (name === undefined) {
    const key = nameKey(c);
    name = key ? shinglesOf(key) : null;
    names.set(c, name);
  }
  return name;
}

export function namePairs(
  plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[], w: Weights = bigramWeights([...plan, ...ref]),
): ClausePair[] {
  const sameDomain = domainsMatched(plan, ref, pairs);
  const pairedPlan = new Set(pairs.map((p) => p.plan));
  const pairedRef = new Set(pairs.map((p) => p.ref));
  // Most of one name stands in the other clause, and some of the other's name in this one: a
  // name found only in the other's body (…生态文明意识 in 参与文明城市建设) is a shared phrase, not one item.
  const score = (a: Part, b: Part) => {
    const na = nameOf(a);
    const nb = nameOf(b);
    if (!na || !nb) return 0;
    const ab = nameStandsIn(na, b.shingles, w);
    const ba = nameStandsIn(nb, a.shingles, w);
    const [hi, lo] = ab.share >= ba.share ? [ab, ba] : [ba, ab];
    return hi.share >= NAME_CONTAINED && hi.shared >= NAME_MIN_SHARED && lo.share >= NAME_BACK_CONTAINED ? hi.share : 0;
  };
  const found: ClausePair[] = [];
  plan.forEach((p, i) => {
    if (pairedPlan.has(i) || p.kind !== 'paragraph' || p.domain === null) return;
    ref.forEach((r, j) => {
      if (pairedRef.has(j) || r.kind !== 'paragraph' || r.domain === null) return;
      if (!sameDomain(p, r) || differentIndicators(p.indicators, r.indicators)) return;
      const s = score(p, r);
      if (s > 0) found.push({ plan: i, ref: j, score: s });
    });
  });
  // Best first, one to one.
  return assignPairs(found, plan.length, ref.length).map((f) => ({ ...f, crossRole: plan[f.plan]!.role !== ref[f.ref]!.role }));
}

/**
 * A clause still without counterpart whose name stands, almost whole, inside a clause of the
 * other side that already has one: the plan merged that item into a paragraph about another
 * (a reference clause → the plan paragraph holds it: merged), or wrote its own item inside
 * a longer reference clause (a plan paragraph → part of that clause: split). Same domain,
 * either role; NAME_INSIDE of the name's weight and NAME_INSIDE_MIN_SHARED of it; the best
 * such clause for each; never across different indicators.
 */
export function nameInsidePairs(
  plan: readonly Part[], ref: readonly Part[], pairs: readonly ClausePair[], w: Weights = bigramWeights([...plan, ...ref]),
): ClausePair[] {
  const sameDomain = domainsMatched(plan, ref, pairs);
  const usable = (c: Part) => c.kind === 'paragraph' && c.domain !== null;
  const inside = (name: Uint32Array, y: Part) => {
    const s = nameStandsIn(name, y.shingles, w);
    return s.share >= NAME_INSIDE && s.shared >= NAME_INSIDE_MIN_SHARED ? s.share : 0;
  };
  // The counterparts each paired clause already has, by side.
  const matesOfPlan = new Map<number, Part[]>();
  const matesOfRef = new Map<number, Part[]>();
  for (const q of pairs) {
    matesOfPlan.set(q.plan, [...(matesOfPlan.get(q.plan) ?? []), ref[q.ref]!]);
    matesOfRef.set(q.ref, [...(matesOfRef.get(q.ref) ?? []), plan[q.plan]!]);
  }
  const best = (x: Part, others: readonly Part[], mates: ReadonlyMap<number, Part[]>, xIsPlan: boolean) => {
    const name = nameOf(x);
    if (!name) return null;
    let top: { at: number; share: number } | null = null;
    others.forEach((y, j) => {
      if (!mates.has(j) || !usable(y)) return;
      const [p, r] = xIsPlan ? [x, y] : [y, x];
      if (!sameDomain(p, r) || differentIndicators(p.indicators, r.indicators)) return;
      const share = inside(name, y);
      if (!share || (top && share <= top.share)) return;
      // The clause's counterpart already bears its name: x is the other role's item of that name
      // (a goal and a measure both called 改善妇女营养状况), not one merged into this clause.
      if (mates.get(j)!.some((m) => inside(name, m))) return;
      top = { at: j, share };
    });
    return top as { at: number; share: number } | null;
  };
  const found: ClausePair[] = [];
  ref.forEach((r, j) => {
    if (matesOfRef.has(j) || !usable(r)) return;
    const b = best(r, plan, matesOfPlan, false);
    if (b) found.push({ plan: b.at, ref: j, score: b.share, part: 'merged', crossRole: plan[b.at]!.role !== r.role });
  });
  plan.forEach((p, i) => {
    if (matesOfPlan.has(i) || !usable(p)) return;
    const b = best(p, ref, matesOfRef, true);
    if (b) found.push({ plan: i, ref: b.at, score: b.share, part: 'split', crossRole: p.role !== ref[b.at]!.role });
  });
  return found;
}

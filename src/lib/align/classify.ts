/**
 * Each clause of a plan, classified against the reference it was matched with; the
 * reference's unmatched clauses are put back in the plan's order as `omitted`.
 */
import type { BlockRole } from '../plan/blocks.ts';
import type { ClauseKind, RowCell } from './clauses.ts';
import type { Nearest } from './nearest.ts';
import type { NumberIdentity } from './clause-targets.ts';
import { diffClause, type Edit, type NumberChange } from './edits.ts';
import type { ClausePair } from './match.ts';
import { coveringOf, domainKey, domainNamesByPairs, sentencesOf } from './partial.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import type { ClauseStatus } from './reuse-schema.ts';
import { COMMON_MIN_PLANS } from './thresholds.ts';
import { keyOf, type Token } from './tokens.ts';

/** A clause of a reference, with the plans that have it. */
export interface ReferenceClause extends PreparedClause {
  /** Counties whose wording this is (the first few, in plan id order). */
  supporters: string[];
  /** How many other plans have the clause, in any wording (1 for a document's own clause). */
  support: number;
  /** Of those, how many have this very wording. */
  wordingSupport: number;
  /**
   * For a reconstructed clause: the plan paragraph or row whose wording it shows (its county's
   * place names written ××), so that a reader can read it in its source. Absent otherwise.
   */
  source?: ReferenceSource | null;
}

export interface ReferenceSource {
  plan: string;
  county: string;
  anchor: string;
}

/** The full record of one clause, for rendering; ReuseClause is its published subset. */
export interface AlignedClause {
  status: ClauseStatus;
  /** Plan anchor; for omitted, the anchor it belongs after ('' for the start). */
  anchor: string;
  reference_anchor: string | null;
  similarity: number;
  numbers_changed: NumberChange[];
  edits: Edit[];
  kind: ClauseKind;
  domain: string | null;
  role: BlockRole;
  /** The plan's text ('' for omitted). */
  text: string;
  reference_text: string | null;
  /**
   * For a clause without counterpart (original or omitted): the other side's clause nearest in
   * wording, for the reader to check (nearest.ts); absent where none is near enough.
   */
  nearest?: Nearest | null;
  /** For an omitted table row: its cells in the reference table's column order, each under its header. */
  reference_cells?: RowCell[] | null;
  /**
   * Set when the counterpart is of the other form: a table row the plan states as a paragraph
   * ('row'), or a paragraph it lists as a table row ('paragraph'), paired by indicator.
   */
  reference_form?: ClauseKind | null;
  /** Where a reconstructed reference clause's wording stands in a plan (ReferenceClause.source). */
  reference_source?: ReferenceSource | null;
  /** Visible characters of the plan's text. */
  chars: number;
  /** Counties whose wording the reference clause is (the first few), how many other plans have the clause, and how many that wording. */
  supporters: string[];
  support: number;
  wordingSupport: number;
  /**
   * merged: the plan paragraph holds several reference clauses (each has an entry, the first
   * with the paragraph's own text); split: the reference clause is spread over several plan
   * paragraphs (each has an entry). Null for a clause matched one to one.
   */
  part: 'merged' | 'split' | null;
  /**
   * The reference clause's role when it differs from the plan clause's: a goal the reference
   * states among its measures, or the other way round (standing.ts). Null otherwise.
   */
  referenceRole: BlockRole | null;
}

export function classifyClauses(
  plan: readonly PreparedClause[], ref: readonly ReferenceClause[], pairs: readonly ClausePair[],
): AlignedClause[] {
  // A table row against a paragraph of its indicator (indicator-rows.ts) is shown beside the
  // clause it belongs to; it does not make that clause's own counterpart merged or split.
  const sameKind = (p: ClausePair) => plan[p.plan]!.kind === ref[p.ref]!.kind;
  // One-to-one pairs first: a paragraph's own counterpart leads its group, merged items follow.
  const byPlan = new Map<number, ClausePair[]>();
  const order = (p: ClausePair) => (sameKind(p) ? Number(!!p.part) : 2);
  for (const pair of [...pairs].sort((a, b) => order(a) - order(b))) {
    const list = byPlan.get(pair.plan);
    if (list) list.push(pair);
    else byPlan.set(pair.plan, [pair]);
  }
  const splitCount = new Map<number, number>();
  for (const pair of pairs) if (sameKind(pair)) splitCount.set(pair.ref, (splitCount.get(pair.ref) ?? 0) + 1);
  const domainOf = domainsInPlan(plan, ref, pairs);
  const omittedAfter = placeOmitted(plan, ref, pairs, domainOf);
  const omitted = (r: ReferenceClause, after: string) => omittedClause(r, after, domainOf(r));
  const out: AlignedClause[] = (omittedAfter.get(-1) ?? []).map((r) => omitted(ref[r]!, ''));
  plan.forEach((clause, p) => {
    const list = byPlan.get(p);
    if (!list) out.push(original(clause));
    const own = list?.filter(sameKind).length ?? 0;
    list?.forEach((pair, k) => {
      const part = !sameKind(pair) ? pair.part ?? null : own > 1 ? 'merged' : (splitCount.get(pair.ref) ?? 0) > 1 ? 'split' : null;
      out.push(matched(clause, ref[pair.ref]!, pair, k > 0, part));
    });
    for (const o of omittedAfter.get(p) ?? []) out.push(omitted(ref[o]!, clause.anchor));
  });
  return out;
}

/**
 * Plan index each unmatched reference clause follows (-1: before the first): after the plan's
 * clause of its nearest matched predecessor in the same domain and role, else before the plan's
 * first clause of that domain and role, else after its nearest matched predecessor at all. So an
 * omitted clause stands in its own domain's section and a domain's heading appears once.
 */
function placeOmitted(
  plan: readonly PreparedClause[], ref: readonly ReferenceClause[], pairs: readonly ClausePair[],
  domainOf: (r: ReferenceClause) => string | null,
): Map<number, number[]> {
  const planOf = new Map<number, number>();
  for (const p of pairs) if (!planOf.has(p.ref)) planOf.set(p.ref, p.plan);
  // A plan domain's key, by the plan's name of it (what domainOf gives for a reference clause).
  const keyByName = new Map(plan.filter((c) => c.domain).map((c) => [c.domain!, c.domainKey!]));
  const key = (domain: string | null, role: string) => (domain ? `${keyByName.get(domain) ?? domainKey(domain)}|${role}` : null);
  const place = (c: PreparedClause) => key(c.domain, c.role);
  const firstOfPlace = new Map<string, number>();
  plan.forEach((c, i) => {
    const k = place(c);
    if (k && !firstOfPlace.has(k)) firstOfPlace.set(k, i);
  });
  const after = new Map<number, number[]>();
  let lastPlan = -1;
  const lastInPlace = new Map<string, number>();
  for (let r = 0; r < ref.length; r++) {
    const k = key(domainOf(ref[r]!), ref[r]!.role);
    const p = planOf.get(r);
    if (p !== undefined) {
      lastPlan = Math.max(lastPlan, p);
      // Only a counterpart in the same section of the plan says where the section's omitted clauses go.
      if (k && place(plan[p]!) === k) lastInPlace.set(k, Math.max(lastInPlace.get(k) ?? -1, p));
      continue;
    }
    const at = (k ? lastInPlace.get(k) ?? (firstOfPlace.has(k) ? firstOfPlace.get(k)! - 1 : undefined) : undefined) ?? lastPlan;
    const list = after.get(at) ?? [];
    list.push(r);
    after.set(at, list);
  }
  return after;
}

/**
 * The plan's name for each reference clause's domain: plans name domains differently (妇女与教育
 * and 妇女与教育科技, 妇女参与决策和管理 and 妇女与决策管理); the matched clauses tell which is which.
 */
function domainsInPlan(
  plan: readonly PreparedClause[], ref: readonly ReferenceClause[], pairs: readonly ClausePair[],
): (r: ReferenceClause) => string | null {
  const byKey = new Map(plan.filter((c) => c.domainKey).map((c) => [c.domainKey!, c.domain!]));
  const named = domainNamesByPairs(plan, ref, pairs);
  return (r) => (r.domain ? byKey.get(r.domainKey ?? domainKey(r.domain)) ?? named.get(r.domain) ?? r.domain : null);
}

interface Side {
  tokens: Token[];
  numbers: (NumberIdentity | null)[];
}

/** Tokens from..to of a clause, with the identities of the numbers among them. */
function slice(tokens: Token[], numbers: readonly (NumberIdentity | null)[], from = 0, to = tokens.length): Side {
  let before = 0;
  for (let i = 0; i < from; i++) if (tokens[i]!.kind === 'number') before++;
  const part = tokens.slice(from, to);
  return { tokens: part, numbers: numbers.slice(before, before + part.filter((t) => t.kind === 'number').length) };
}

/**
 * The plan's clause against a reference clause. For a merged item only the sentences of the
 * plan paragraph that hold it are compared (an extra item of a group shows only those); for a
 * split item, only the sentences of the reference clause that the paragraph holds.
 */
function matched(
  clause: PreparedClause, ref: ReferenceClause, pair: ClausePair, extra: boolean, part: AlignedClause['part'],
): AlignedClause {
  if (clause.kind !== ref.kind) return otherForm(clause, ref, extra, part);
  const planTokens = tokensOf(clause);
  const refTokens = tokensOf(ref);
  let planSide = slice(planTokens, clause.numberIds);
  let refSide = slice(refTokens, ref.numberIds);
  let before: Token[] = [];
  let after: Token[] = [];
  // In a paragraph that merges several reference clauses, each one (its one-to-one counterpart
  // too) is judged on the sentences that hold it: the rest of the paragraph is the other clauses.
  if (pair.part === 'merged' || part === 'merged') {
    const c = coveringOf(sentencesOf(refTokens, ref.numberIds), sentencesOf(planTokens, clause.numberIds), clause.indicators);
    planSide = slice(planTokens, clause.numberIds, c.from, c.to);
    if (!extra) [before, after] = [planTokens.slice(0, c.from), planTokens.slice(c.to)];
  } else if (pair.part === 'split') {
    const c = coveringOf(sentencesOf(planTokens, clause.numberIds), sentencesOf(refTokens, ref.numberIds), ref.indicators);
    refSide = slice(refTokens, ref.numberIds, c.from, c.to);
  }
  const inGroup = part === 'merged';
  const sameWords = keyOf(planSide.tokens) === keyOf(refSide.tokens) && (inGroup || (!before.some((t) => t.key) && !after.some((t) => t.key)));
  // A reconstructed clause (one that names its source) is a common wording only when at least
  // COMMON_MIN_PLANS other plans use it: worded like one neighbour alone is not 相同 (the rule the
  // page states). The whole-clause case never arises (consensus.ts never shows the plan's own
  // wording); a merged part can match that neighbour's wording word for word, and is then 改动.
  const same = sameWords && (!ref.source || ref.wordingSupport >= COMMON_MIN_PLANS);
  const text = planSide.tokens.map((t) => t.text).join('');
  const diff = sameWords
    ? { edits: [{ op: 'equal' as const, text: extra || inGroup ? text : clause.text }], similarity: 1, numbersChanged: [] }
    : diffClause(planSide.tokens, refSide.tokens, planSide.numbers, refSide.numbers);
  const edits: Edit[] = same && !inGroup ? diff.edits : [...asInsert(before), ...diff.edits, ...asInsert(after)];
  return {
    ...common(clause),
    status: same ? 'identical' : 'modified',
    anchor: clause.anchor,
    similarity: round(diff.similarity),
    numbers_changed: diff.numbersChanged,
    edits,
    // An extra item of a merged paragraph shows the sentences that hold it; its characters are the paragraph's, counted once.
    ...(extra ? { text, chars: 0 } : {}),
    ...counterpart(clause, ref, part),
  };
}

/** What a matched clause says of its counterpart in the reference. */
function counterpart(clause: PreparedClause, ref: ReferenceClause, part: AlignedClause['part']) {
  return {
    reference_anchor: ref.anchor,
    reference_text: ref.text,
    reference_source: ref.source ?? null,
    supporters: ref.supporters,
    support: ref.support,
    wordingSupport: ref.wordingSupport,
    part,
    referenceRole: ref.role !== clause.role ? ref.role : null,
  };
}

/**
 * A table row against a paragraph stating the same indicator (indicator-rows.ts): 改动, shown as
 * the plan wrote it with the reference's text beside it (`reference_form`), not as a word diff
 * of a row against a sentence; and no number change, since the row's figures are a baseline and
 * a target in columns and the paragraph's a target in words.
 */
function otherForm(clause: PreparedClause, ref: ReferenceClause, extra: boolean, part: AlignedClause['part']): AlignedClause {
  return {
    ...common(clause),
    status: 'modified',
    anchor: clause.anchor,
    similarity: 0,
    numbers_changed: [],
    edits: [{ op: 'equal', text: clause.text }],
    ...(extra ? { chars: 0 } : {}),
    ...counterpart(clause, ref, part),
    reference_cells: ref.cells ?? null,
    reference_form: ref.kind,
  };
}

function asInsert(tokens: readonly Token[]): Edit[] {
  const text = tokens.map((t) => t.text).join('');
  return text ? [{ op: 'insert', text }] : [];
}

function original(clause: PreparedClause): AlignedClause {
  return {
    ...common(clause),
    status: 'original', anchor: clause.anchor, reference_anchor: null, similarity: 0,
    numbers_changed: [], edits: [{ op: 'insert', text: clause.text }], reference_text: null, supporters: [], support: 0, wordingSupport: 0, part: null, referenceRole: null,
  };
}

function omittedClause(ref: ReferenceClause, after: string, domain: string | null): AlignedClause {
  return {
    status: 'omitted', anchor: after, reference_anchor: ref.anchor, similarity: 0, numbers_changed: [],
    edits: [{ op: 'delete', text: ref.text }], kind: ref.kind, domain, role: ref.role,
    text: '', reference_text: ref.text, reference_cells: ref.cells, reference_source: ref.source ?? null, chars: 0, supporters: ref.supporters, support: ref.support, wordingSupport: ref.wordingSupport, part: null, referenceRole: null,
  };
}

function common(clause: PreparedClause) {
  return { kind: clause.kind, domain: clause.domain, role: clause.role, text: clause.text, chars: clause.chars };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Each clause of a plan, classified against the reference it was matched with; the
 * reference's unmatched clauses are put back in the plan's order as `omitted`.
 */
import type { BlockRole } from '../plan/blocks.ts';
import type { ClauseKind } from './clauses.ts';
import type { NumberIdentity } from './clause-targets.ts';
import { diffClause, type Edit, type NumberChange } from './edits.ts';
import type { ClausePair } from './match.ts';
import { coveringOf, sentencesOf } from './partial.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import type { ClauseStatus } from './reuse-schema.ts';
import { keyOf, type Token } from './tokens.ts';

/** A clause of a reference, with the plans that have it. */
export interface ReferenceClause extends PreparedClause {
  /** Counties whose wording this is (the first few, in plan id order). */
  supporters: string[];
  /** How many other plans have the clause, in any wording (1 for a document's own clause). */
  support: number;
  /** Of those, how many have this very wording. */
  wordingSupport: number;
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
}

export function classifyClauses(
  plan: readonly PreparedClause[], ref: readonly ReferenceClause[], pairs: readonly ClausePair[],
): AlignedClause[] {
  // One-to-one pairs first: a paragraph's own counterpart leads its group, merged items follow.
  const byPlan = new Map<number, ClausePair[]>();
  for (const pair of [...pairs].sort((a, b) => Number(!!a.part) - Number(!!b.part))) {
    const list = byPlan.get(pair.plan);
    if (list) list.push(pair);
    else byPlan.set(pair.plan, [pair]);
  }
  const splitCount = new Map<number, number>();
  for (const pair of pairs) splitCount.set(pair.ref, (splitCount.get(pair.ref) ?? 0) + 1);
  const omittedAfter = placeOmitted(ref.length, pairs);
  const out: AlignedClause[] = (omittedAfter.get(-1) ?? []).map((r) => omitted(ref[r]!, ''));
  plan.forEach((clause, p) => {
    const list = byPlan.get(p);
    if (!list) out.push(original(clause));
    list?.forEach((pair, k) => {
      const part = list.length > 1 ? 'merged' : (splitCount.get(pair.ref) ?? 0) > 1 ? 'split' : null;
      out.push(matched(clause, ref[pair.ref]!, pair, k > 0, part));
    });
    for (const o of omittedAfter.get(p) ?? []) out.push(omitted(ref[o]!, clause.anchor));
  });
  return out;
}

/** Plan index each unmatched reference clause follows: that of its nearest matched predecessor. */
function placeOmitted(refLength: number, pairs: readonly ClausePair[]): Map<number, number[]> {
  const planOf = new Map<number, number>();
  for (const p of pairs) if (!planOf.has(p.ref)) planOf.set(p.ref, p.plan);
  const after = new Map<number, number[]>();
  let lastPlan = -1;
  for (let r = 0; r < refLength; r++) {
    const p = planOf.get(r);
    if (p !== undefined) { lastPlan = p; continue; }
    const list = after.get(lastPlan) ?? [];
    list.push(r);
    after.set(lastPlan, list);
  }
  return after;
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
  const planTokens = tokensOf(clause);
  const refTokens = tokensOf(ref);
  let planSide = slice(planTokens, clause.numberIds);
  let refSide = slice(refTokens, ref.numberIds);
  let before: Token[] = [];
  let after: Token[] = [];
  if (pair.part === 'merged') {
    const c = coveringOf(sentencesOf(refTokens, ref.numberIds), sentencesOf(planTokens, clause.numberIds), clause.indicators);
    planSide = slice(planTokens, clause.numberIds, c.from, c.to);
    if (!extra) [before, after] = [planTokens.slice(0, c.from), planTokens.slice(c.to)];
  } else if (pair.part === 'split') {
    const c = coveringOf(sentencesOf(planTokens, clause.numberIds), sentencesOf(refTokens, ref.numberIds), ref.indicators);
    refSide = slice(refTokens, ref.numberIds, c.from, c.to);
  }
  const same = keyOf(planSide.tokens) === keyOf(refSide.tokens) && !before.some((t) => t.key) && !after.some((t) => t.key);
  const text = planSide.tokens.map((t) => t.text).join('');
  const diff = same
    ? { edits: [{ op: 'equal' as const, text: extra ? text : clause.text }], similarity: 1, numbersChanged: [] }
    : diffClause(planSide.tokens, refSide.tokens, planSide.numbers, refSide.numbers);
  const edits: Edit[] = same ? diff.edits : [...asInsert(before), ...diff.edits, ...asInsert(after)];
  return {
    ...common(clause),
    status: same ? 'identical' : 'modified',
    anchor: clause.anchor,
    reference_anchor: ref.anchor,
    similarity: round(diff.similarity),
    numbers_changed: diff.numbersChanged,
    edits,
    // An extra item of a merged paragraph shows the sentences that hold it; its characters are the paragraph's, counted once.
    ...(extra ? { text, chars: 0 } : {}),
    reference_text: ref.text,
    supporters: ref.supporters,
    support: ref.support,
    wordingSupport: ref.wordingSupport,
    part,
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
    numbers_changed: [], edits: [{ op: 'insert', text: clause.text }], reference_text: null, supporters: [], support: 0, wordingSupport: 0, part: null,
  };
}

function omitted(ref: ReferenceClause, after: string): AlignedClause {
  return {
    status: 'omitted', anchor: after, reference_anchor: ref.anchor, similarity: 0, numbers_changed: [],
    edits: [{ op: 'delete', text: ref.text }], kind: ref.kind, domain: ref.domain, role: ref.role,
    text: '', reference_text: ref.text, chars: 0, supporters: ref.supporters, support: ref.support, wordingSupport: ref.wordingSupport, part: null,
  };
}

function common(clause: PreparedClause) {
  return { kind: clause.kind, domain: clause.domain, role: clause.role, text: clause.text, chars: clause.chars };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Each clause of a plan, classified against the reference it was matched with; the
 * reference's unmatched clauses are put back in the plan's order as `omitted`.
 */
import type { BlockRole } from '../plan/blocks.ts';
import type { ClauseKind } from './clauses.ts';
import { diffClause, type Edit, type NumberChange } from './edits.ts';
import type { ClausePair } from './match.ts';
import { tokensOf, type PreparedClause } from './prepare.ts';
import type { ClauseStatus } from './reuse-schema.ts';

/** A clause of a reference, with the plans whose wording it is. */
export interface ReferenceClause extends PreparedClause {
  /** Plans whose wording this is (the first few, in id order). */
  supporters: string[];
  /** How many plans have this wording. */
  support: number;
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
  /** Plans whose wording the reference clause is (the first few) and how many there are. */
  supporters: string[];
  support: number;
}

export function classifyClauses(
  plan: readonly PreparedClause[], ref: readonly ReferenceClause[], pairs: readonly ClausePair[],
): AlignedClause[] {
  const refOf = new Map(pairs.map((p) => [p.plan, p.ref]));
  const omittedAfter = placeOmitted(ref.length, pairs);
  const out: AlignedClause[] = (omittedAfter.get(-1) ?? []).map((r) => omitted(ref[r]!, ''));
  plan.forEach((clause, p) => {
    const r = refOf.get(p);
    out.push(r === undefined ? original(clause) : matched(clause, ref[r]!));
    for (const o of omittedAfter.get(p) ?? []) out.push(omitted(ref[o]!, clause.anchor));
  });
  return out;
}

/** Plan index each unmatched reference clause follows: that of its nearest matched predecessor. */
function placeOmitted(refLength: number, pairs: readonly ClausePair[]): Map<number, number[]> {
  const planOf = new Map(pairs.map((p) => [p.ref, p.plan]));
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

function matched(clause: PreparedClause, ref: ReferenceClause): AlignedClause {
  const same = clause.key === ref.key;
  const diff = same
    ? { edits: [{ op: 'equal' as const, text: clause.text }], similarity: 1, numbersChanged: [] }
    : diffClause(tokensOf(clause), tokensOf(ref), clause.numberIds, ref.numberIds);
  return {
    ...common(clause),
    status: same ? 'identical' : 'modified',
    anchor: clause.anchor,
    reference_anchor: ref.anchor,
    similarity: round(diff.similarity),
    numbers_changed: diff.numbersChanged,
    edits: diff.edits,
    reference_text: ref.text,
    supporters: ref.supporters,
    support: ref.support,
  };
}

function original(clause: PreparedClause): AlignedClause {
  return {
    ...common(clause),
    status: 'original', anchor: clause.anchor, reference_anchor: null, similarity: 0,
    numbers_changed: [], edits: [{ op: 'insert', text: clause.text }], reference_text: null, supporters: [], support: 0,
  };
}

function omitted(ref: ReferenceClause, after: string): AlignedClause {
  return {
    status: 'omitted', anchor: after, reference_anchor: ref.anchor, similarity: 0, numbers_changed: [],
    edits: [{ op: 'delete', text: ref.text }], kind: ref.kind, domain: ref.domain, role: ref.role,
    text: '', reference_text: ref.text, chars: 0, supporters: ref.supporters, support: ref.support,
  };
}

function common(clause: PreparedClause) {
  return { kind: clause.kind, domain: clause.domain, role: clause.role, text: clause.text, chars: clause.chars };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

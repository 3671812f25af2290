/**
 * The edits that turn a reference clause into the plan's clause, as whole words and phrases.
 *
 * The diff runs over comparison keys (jsdiff's diffArrays on word tokens, see anchored-diff.ts), so renamed places,
 * punctuation and item numbers never show as edits; "equal" text is the plan's own wording.
 * Numbers that are values of one indicator (clause-targets.ts) are lined up against each other,
 * so 3.0‰、5.0‰ → 4.2‰、6.5‰ reads as two replaced numbers, each reported in `numbersChanged`.
 * Any other number matches only itself: a 90% toilet figure never "becomes" a 99% tap-water
 * figure, and a number dropped with its item is a deletion, not a change.
 */
import type { NumberIdentity } from './clause-targets.ts';
import type { Token } from './tokens.ts';
import { anchoredDiff, type Change } from './anchored-diff.ts';
import { foldHunks, type Piece } from './hunks.ts';

export type EditOp = 'equal' | 'insert' | 'delete';

export interface Edit {
  op: EditOp;
  text: string;
}

export interface NumberChange {
  /** As the reference writes it, with its unit, e.g. 5.0‰. */
  from: string;
  /** As the plan writes it, e.g. 6.5‰. */
  to: string;
}

export interface ClauseDiff {
  edits: Edit[];
  /** 2 × shared key characters / (plan + reference key characters), in 0..1. */
  similarity: number;
  numbersChanged: NumberChange[];
}

/** A significant token with the ignored text (punctuation, spacing) that follows it. */
interface Unit {
  token: Token;
  trail: string;
  /** For a number: the indicator it is a value of, or null. */
  indicator: string | null;
  /** That value in the indicator's unit. */
  value: number | null;
}

function toUnits(tokens: readonly Token[], numberIds: readonly (NumberIdentity | null)[]): { lead: string; units: Unit[] } {
  let lead = '';
  const units: Unit[] = [];
  let n = 0;
  for (const t of tokens) {
    const id = t.kind === 'number' ? numberIds[n++] ?? null : null;
    if (t.key === '') {
      if (units.length) units[units.length - 1]!.trail += t.text;
      else lead += t.text;
    } else units.push({ token: t, trail: '', indicator: id?.indicator ?? null, value: id?.value ?? null });
  }
  return { lead, units };
}

/** A number of an indicator compares by the indicator, anything else by key: both become small integers. */
function toIds(ref: readonly Unit[], plan: readonly Unit[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const id = (u: Unit) => {
    const k = u.indicator !== null ? `\u0000${u.indicator}` : u.token.kind === 'number' ? `\u0001${u.token.key}` : u.token.key;
    let v = ids.get(k);
    if (v === undefined) ids.set(k, (v = ids.size));
    return v;
  };
  return [ref.map(id), plan.map(id)];
}

/** `planNumbers`/`refNumbers`: the indicator of each number token, in order (numberIdentities). */
export function diffClause(
  planTokens: readonly Token[], refTokens: readonly Token[],
  planNumbers: readonly (NumberIdentity | null)[] = [], refNumbers: readonly (NumberIdentity | null)[] = [],
): ClauseDiff {
  const plan = toUnits(planTokens, planNumbers);
  const ref = toUnits(refTokens, refNumbers);
  const pieces: Piece[] = plan.lead ? [{ op: 'equal', text: plan.lead, number: false }] : [];
  const numbersChanged: NumberChange[] = [];
  let shared = 0;
  let i = 0;
  let j = 0;
  const changes = anchoredDiff(...toIds(ref.units, plan.units));
  for (const change of changes) {
    const n = change.count;
    if (change.removed) {
      pushRun(pieces, ref.units.slice(i, i + n), 'delete');
      i += n;
    } else if (change.added) {
      pushRun(pieces, plan.units.slice(j, j + n), 'insert');
      j += n;
    } else {
      for (let k = 0; k < n; k++, i++, j++) {
        const r = ref.units[i]!;
        const p = plan.units[j]!;
        if (r.token.key === p.token.key) {
          shared += p.token.key.length;
          pieces.push({ op: 'equal', text: p.token.text + p.trail, number: false });
        } else {
          if (r.value !== p.value) numbersChanged.push({ from: r.token.text.trim(), to: p.token.text.trim() });
          pieces.push({ op: 'delete', text: r.token.text, number: true, gap: r.trail });
          pieces.push({ op: 'insert', text: p.token.text, number: true });
          if (p.trail) pieces.push({ op: 'equal', text: p.trail, number: false });
        }
      }
    }
  }
  numbersChanged.push(...numbersReplacedInHunks(changes, ref.units, plan.units));
  const total = keyLength(plan.units) + keyLength(ref.units);
  return { edits: foldHunks(pieces), similarity: total ? (2 * shared) / total : 1, numbersChanged };
}

/**
 * A run of deleted or inserted units; punctuation at the run's end stays with what follows (a
 * deletion's is kept aside as its gap, for a deletion that may join it).
 */
function pushRun(pieces: Piece[], units: Unit[], op: 'insert' | 'delete'): void {
  units.forEach((u, k) => {
    const last = k === units.length - 1;
    const gap = last && op === 'delete' ? u.trail : undefined;
    pieces.push({ op, text: u.token.text + (last ? '' : u.trail), number: u.token.kind === 'number', ...(gap ? { gap } : {}) });
    if (last && op === 'insert' && u.trail) pieces.push({ op: 'equal', text: u.trail, number: false });
  });
}

function keyLength(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) n += u.token.key.length;
  return n;
}

/**
 * Numbers the diff left unpaired inside one change (the phrase around them was rewritten): a
 * number that left and one that came in as values of the same indicator, in order, are one
 * replaced number. Numbers of different indicators, or of none, are not.
 */
function numbersReplacedInHunks(
  changes: readonly Change[], ref: readonly Unit[], plan: readonly Unit[],
): NumberChange[] {
  const out: NumberChange[] = [];
  let i = 0;
  let j = 0;
  let gone: Unit[] = [];
  let came: Unit[] = [];
  const flush = () => {
    for (const g of gone) {
      const k = came.findIndex((c) => c.indicator === g.indicator);
      if (k < 0) continue;
      if (came[k]!.value !== g.value) out.push({ from: g.token.text.trim(), to: came[k]!.token.text.trim() });
      came.splice(k, 1);
    }
    gone = [];
    came = [];
  };
  for (const change of changes) {
    const n = change.count;
    if (change.removed) {
      for (const u of ref.slice(i, i + n)) if (u.indicator !== null) gone.push(u);
      i += n;
    } else if (change.added) {
      for (const u of plan.slice(j, j + n)) if (u.indicator !== null) came.push(u);
      j += n;
    } else {
      flush();
      i += n;
      j += n;
    }
  }
  flush();
  return out;
}

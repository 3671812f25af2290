/**
 * The edits that turn a reference clause into the plan's clause, as whole words and phrases.
 *
 * The diff runs over comparison keys (jsdiff's diffArrays on word tokens, see anchored-diff.ts), so renamed places,
 * punctuation and item numbers never show as edits; "equal" text is the plan's own wording.
 * Numbers in the same slot (same unit) are lined up against each other, so 3.0‰、5.0‰ → 4.2‰、6.5‰
 * reads as two replaced numbers, and each such pair is reported in `numbersChanged`.
 */
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
}

function toUnits(tokens: readonly Token[]): { lead: string; units: Unit[] } {
  let lead = '';
  const units: Unit[] = [];
  for (const t of tokens) {
    if (t.key === '') {
      if (units.length) units[units.length - 1]!.trail += t.text;
      else lead += t.text;
    } else units.push({ token: t, trail: '' });
  }
  return { lead, units };
}

/** Numbers compare by slot (their unit), everything else by key: both become small integers. */
function toIds(ref: readonly Unit[], plan: readonly Unit[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const id = (u: Unit) => {
    const k = u.token.kind === 'number' ? `\u0000${u.token.slot}` : u.token.key;
    let v = ids.get(k);
    if (v === undefined) ids.set(k, (v = ids.size));
    return v;
  };
  return [ref.map(id), plan.map(id)];
}

export function diffClause(planTokens: readonly Token[], refTokens: readonly Token[]): ClauseDiff {
  const plan = toUnits(planTokens);
  const ref = toUnits(refTokens);
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
          numbersChanged.push({ from: r.token.text.trim(), to: p.token.text.trim() });
          pieces.push({ op: 'delete', text: r.token.text, number: true });
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

/** A run of deleted or inserted units; punctuation at the run's end stays with what follows. */
function pushRun(pieces: Piece[], units: Unit[], op: 'insert' | 'delete'): void {
  units.forEach((u, k) => {
    const last = k === units.length - 1;
    pieces.push({ op, text: u.token.text + (last ? '' : u.trail), number: u.token.kind === 'number' });
    if (last && op === 'insert' && u.trail) pieces.push({ op: 'equal', text: u.trail, number: false });
  });
}

function keyLength(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) n += u.token.key.length;
  return n;
}

/**
 * Numbers the diff left unpaired inside one change (the phrase around them was rewritten and
 * the slots fell out of step): a number that left and one that came in with the same unit,
 * in order, are one replaced number. Numbers with different units (1个, 90%) are not.
 */
function numbersReplacedInHunks(
  changes: readonly Change[], ref: readonly Unit[], plan: readonly Unit[],
): NumberChange[] {
  const out: NumberChange[] = [];
  let i = 0;
  let j = 0;
  let gone: Token[] = [];
  let came: Token[] = [];
  const flush = () => {
    for (const g of gone) {
      const k = came.findIndex((c) => c.slot === g.slot);
      if (k < 0) continue;
      out.push({ from: g.text.trim(), to: came[k]!.text.trim() });
      came.splice(k, 1);
    }
    gone = [];
    came = [];
  };
  for (const change of changes) {
    const n = change.count;
    if (change.removed) {
      for (const u of ref.slice(i, i + n)) if (u.token.kind === 'number') gone.push(u.token);
      i += n;
    } else if (change.added) {
      for (const u of plan.slice(j, j + n)) if (u.token.kind === 'number') came.push(u.token);
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

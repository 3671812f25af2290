/**
 * Cleans a token-level edit script so that it reads as whole phrases:
 * - a change whose two sides are the same text (the word segmenter cut 新生儿 differently in the
 *   two clauses) is no change; common words at either end of a change are moved out of it;
 * - a one-character word left equal between two changes (和, 的) is folded into them;
 * - each change is written as one deletion followed by one insertion.
 * Replaced numbers stay separate changes, so that 3.0‰、5.0‰ → 4.2‰、6.5‰ shows two numbers.
 */
import type { Edit } from './edits.ts';
import { foldChar } from './normalize.ts';
import { SHORT_EQUAL_CHARS } from './thresholds.ts';

export interface Piece {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  /** A number token: changes made only of numbers are never folded with their neighbours. */
  number: boolean;
  /**
   * For a deletion: the punctuation or separator that followed it in the reference and was left
   * out (the plan's own follows). Put back when another deletion joins it, so that deleted table
   * cells "2.8 | 4.7" never read as one figure "2.84.7".
   */
  gap?: string;
}

interface Hunk {
  dels: Piece[];
  ins: Piece[];
}

type Segment = { equal: string } | { hunk: Hunk };

export function foldHunks(pieces: readonly Piece[]): Edit[] {
  const segments = trimHunks(toSegments(pieces));
  return emit(foldShortEquals(segments));
}

function toSegments(pieces: readonly Piece[]): Segment[] {
  const out: Segment[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.op === 'equal') {
      if (last && 'equal' in last) last.equal += p.text;
      else out.push({ equal: p.text });
    } else {
      const hunk = last && 'hunk' in last ? last.hunk : null;
      const target = hunk ?? { dels: [], ins: [] };
      const before = target.dels.at(-1)?.gap;
      if (p.op === 'delete' && before) target.dels.push({ op: 'delete', text: before, number: false });
      (p.op === 'delete' ? target.dels : target.ins).push(p);
      if (!hunk) out.push({ hunk: target });
    }
  }
  return out;
}

const join = (ps: readonly Piece[]) => ps.map((p) => p.text).join('');

function boundaries(ps: readonly Piece[]): Set<number> {
  const set = new Set<number>([0]);
  let at = 0;
  for (const p of ps) set.add((at += p.text.length));
  return set;
}

/** Longest common prefix (or suffix) that ends on a word boundary on both sides. */
function commonEdge(a: string, b: string, ba: Set<number>, bb: Set<number>, fromEnd: boolean): number {
  let best = 0;
  for (let n = 1; n <= Math.min(a.length, b.length); n++) {
    const ca = fromEnd ? a[a.length - n]! : a[n - 1]!;
    const cb = fromEnd ? b[b.length - n]! : b[n - 1]!;
    const same = ca === cb || foldChar(ca) === foldChar(cb);
    if (!same) break;
    const atA = fromEnd ? a.length - n : n;
    const atB = fromEnd ? b.length - n : n;
    if (ba.has(atA) && bb.has(atB)) best = n;
  }
  return best;
}

function trimHunks(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  const pushEqual = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && 'equal' in last) last.equal += text;
    else out.push({ equal: text });
  };
  for (const s of segments) {
    if ('equal' in s) { pushEqual(s.equal); continue; }
    const del = join(s.hunk.dels);
    const ins = join(s.hunk.ins);
    const bd = boundaries(s.hunk.dels);
    const bi = boundaries(s.hunk.ins);
    const pre = commonEdge(del, ins, bd, bi, false);
    const suf = Math.min(commonEdge(del, ins, bd, bi, true), del.length - pre, ins.length - pre);
    pushEqual(ins.slice(0, pre));
    const d = del.slice(pre, del.length - suf);
    const i = ins.slice(pre, ins.length - suf);
    if (d || i) {
      const number = s.hunk.dels.every((p) => p.number) && s.hunk.ins.every((p) => p.number);
      out.push({ hunk: { dels: d ? [{ op: 'delete', text: d, number }] : [], ins: i ? [{ op: 'insert', text: i, number }] : [] } });
    }
    pushEqual(ins.slice(ins.length - suf));
  }
  return out;
}

const isNumberHunk = (h: Hunk) => [...h.dels, ...h.ins].every((p) => p.number);

function foldShortEquals(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k]!;
    const prev = out[out.length - 1];
    const next = segments[k + 1];
    if ('equal' in s && prev && 'hunk' in prev && next && 'hunk' in next
      && isShortWord(s.equal) && !isNumberHunk(prev.hunk) && !isNumberHunk(next.hunk)) {
      const piece = (op: 'delete' | 'insert'): Piece => ({ op, text: s.equal, number: false });
      prev.hunk.dels.push(piece('delete'), ...next.hunk.dels);
      prev.hunk.ins.push(piece('insert'), ...next.hunk.ins);
      k++;
      continue;
    }
    out.push(s);
  }
  return out;
}

function isShortWord(text: string): boolean {
  const visible = text.replace(/[\s\p{P}]/gu, '');
  return visible.length > 0 && visible.length <= SHORT_EQUAL_CHARS && /^\p{Script=Han}+$/u.test(visible);
}

function emit(segments: readonly Segment[]): Edit[] {
  const edits: Edit[] = [];
  const push = (op: Edit['op'], text: string) => {
    if (!text) return;
    const last = edits[edits.length - 1];
    if (last && last.op === op) last.text += text;
    else edits.push({ op, text });
  };
  for (const s of segments) {
    if ('equal' in s) push('equal', s.equal);
    else {
      push('delete', join(s.hunk.dels));
      push('insert', join(s.hunk.ins));
    }
  }
  return edits;
}

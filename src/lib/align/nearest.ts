/**
 * For each clause the alignment left without counterpart (无对应 / 未找到), the clause of the
 * other side whose distinctive wording is nearest, so that a reader can check in one click
 * whether it is the same item rewritten: the hand check finds half or more of these clauses have
 * a counterpart the rules could not tell apart from a different item. Only within one domain (or
 * both outside the domains); paragraphs with paragraphs and rows with rows when one shares at
 * least NEAREST_MIN_SHARED distinctive weight and NEAREST_MIN_SCORE weighted Dice (gaps.ts);
 * failing that, for a table row the paragraph that writes its indicator's name nearly whole
 * (NEAREST_ROW_NAMED), and for a paragraph the row whose name it so writes: the check finds
 * indicators one plan lists in its table and the other writes in a sentence, often in a measure.
 * A hint, not a pairing: statuses and counts are not changed.
 */
import type { AlignedClause, ReferenceSource } from './classify.ts';
import { bigramWeights, weightedDice, type Weights } from './gaps.ts';
import { nameStandsIn } from './names.ts';
import type { PreparedClause } from './prepare.ts';
import { NEAREST_MIN_SCORE, NEAREST_MIN_SHARED, NEAREST_ROW_NAMED, NEAREST_ROW_NAMED_SHARED } from './thresholds.ts';

type Part = Pick<PreparedClause, 'anchor' | 'kind' | 'domainKey' | 'shingles' | 'text'> & { source?: ReferenceSource | null };

/**
 * The nearest clause of the other side: its anchor and the opening of its text. `names` is set
 * when it is a paragraph that writes a table row's indicator (or a row whose indicator a
 * paragraph writes): a row and a sentence share too few words to be near in wording.
 */
export interface Nearest {
  anchor: string;
  text: string;
  names?: boolean;
  /** For a reconstructed reference clause: the plan paragraph or row whose wording it shows. */
  source?: ReferenceSource;
}

/** Characters of the other clause's text shown (the rest elided). */
const SNIPPET_CHARS = 36;

export function snippet(text: string): string {
  const chars = [...text.trim()];
  return chars.length > SNIPPET_CHARS ? `${chars.slice(0, SNIPPET_CHARS).join('')}…` : chars.join('');
}

export function nearestCounterparts(
  plan: readonly Part[], ref: readonly Part[], clauses: readonly AlignedClause[], w: Weights = bigramWeights([...plan, ...ref]),
): AlignedClause[] {
  const planByAnchor = new Map(plan.map((c) => [c.anchor, c]));
  const refByAnchor = new Map(ref.map((c) => [c.anchor, c]));
  const nearestIn = (c: Part, side: readonly Part[]): Nearest | null => {
    let best: { part: Part; score: number } | null = null;
    let named: { part: Part; share: number } | null = null;
    for (const o of side) {
      if (o.domainKey !== c.domainKey) continue;
      if (o.kind !== c.kind) {
        // A row's shingles are its label's (the indicator's name): the paragraph that writes it nearly whole.
        const [row, paragraph] = c.kind === 'row' ? [c, o] : [o, c];
        const d = nameStandsIn(row.shingles, paragraph.shingles, w);
        if (d.share >= NEAREST_ROW_NAMED && d.shared >= NEAREST_ROW_NAMED_SHARED && (!named || d.share > named.share)) named = { part: o, share: d.share };
        continue;
      }
      const d = weightedDice(c.shingles, o.shingles, w);
      if (d.shared < NEAREST_MIN_SHARED || d.score < NEAREST_MIN_SCORE) continue;
      if (!best || d.score > best.score) best = { part: o, score: d.score };
    }
    const pick = best?.part ?? named?.part;
    if (!pick) return null;
    return { anchor: pick.anchor, text: snippet(pick.text), ...(best ? {} : { names: true }), ...(pick.source ? { source: pick.source } : {}) };
  };
  return clauses.map((c) => {
    if (c.status === 'original' && c.chars > 0) {
      const own = planByAnchor.get(c.anchor);
      const nearest = own ? nearestIn(own, ref) : null;
      return nearest ? { ...c, nearest } : c;
    }
    if (c.status === 'omitted' && c.reference_anchor) {
      const theirs = refByAnchor.get(c.reference_anchor);
      const nearest = theirs ? nearestIn(theirs, plan) : null;
      return nearest ? { ...c, nearest } : c;
    }
    return c;
  });
}

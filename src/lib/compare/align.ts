/**
 * Which clauses of the compared plans are the same clause: every plan after the first is aligned
 * with the first (the pivot) by the same aligner as the diff page (alignPlan with the pivot as
 * reference: one-to-one matches, then merged and split items, then rewritten items in place).
 * The build and the browser both call this, from the same /data/align/<id>.json inputs.
 */
import { alignWithPlan } from '../align/browser.ts';
import type { AlignPlanInput } from '../align/prepare.ts';
import type { CompareEdit } from './schema.ts';

/** One clause of a plan and the pivot clause it was matched with. */
export interface PivotPair {
  /** The plan's clause anchor. */
  anchor: string;
  /** The pivot's clause anchor. */
  pivot: string;
  identical: boolean;
  /** Merged (the plan paragraph holds several pivot clauses) or split (a pivot clause spread over several paragraphs). */
  part: 'merged' | 'split' | null;
  /** The plan's wording against the pivot's; only for a one-to-one pair that differs. */
  edits: CompareEdit[];
}

export interface PivotAlignment {
  plan: string;
  pivot: string;
  pairs: PivotPair[];
}

/** The pairs of each plan after the first with the first, in plan order. */
export function alignWithPivot(inputs: readonly AlignPlanInput[]): PivotAlignment[] {
  const [pivot, ...rest] = inputs;
  if (!pivot) return [];
  return rest.map((input) => {
    const detail = alignWithPlan(input, pivot);
    const pairs: PivotPair[] = [];
    for (const c of detail.clauses) {
      if ((c.status !== 'identical' && c.status !== 'modified') || c.reference_anchor === null) continue;
      pairs.push({
        anchor: c.anchor,
        pivot: c.reference_anchor,
        identical: c.status === 'identical',
        part: c.part,
        edits: c.status === 'modified' && c.part === null ? c.edits : [],
      });
    }
    return { plan: input.id, pivot: pivot.id, pairs };
  });
}

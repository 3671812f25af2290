/**
 * Precision of each status and of number changes against the hand-checked sample
 * (tests/fixtures/align/hand-checked.ts, written from the raw sources). Prints the figures
 * published on /methodology/#alignment.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan, type ReuseDetail } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { CHECKED_NUMBER_CHANGES, CHECKED_PAIRS, type PlanItem, type RefItem } from '../../fixtures/align/hand-checked.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => loadPlan(DIR + f));

type Status = 'identical' | 'modified' | 'original' | 'omitted';
const tally = new Map<Status, { right: number; all: number }>();
const count = (status: Status, right: boolean) => {
  const t = tally.get(status) ?? { right: 0, all: 0 };
  t.all++;
  if (right) t.right++;
  tally.set(status, t);
};

function statusOf(detail: ReuseDetail, item: PlanItem): Status {
  const entry = detail.clauses.find((c) => c.anchor === item.anchor && c.status !== 'omitted' && (!item.ref || c.reference_anchor === item.ref))
    ?? detail.clauses.find((c) => c.anchor === item.anchor && c.status !== 'omitted');
  if (!entry) throw new Error(`${detail.plan}: no clause #${item.anchor} in the alignment; the sample names a paragraph that is not there`);
  return entry.status;
}

const isOmitted = (detail: ReuseDetail, item: RefItem) =>
  detail.clauses.some((c) => c.status === 'omitted' && c.reference_anchor === item.ref);

describe('the hand-checked sample', () => {
  it('names real clauses of three plan pairs, 30 or so each', () => {
    for (const pair of CHECKED_PAIRS) expect(pair.planItems.length + pair.refItems.length).toBeGreaterThanOrEqual(24);
  });

  it('gives each status and each number change its precision', () => {
    for (const pair of CHECKED_PAIRS) {
      const corpus = buildCorpus(inputs.filter((p) => p.id === pair.plan || p.id === pair.reference));
      const detail = alignPlan(corpus, pair.plan, chooseReference(pair.plan, corpus, { plan: pair.reference }));
      const refIds = new Set(corpus.plans.get(pair.reference)!.clauses.map((c) => c.anchor));
      for (const item of pair.planItems) {
        const status = statusOf(detail, item);
        count(status, status === item.truth);
      }
      for (const item of pair.refItems) {
        expect(refIds.has(item.ref), `${pair.reference} #${item.ref}`).toBe(true);
        if (isOmitted(detail, item)) count('omitted', item.truth === 'absent');
      }
    }
    // Every number change on the nine default pages is in the checked list.
    const corpus = buildCorpus(inputs);
    let right = 0;
    let all = 0;
    const unchecked: string[] = [];
    for (const id of corpus.plans.keys()) {
      for (const c of alignPlan(corpus, id).clauses) {
        for (const n of c.numbers_changed) {
          const key = `${id} ${c.anchor} ${n.from}→${n.to}`;
          const truth = CHECKED_NUMBER_CHANGES[key];
          if (truth === undefined) unchecked.push(key);
          all++;
          if (truth) right++;
        }
      }
    }
    const lines = [...tally.entries()].map(([s, t]) => `${s}: ${t.right}/${t.all} = ${((100 * t.right) / t.all).toFixed(0)}%`);
    lines.push(`number changes on the nine default pages: ${right}/${all} = ${((100 * right) / all).toFixed(0)}%`);
    console.log(`Hand-checked precision (2026-12-01):\n  ${lines.join('\n  ')}`);
    expect(unchecked, 'number changes nobody has checked against the raw texts').toEqual([]);
    expect(all).toBeGreaterThanOrEqual(30);
    expect(right / all).toBeGreaterThanOrEqual(0.98);
    for (const s of ['identical', 'modified'] as const) expect(tally.get(s)!.right / tally.get(s)!.all, s).toBeGreaterThanOrEqual(0.98);
  });
});

/**
 * Checks on the nine real plans in content/plans (committed; `npm run ingest` rewrites them).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan, toReuseRecord } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { ReuseSchema } from '../../../src/lib/align/reuse-schema.ts';
import { similarPlans } from '../../../src/lib/align/similar-plans.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const REAL = ['140107', '140802', '320582', '520526', '650502'];
const files = readdirSync(DIR).filter((f) => REAL.some((code) => f.startsWith(code)));

describe('the real plans', () => {
  it('are all nine there', () => {
    expect(files).toHaveLength(9);
  });

  const inputs = files.map((f) => loadPlan(DIR + f));
  const corpus = buildCorpus(inputs);
  const details = new Map(inputs.map((p) => [p.id, alignPlan(corpus, p.id)]));

  it('give every plan a valid record that covers each of its clauses once, by a real anchor', () => {
    for (const input of inputs) {
      const record = toReuseRecord(details.get(input.id)!);
      expect(ReuseSchema.parse(record)).toEqual(record);
      const ids = new Set(input.blocks.flatMap((b) => [b.id, ...b.rowIds]));
      const own = record.clauses.filter((c) => c.status !== 'omitted').map((c) => c.anchor);
      expect(new Set(own).size).toBe(own.length);
      expect(own.every((a) => ids.has(a))).toBe(true);
      expect(record.clauses.filter((c) => c.status === 'omitted').every((c) => c.anchor === '' || ids.has(c.anchor))).toBe(true);
    }
  });

  it('report 650502’s child-mortality targets (4.2‰, 6.5‰, 9.6‰) as changed numbers', () => {
    const goal = details.get('650502-children')!.clauses.find((c) => c.text.includes('9.6‰'))!;
    expect(goal.status).toBe('modified');
    expect(goal.numbers_changed.map((n) => n.to)).toEqual(['4.2‰', '6.5‰', '9.6‰']);
  });

  it('find 650502’s myopia goal in the common wording', () => {
    const goal = details.get('650502-children')!.clauses.find((c) => c.text.includes('小学生近视率'))!;
    expect(goal.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('pair the two 山西省 plans with each other first', () => {
    for (const type of ['women', 'children']) {
      expect(similarPlans(corpus, `140107-${type}`)[0]!.plan).toBe(`140802-${type}`);
      expect(similarPlans(corpus, `140802-${type}`)[0]!.plan).toMatch(/^(140107|650502)-/);
    }
    const pair = alignPlan(corpus, '140802-women', chooseReference('140802-women', corpus, { plan: '140107-women' }));
    expect(pair.summary.identical_chars + pair.summary.modified_chars).toBeGreaterThan(pair.summary.original_chars);
  });
});

/**
 * A goal one side lists in its indicator table and the other writes in a paragraph is one goal
 * (src/lib/align/indicator-rows.ts). Expectations read from the raw sources: 000 杏花岭,
 * 001 盐湖, 004 伊州 (cited by file and line).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan, toReuseRecord } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus, planIn } from '../../../src/lib/align/corpus.ts';
import { indicatorRowPairs } from '../../../src/lib/align/indicator-rows.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => loadPlan(DIR + f));
const full = buildCorpus(inputs);

function view(plan: string, reference: string) {
  const corpus = buildCorpus(inputs.filter((p) => p.id === plan || p.id === reference));
  return alignPlan(corpus, plan, chooseReference(plan, corpus, { plan: reference }));
}

describe('a table row and a paragraph of one indicator', () => {
  it('pairs 杏花岭’s 孕产妇死亡率 row with the template’s paragraph of it, with no number change read off a row', () => {
    // 000_30ea770318f86718.txt:170-174 "*孕产妇死亡率(1/10万) | 0 | 12.5 | 约束性" (content/plans/140107-women.md:107);
    // the template's wording is 盐湖's 001_23d5c46fb19a73e3.txt:27 "2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。"
    const row = alignPlan(full, '140107-women').clauses.find((c) => c.anchor === 's2-1-goals-t1-r8')!;
    expect(row).toMatchObject({ status: 'modified', reference_form: 'paragraph', numbers_changed: [] });
    expect(row.reference_text).toContain('孕产妇死亡率下降到12.5/10万以内');
  });

  it('pairs 伊州’s mortality goal with each of 杏花岭’s three mortality rows (004:35 ~ 000:1683, 1693, 1703)', () => {
    // 004:35 "3.新生儿、婴儿和5岁以下儿童死亡率分别降至4.2‰、6.5‰和9.6‰以下…"; 000:1683 #新生儿死亡率(,
    // 000:1693 婴儿死亡率(, 000:1703 #5岁以下儿童死亡率( (content/plans/140107-children.md:111-113).
    const entries = view('650502-children', '140107-children').clauses.filter((c) => c.anchor === 's2-1-goals-3' && c.reference_form === 'row');
    expect(entries.map((c) => c.reference_anchor).sort()).toEqual(['s2-1-goals-t1-r12', 's2-1-goals-t1-r13', 's2-1-goals-t1-r14']);
    expect(entries.every((c) => c.status === 'modified' && c.numbers_changed.length === 0)).toBe(true);
  });

  it('over all 41 views: pairs only clauses of one indicator, a plan row once per indicator it states, and keeps the published record consistent', () => {
    let found = 0;
    for (const a of inputs) {
      const refs = [undefined, ...inputs.filter((b) => b.plan_type === a.plan_type && b.id !== a.id).map((b) => b.id)];
      for (const other of refs) {
        const corpus = other ? buildCorpus(inputs.filter((p) => p.id === a.id || p.id === other)) : full;
        const ref = chooseReference(a.id, corpus, other ? { plan: other } : undefined);
        const plan = planIn(corpus, a.id);
        const pairs = indicatorRowPairs(plan.clauses, ref.clauses, []);
        found += pairs.length;
        for (const p of pairs) {
          const [x, y] = [plan.clauses[p.plan]!, ref.clauses[p.ref]!];
          expect(x.kind).not.toBe(y.kind);
          expect(x.indicators.some((i) => y.indicators.includes(i)), `${a.id}#${x.anchor} ~ ${y.anchor}`).toBe(true);
        }
        // A plan row has as many counterparts as it states indicators, at most.
        for (const r of new Set(pairs.filter((p) => plan.clauses[p.plan]!.kind === 'row').map((p) => p.plan))) {
          expect(pairs.filter((p) => p.plan === r).length).toBeLessThanOrEqual(plan.clauses[r]!.indicators.length);
        }
        const record = toReuseRecord(alignPlan(corpus, a.id, ref));
        for (const c of record.clauses.filter((x) => x.part === 'merged')) {
          expect(record.clauses.filter((x) => x.status !== 'omitted' && x.anchor === c.anchor).length).toBeGreaterThan(1);
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});

/**
 * Pairing by the item's name (src/lib/align/names.ts), on real plan-vs-plan views. Expectations
 * read from the raw sources (content/sources/*.txt): 000 杏花岭, 001 盐湖, 003 张家港.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import { differentIndicators } from '../../../src/lib/align/clause-targets.ts';
import { buildCorpus, planIn } from '../../../src/lib/align/corpus.ts';
import { nameInsidePairs, nameKey, namePairs } from '../../../src/lib/align/names.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => loadPlan(DIR + f));

function view(plan: string, reference: string) {
  const corpus = buildCorpus(inputs.filter((p) => p.id === plan || p.id === reference));
  const detail = alignPlan(corpus, plan, chooseReference(plan, corpus, { plan: reference }));
  const entry = (anchor: string) => detail.clauses.filter((c) => c.anchor === anchor && c.status !== 'omitted');
  return { corpus, detail, entry };
}

describe('the name of an item', () => {
  const clause = (plan: string, anchor: string) => planIn(buildCorpus(inputs.filter((p) => p.id === plan)), plan).clauses.find((c) => c.anchor === anchor)!;

  it('is the first phrase of the first sentence, without its number', () => {
    // 003_089270d5eef34d70.txt:131 "5.提升妇女心理健康水平,加强宣传普及心理健康知识和理念。"
    expect(nameKey(clause('320582-women', 's3-1-goals-5'))).toBe('提升妇女心理健康水平');
  });

  it('is the whole first sentence when it has no comma', () => {
    // 001_23d5c46fb19a73e3.txt:31 "6.妇女心理健康意识提升。妇女焦虑症、抑郁症患病率上升趋势减缓。"
    expect(nameKey(clause('140802-women', 's2-1-goals-6'))).toBe('妇女心理健康意识提升');
  });
});

describe('items a county names alike but words differently', () => {
  it('pairs 盐湖’s 妇女心理健康意识提升 with 张家港’s 提升妇女心理健康水平 (001:31 ~ 003:131)', () => {
    const { entry } = view('140802-women', '320582-women');
    expect(entry('s2-1-goals-6').map((c) => [c.status, c.reference_anchor])).toEqual([['modified', 's3-1-goals-5']]);
  });

  it('pairs 杏花岭’s 完善落实监护制度 with 盐湖’s 完善和落实未成年人监护制度 (000:2896 ~ 001:435)', () => {
    const { entry } = view('140107-children', '140802-children');
    expect(entry('s2-7-measures-8').map((c) => [c.status, c.reference_anchor])).toEqual([['modified', 's2-7-measures-7']]);
  });

  it('does not pair 提高妇女的生态文明意识 with 支持妇女参与文明城市建设, whose name shares only 文明 (001:171, 003:327)', () => {
    const { entry } = view('140802-women', '320582-women');
    expect(entry('s2-7-goals-5').map((c) => c.reference_anchor)).not.toContain('s3-7-measures-3');
  });
});

describe('an item whose name stands inside a paragraph about another', () => {
  it('finds 盐湖’s 预防和减少儿童溺水 merged into 张家港’s 积极预防和控制儿童意外伤亡 (001:309 in 003:527)', () => {
    // 003:527 "1.积极预防和控制儿童意外伤亡。预防和减少儿童溺水、道路交通伤害、跌倒、跌落、中毒等主要伤害的发生致残和死亡…"
    // 001:309 "3.预防和减少儿童溺水。加强预防溺水和应急救援知识技能教育…"
    const { detail } = view('320582-children', '140802-children');
    const drowning = detail.clauses.find((c) => c.reference_anchor === 's2-2-measures-3');
    expect(drowning).toMatchObject({ anchor: 's3-2-goals-1', status: 'modified', part: 'merged', referenceRole: 'measure' });
  });

  it('and the other way round: 盐湖’s paragraph is part of 张家港’s longer clause (split)', () => {
    const { entry } = view('140802-children', '320582-children');
    expect(entry('s2-2-measures-3').map((c) => [c.status, c.reference_anchor, c.part])).toEqual([['modified', 's3-2-goals-1', 'split']]);
  });

  it('does not take 威宁’s measure 改善妇女营养状况 into 盐湖’s goal of that name, which already has 威宁’s goal (001:33, 002:91, 002:119)', () => {
    // 001:33 "8.改善妇女营养状况。预防和减少孕产妇贫血。" ~ 002:91 "8.改善妇女营养状况,预防和减少孕产妇贫血。…" (goals);
    // 002:119 "11.改善妇女营养状况。持续开展营养健康科普宣传教育…" is 威宁's measure of the same name.
    const { entry } = view('140802-women', '520526-women');
    expect(entry('s2-1-goals-8').map((c) => c.reference_anchor)).toEqual(['s2-1-goals-8']);
  });

  it('claims only clauses without a counterpart, and only inside one that has one, never across indicators', () => {
    let found = 0;
    for (const a of inputs) {
      for (const b of inputs.filter((x) => x.id !== a.id && x.plan_type === a.plan_type)) {
        const corpus = buildCorpus([a, b]);
        const plan = planIn(corpus, a.id);
        const ref = chooseReference(a.id, corpus, { plan: b.id });
        const before = namePairs(plan.clauses, ref.clauses, []);
        const out = nameInsidePairs(plan.clauses, ref.clauses, before);
        found += out.length;
        for (const p of out) {
          const claimed = p.part === 'merged' ? 'ref' : 'plan';
          const host = p.part === 'merged' ? 'plan' : 'ref';
          expect(before.some((q) => q[claimed] === p[claimed]), `${a.id} vs ${b.id} ${p.plan}~${p.ref}`).toBe(false);
          expect(before.some((q) => q[host] === p[host]), `${a.id} vs ${b.id} ${p.plan}~${p.ref}`).toBe(true);
          expect(differentIndicators(plan.clauses[p.plan]!.indicators, ref.clauses[p.ref]!.indicators)).toBe(false);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('over every plan-vs-plan view of the nine plans', () => {
  const pairs = inputs.flatMap((a) => inputs.filter((b) => b.id !== a.id && b.plan_type === a.plan_type).map((b) => [a.id, b.id] as const));

  it('pairs only clauses of the domain sections, each clause once, never across indicators', () => {
    expect(pairs.length).toBe(32);
    let found = 0;
    for (const [planId, refId] of pairs) {
      const corpus = buildCorpus(inputs.filter((p) => p.id === planId || p.id === refId));
      const plan = planIn(corpus, planId);
      const ref = chooseReference(planId, corpus, { plan: refId });
      const out = namePairs(plan.clauses, ref.clauses, []);
      found += out.length;
      expect(new Set(out.map((p) => p.plan)).size, `${planId} vs ${refId}`).toBe(out.length);
      expect(new Set(out.map((p) => p.ref)).size, `${planId} vs ${refId}`).toBe(out.length);
      for (const p of out) {
        const a = plan.clauses[p.plan]!;
        const b = ref.clauses[p.ref]!;
        expect(a.domain !== null && b.domain !== null, `${planId}#${a.anchor} ~ ${refId}#${b.anchor}`).toBe(true);
        expect(differentIndicators(a.indicators, b.indicators), `${a.anchor} ~ ${b.anchor}`).toBe(false);
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { clauseClusters, clusterIdsOf } from '../../../src/lib/align/explorer.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { ClauseClusterSchema } from '../../../src/lib/align/reuse-schema.ts';
import { similarPlans } from '../../../src/lib/align/similar-plans.ts';
import { syntheticPlans } from './synthetic.ts';
import { FIXTURES, loadPlan } from './load.ts';

const yanhu = loadPlan(`${FIXTURES}140802-children.md`);
const yizhou = loadPlan(`${FIXTURES}650502-children.md`);
const weining = loadPlan(`${FIXTURES}520526-children.md`);

describe('clusters of shared clauses', () => {
  const corpus = buildCorpus([yanhu, yizhou, weining]);
  const clusters = clauseClusters(corpus, 'children');

  it('lists the most widely shared clauses first, each a valid record', () => {
    expect(clusters.length).toBeGreaterThan(10);
    expect(clusters[0]!.plans).toBe(3);
    expect(clusters.map((c) => c.plans)).toEqual([...clusters.map((c) => c.plans)].sort((a, b) => b - a));
    for (const c of clusters) expect(() => ClauseClusterSchema.parse(c)).not.toThrow();
  });

  it('gives every plan’s variant with its anchor and its edits against the common wording', () => {
    const mortality = clusters.find((c) => c.common.includes('新生儿、婴儿和5岁以下儿童死亡率'))!;
    expect(mortality.variants.map((v) => [v.plan, v.anchor])).toEqual(expect.arrayContaining([
      ['140802-children', 's1-1-goals-3'], ['650502-children', 's1-1-goals-3'],
    ]));
    const changed = mortality.variants.find((v) => v.plan === '140802-children')!;
    expect(changed.numbers_changed).toEqual([{ from: '4.2‰', to: '3.2‰' }, { from: '6.5‰', to: '5.3‰' }, { from: '9.6‰', to: '6.5‰' }]);
    // 520526's "3.55.0‰" is two numbers run together in extraction: never paired with a figure.
    expect(mortality.variants.find((v) => v.plan === '520526-children')!.numbers_changed).toEqual([]);
    expect(changed.edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe(changed.text);
  });

  it('keeps cluster ids when the same plans are read in another order, or plans of the other type are added', () => {
    const women = { ...yanhu, id: '140802-women', plan_type: 'women' as const };
    const again = clauseClusters(buildCorpus([weining, women, yizhou, yanhu]), 'children');
    expect(again.map((c) => c.id)).toEqual(clusters.map((c) => c.id));
  });

  it('writes place names in the common wording as ××', () => {
    const withName = clusters.find((c) => c.common.includes('××'));
    for (const c of clusters) expect(c.common).not.toMatch(/盐湖|伊州|威宁/);
    expect(withName ?? null).not.toBeNull();
  });

  it('links each clause of a plan to its cluster', () => {
    const ids = clusterIdsOf(corpus, '650502-children');
    const mortality = clusters.find((c) => c.common.includes('新生儿、婴儿和5岁以下儿童死亡率'))!;
    expect(ids.get('s1-1-goals-3')).toEqual({ id: mortality.id, plans: mortality.plans });
  });
});

describe('a cluster takes one clause of each plan', () => {
  it('so a plan that merged two goals does not pull another plan’s two goals together', () => {
    const goal = (id: string, text: string) => ({ ...yanhu.blocks.find((b) => b.id === 's1-1-goals-1')!, id, text });
    const plan = (id: string, texts: string[]): AlignPlanInput => ({ ...yanhu, id, blocks: texts.map((t, i) => goal(`g${i + 1}`, t)) });
    const mortality = '新生儿、婴儿和5岁以下儿童死亡率稳步下降，城乡差距逐步缩小。';
    const disease = '儿童常见疾病和严重危害儿童健康的疾病得到有效控制。';
    const corpus = buildCorpus([
      plan('100001-children', [mortality + disease]),
      plan('100002-children', [mortality, disease]),
      plan('100003-children', [mortality, disease]),
    ]);
    const ids = clusterIdsOf(corpus, '100003-children');
    expect(ids.get('g1')!.id).not.toBe(ids.get('g2')!.id);
  });
});

describe('similar plans', () => {
  it('ranks the other plans of the type by the share of text they share', () => {
    const corpus = buildCorpus([yanhu, yizhou, weining]);
    const similar = similarPlans(corpus, '650502-children');
    expect(similar.map((s) => s.plan)).toEqual(['140802-children', '520526-children']);
    expect(similar[0]!.share).toBeGreaterThan(similar[1]!.share);
    expect(similar[0]!.share).toBeLessThanOrEqual(1);
  });
});

describe('similar plans in a large corpus', () => {
  it('finds a plan’s same-province siblings through the plan index, without scoring every plan', () => {
    const corpus = buildCorpus(syntheticPlans({ plans: 320, clausesPerPlan: 20, provinces: 40, seed: 9 }));
    const similar = similarPlans(corpus, '100005-children', 5);
    // Synthetic plan i belongs to province i % 40: 100045, 100085 … are 100005's siblings.
    expect(similar).toHaveLength(5);
    for (const s of similar) expect((Number(s.plan.slice(0, 6)) - 100005) % 40).toBe(0);
  });
});

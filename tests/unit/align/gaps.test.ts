/**
 * Gap filling (src/lib/align/gaps.ts): clauses left between two recognised items on both sides
 * are paired at a lower bar, one to one and in order, never across indicators. Constructed edits
 * of 盐湖's children plan (content/plans/140802-children.md: bigram weights need a whole plan)
 * with wording from 张家港's children plan (content/sources/003_089270d5eef34d70.txt).
 */
import { describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { bigramWeights, gapPairs, orderedAnchors, weightedDice } from '../../../src/lib/align/gaps.ts';
import type { ClausePair } from '../../../src/lib/align/match.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { shinglesOf } from '../../../src/lib/align/shingles.ts';
import { loadPlan, withTargets } from './load.ts';

const original = loadPlan(new URL('../../../content/plans/140802-children.md', import.meta.url).pathname);

// 002_19b4bc2005f807a8.txt:645 — 威宁's own wording of the food-safety measure (numbered 6 here, as in 盐湖's list).
const FOOD_SAFETY_WEINING = '6.强化儿童食品安全质量监管。建立落实学校和校园周边食品经营者分级分类监管制度。以《食品生产经营风险分级管理办法(试行)》为基础,根据食品经营者主体业态、履行主体责任情况,对学校和校园周边涉及儿童食品安全的生产经营者实施分级分类管理(监管);定期开展监督检查。每年春、秋季学期开学前1周至开学后45天内对学校及校园周边涉及儿童食品安全的生产经营单位进行全覆盖检查;落实学校和涉校食品专项抽检制度。对学校和涉校食品的抽检不少于每年抽检任务数的10%。履行食品安全校(园)长第一责任人责任,落实校园食品安全管理主体责任,执行食品安全各项制度,加大校园食品安全监督检查力度,常态化开展食品安全隐患排查和整改工作。';
// 003_089270d5eef34d70.txt:661 (first two sentences) — a measure on children's venues, unrelated to falls and burns.
const VENUES_ZJG = '5.推动儿童友好场馆试点建设。着重在全市公共文化场馆内打造适宜儿童学习、游览、成长的儿童友好示范空间,为不同年龄段儿童提供优质服务产品,满足儿童多样化、差别化需求。';

/** 盐湖's plan with safety measures 5 and 6 replaced by other counties' wording. */
function county(): AlignPlanInput {
  const blocks = original.blocks.map((b) => {
    if (b.id === 's2-2-measures-5') return { ...b, text: VENUES_ZJG };
    if (b.id === 's2-2-measures-6') return { ...b, text: FOOD_SAFETY_WEINING };
    return b;
  });
  return withTargets({ ...original, id: '140825-children', county: '新绛县', title: '新绛县儿童发展“十四五”规划', blocks });
}

describe('a county that rewrites two measures between the same two neighbours', () => {
  const corpus = buildCorpus([original, county()]);
  const detail = alignPlan(corpus, '140825-children', chooseReference('140825-children', corpus, { plan: original.id }));
  const entry = (anchor: string) => detail.clauses.filter((c) => c.anchor === anchor && c.status !== 'omitted');

  it('pairs 强化儿童食品安全质量监管 with 加强儿童食品安全监管 (same place, few words in common) as modified', () => {
    expect(entry('s2-2-measures-6').map((c) => [c.status, c.reference_anchor])).toEqual([['modified', 's2-2-measures-6']]);
  });

  it('keeps the unrelated venue measure the county’s own, and the falls-and-burns measure omitted', () => {
    expect(entry('s2-2-measures-5').map((c) => c.status)).toEqual(['original']);
    expect(detail.clauses.filter((c) => c.status === 'omitted').map((c) => c.reference_anchor)).toEqual(['s2-2-measures-5']);
  });
});

describe('the last gap pass, after the name rules: 威宁 against 杏花岭 (women), 妇女与经济', () => {
  const plans = ['520526-women', '140107-women'].map((id) => loadPlan(new URL(`../../../content/plans/${id}.md`, import.meta.url).pathname));
  const corpus = buildCorpus(plans);
  const detail = alignPlan(corpus, '520526-women', chooseReference('520526-women', corpus, { plan: '140107-women' }));
  const pairsOf = (anchor: string) => detail.clauses.filter((c) => c.anchor === anchor && c.status !== 'omitted').map((c) => [c.status, c.reference_anchor]);

  // 002_…:195 改善妇女就业结构 (提高女性在高新技术产业…从业人员中的比例) and 000_…:680 提高妇女就业质量
  // (不断提高女性在新兴产业从业人员中的比例); 002:197 加强女性专业技术和技能人才队伍建设 and 000:682
  // 加大女性专业技术技能人才培养力度: each pair stands between the same two recognised measures
  // (4 ~ 3 and 9 ~ 7), shares a few rare words, and clears neither the first gap bar nor a name rule.
  it('pairs 改善妇女就业结构 ~ 提高妇女就业质量 and the two 专业技术人才 measures as modified', () => {
    expect(pairsOf('s2-3-measures-5')).toEqual([['modified', 's2-3-measures-5']]);
    expect(pairsOf('s2-3-measures-6')).toEqual([['modified', 's2-3-measures-6']]);
  });

  // 002:211 防止返贫动态监测和帮扶机制 and 002:221 易地扶贫搬迁妇女的后续扶持: 杏花岭's text has
  // neither (grep 返贫, 搬迁 in 000: none).
  it('leaves 威宁’s own 返贫 and 易地扶贫搬迁 goals without counterpart', () => {
    expect(pairsOf('s2-4-goals-1')).toEqual([['original', null]]);
    expect(pairsOf('s2-4-goals-6')).toEqual([['original', null]]);
  });
});

type Part = Parameters<typeof gapPairs>[0][number];
const part = (text: string, indicators: string[] = [], lead: string | null = null): Part => ({
  kind: 'paragraph', domain: '妇女参与决策和管理', domainKey: '妇女参与决策管理', role: 'goal', indicators,
  shingles: shinglesOf(text), leadShingles: lead ? shinglesOf(lead) : null,
});
const anchor = (plan: number, ref: number): ClausePair => ({ plan, ref, score: 1 });
/**
 * Weights are inverse document frequencies, so a document of a few clauses weighs every bigram
 * little: these tests give both sides the ~200 other paragraphs of a real plan (another section,
 * each its own wording) after their last anchor.
 */
const OTHER = Array.from({ length: 200 }, (_, i) => ({ ...part(String.fromCodePoint(0x4e00 + 3 * i, 0x5e00 + 3 * i, 0x6e00 + 3 * i)), domain: '其他', domainKey: '其他' }));
const withOthers = (clauses: Part[]) => [...clauses, ...OTHER];

describe('gapPairs', () => {
  // 000_30ea770318f86718.txt:704 and 003_089270d5eef34d70.txt:223 state both targets; one sentence each.
  const memberTarget = '村委会成员中女性比例达到30%以上';
  const headTarget = '村委会主任中女性比例达到30%以上';
  const filler = ['各级人大代表中女性比例逐步提高。', '各级政协委员中女性比例逐步提高。'];

  it('never pairs two goals of different indicators, however alike their words (村委会主任 vs 成员)', () => {
    const plan = [part(filler[0]!), part(headTarget, ['village-committee-head-women']), part(filler[1]!)];
    const ref = [part(filler[0]!), part(memberTarget, ['village-committee-members-women']), part(filler[1]!)];
    expect(gapPairs(withOthers(plan), withOthers(ref), [anchor(0, 0), anchor(2, 2)])).toEqual([]);
  });

  it('pairs them when they are one indicator, and only inside their gap', () => {
    const plan = [part(filler[0]!), part(headTarget, ['x']), part(filler[1]!)];
    const ref = [part(filler[0]!), part(memberTarget.replace('30%以上', '20%'), ['x']), part(filler[1]!)];
    expect(gapPairs(withOthers(plan), withOthers(ref), [anchor(0, 0), anchor(2, 2)]).map((p) => [p.plan, p.ref])).toEqual([[1, 1]]);
    // The same two clauses in different gaps (the plan's before its anchor, the reference's after) stay apart.
    const crossed = gapPairs(withOthers([plan[1]!, plan[0]!, plan[2]!]), withOthers([ref[0]!, ref[2]!, ref[1]!]), [anchor(1, 0), anchor(2, 1)]);
    expect(crossed).toEqual([]);
  });

  it('keeps order: of two crossing candidates only one is taken', () => {
    const a = '妇女参与社会组织负责人比例逐步提高并发挥作用';
    const b = '女性社区居委会主任比例稳步增长并落实到位';
    const plan = [part(filler[0]!), part(a), part(b), part(filler[1]!)];
    const ref = [part(filler[0]!), part(b), part(a), part(filler[1]!)];
    expect(gapPairs(withOthers(plan), withOthers(ref), [anchor(0, 0), anchor(3, 3)])).toHaveLength(1);
  });
});

describe('orderedAnchors', () => {
  it('keeps the longest run of pairs in both documents’ order and drops a moved clause', () => {
    const pairs = [anchor(0, 0), anchor(1, 5), anchor(2, 1), anchor(3, 2)];
    expect(orderedAnchors(pairs).map((p) => [p.plan, p.ref])).toEqual([[0, 0], [2, 1], [3, 2]]);
  });

  it('takes no anchor from a goal the other side keeps among its measures, nor from a merged part', () => {
    const pairs = [anchor(0, 0), { ...anchor(1, 1), crossRole: true }, { ...anchor(2, 2), part: 'merged' as const }, anchor(3, 3)];
    expect(orderedAnchors(pairs).map((p) => [p.plan, p.ref])).toEqual([[0, 0], [3, 3]]);
  });
});

describe('weightedDice', () => {
  it('counts a bigram standing in every clause for nothing and a rare one fully', () => {
    const clauses = ['儿童健康', '儿童安全', '儿童教育'].map((t) => ({ kind: 'paragraph' as const, shingles: shinglesOf(t) }));
    const w = bigramWeights(clauses);
    expect(weightedDice(shinglesOf('儿童健康'), shinglesOf('儿童安全'), w).shared).toBeCloseTo(0);
    expect(weightedDice(shinglesOf('儿童健康'), shinglesOf('儿童健康'), w).score).toBe(1);
  });
});

/**
 * Merged and split items on the real plans: a plan paragraph holding several reference items is
 * matched to each of them, and a reference item spread over two plan paragraphs to both.
 * Expectations are read from the raw sources (content/sources/*.txt, cited by line).
 */
import { describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const load = (id: string) => loadPlan(`${DIR}${id}.md`);

function pair(planId: string, refId: string) {
  const corpus = buildCorpus([load(planId), load(refId)]);
  return alignPlan(corpus, planId, chooseReference(planId, corpus, { plan: refId }));
}

describe('杏花岭 (140107) women against 盐湖 (140802)', () => {
  const detail = pair('140107-women', '140802-women');
  const group = (anchor: string) => detail.clauses.filter((c) => c.anchor === anchor && c.status !== 'omitted');

  it('matches 杏花岭’s goal 6 with 盐湖’s goals 7, 8 and 9, none of them missing', () => {
    // 000_30ea770318f86718.txt:512 "6.充分发挥妇女在乡村振兴中的作用。保障农村妇女平等享有土地承包经营权…增强农村低收入妇女群体的可持续发展能力。"
    // 001_23d5c46fb19a73e3.txt:83-85 are 盐湖’s goals 7, 8 and 9.
    const goal6 = group('s2-3-goals-6');
    expect(goal6.map((c) => [c.reference_anchor, c.part])).toEqual([
      ['s2-3-goals-7', 'merged'], ['s2-3-goals-8', 'merged'], ['s2-3-goals-9', 'merged'],
    ]);
    // 8.增强农村低收入妇女群体的可持续发展能力 stands there word for word.
    expect(goal6[1]).toMatchObject({ status: 'identical', text: '增强农村低收入妇女群体的可持续发展能力。', chars: 0 });
    // 9.充分发挥妇女在实施乡村振兴战略中的作用 is its lead, reworded.
    expect(goal6[2]!.status).toBe('modified');
    const omitted = detail.clauses.filter((c) => c.status === 'omitted').map((c) => c.reference_anchor);
    expect(omitted).not.toContain('s2-3-goals-8');
    expect(omitted).not.toContain('s2-3-goals-9');
  });

  it('matches 盐湖’s goal 3 (城镇单位就业人员中的女性比例达到40%左右) with 杏花岭’s goal 2, which sets the same indicator', () => {
    // 001_23d5c46fb19a73e3.txt:79 "3.优化妇女就业结构。城镇单位就业人员中的女性比例达到40%左右。"
    // 000_30ea770318f86718.txt:504 "2.优化妇女就业结构,拓宽就业渠道…城镇单位就业人员中的女性比例不断提升。"
    const goal2 = group('s2-3-goals-2');
    expect(goal2.map((c) => c.reference_anchor)).toContain('s2-3-goals-3');
    expect(goal2.find((c) => c.reference_anchor === 's2-3-goals-3')!.status).toBe('modified');
  });

  it('counts the merged paragraph’s characters once', () => {
    const chars = detail.clauses.filter((c) => c.anchor === 's2-3-goals-6').reduce((n, c) => n + c.chars, 0);
    expect(chars).toBe(detail.clauses.find((c) => c.anchor === 's2-3-goals-6')!.text.replace(/\s/g, '').length);
  });
});

describe('盐湖 (140802) women against 杏花岭 (140107)', () => {
  const detail = pair('140802-women', '140107-women');

  it('matches both of 盐湖’s goals 8 and 9 (科技人才, 科学素养) with 杏花岭’s goal 5, which holds both', () => {
    // 000_30ea770318f86718.txt: 杏花岭 goal 5 "5.提升妇女科学文化素质大力培养女性科技人才,女性科技人才数量不断增多。城乡女性科学素养达标率不断提高…"
    // 001_23d5c46fb19a73e3.txt: 盐湖 "8.大力培养女性科技人才，女性科技人才数量不断增多。" and "9.城乡女性科学素养达标率不断提高，男女两性科学素质水平差距显著缩小。"
    const parts = detail.clauses.filter((c) => (c.anchor === 's2-2-goals-8' || c.anchor === 's2-2-goals-9') && c.status !== 'omitted');
    expect(parts.map((c) => [c.reference_anchor, c.status])).toEqual([
      ['s2-2-goals-5', 'modified'], ['s2-2-goals-5', 'modified'],
    ]);
    expect(parts.every((c) => c.part === 'split')).toBe(true);
  });
});

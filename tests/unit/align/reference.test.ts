import { describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { FIXTURES, loadPlan } from './load.ts';

const yanhu = loadPlan(`${FIXTURES}140802-children.md`);
const yizhou = loadPlan(`${FIXTURES}650502-children.md`);
const weining = loadPlan(`${FIXTURES}520526-children.md`);

/** A template document is just another plan file with a level above county. */
function templateDoc(id: string, title: string, level: 'province' | 'prefecture' | 'national'): AlignPlanInput {
  const county = level === 'prefecture' ? '运城市' : '山西省';
  const blocks = yanhu.blocks.map((b) => ({ ...b, text: b.text.replaceAll('盐湖', county.slice(0, 2)) }));
  return { ...yanhu, id, title, level, county, templates: [], blocks };
}

describe('choosing what a plan is compared with', () => {
  it('uses the template document the plan names, once one is in the corpus', () => {
    const corpus = buildCorpus([yanhu, yizhou, templateDoc('140000-children', '山西省儿童发展“十四五”规划', 'province')]);
    const ref = chooseReference('140802-children', corpus);
    expect(ref).toMatchObject({ kind: 'template', id: '140000-children', title: '山西省儿童发展“十四五”规划' });
    expect(alignPlan(corpus, '140802-children', ref).summary).toMatchObject({ modified_chars: 0, original_chars: 0, omitted_clauses: 0 });
  });

  it('prefers the nearest level: the prefecture’s document over the province’s', () => {
    const corpus = buildCorpus([
      yanhu,
      templateDoc('140000-children', '山西省儿童发展“十四五”规划', 'province'),
      templateDoc('140800-children', '运城市儿童发展“十四五”规划', 'prefecture'),
    ]);
    expect(chooseReference('140802-children', corpus).id).toBe('140800-children');
  });

  it('ignores a template document the plan does not name', () => {
    const corpus = buildCorpus([yanhu, yizhou, weining, templateDoc('140000-children', '山西省儿童发展“十四五”规划', 'province')]);
    expect(chooseReference('650502-children', corpus).kind).toBe('reconstructed');
  });

  it('otherwise reconstructs the common template, and says it is not the national text', () => {
    const corpus = buildCorpus([yanhu, yizhou, weining]);
    const ref = chooseReference('650502-children', corpus);
    expect(ref).toMatchObject({ kind: 'reconstructed', id: 'common-children' });
    expect(ref.description).toContain('不是国家纲要原文');
    expect(ref.clauses.every((c) => c.supporters.length > 0 && !c.supporters.includes('650502-children'))).toBe(true);
  });

  it('states only the rules that can apply: no province rule, and no province weight, without other plans of the province', () => {
    const corpus = buildCorpus([yanhu, yizhou, weining]);
    // 伊州 is the only 新疆 plan here; 盐湖 the only 山西 one.
    const ref = chooseReference('650502-children', corpus);
    expect(ref.description).toContain('只收至少 2 份其他规划都有的条款');
    expect(ref.description).toContain('语料中没有新疆维吾尔自治区的其他儿童发展规划');
    expect(ref.description).not.toMatch(/另外 \d+ 份规划|0 份规划/);
    const withNeighbour = buildCorpus([yanhu, yizhou, weining, { ...weining, id: '520502-children', county: '大方县', county_code: '520502' } as typeof weining]);
    expect(chooseReference('520526-children', withNeighbour).description).toContain('贵州省另外 1 份规划的措辞按 3 倍计');
  });

  it('does not count a template document as one more county in the reconstruction', () => {
    const corpus = buildCorpus([yanhu, yizhou, templateDoc('140000-children', '山西省儿童发展“十四五”规划', 'province')]);
    const ref = chooseReference('650502-children', corpus);
    expect(ref.clauses.flatMap((c) => c.supporters)).not.toContain('山西省');
  });

  it('compares with another plan when asked', () => {
    const corpus = buildCorpus([yanhu, yizhou]);
    expect(chooseReference('650502-children', corpus, { plan: '140802-children' })).toMatchObject({ kind: 'plan', id: '140802-children' });
  });

  it('refuses a comparison across plan types, or with a plan it does not have, with a sentence', () => {
    const women = { ...yanhu, id: '140802-women', plan_type: 'women' as const };
    const corpus = buildCorpus([yanhu, women]);
    expect(() => chooseReference('140802-children', corpus, { plan: '140802-women' }))
      .toThrow('cannot compare 140802-children with 140802-women: a children plan is compared only with another children plan');
    expect(() => chooseReference('999999-children', corpus)).toThrow('no plan "999999-children" in the corpus (ids look like 140107-women); check content/plans/');
  });
});

/**
 * When the search page looks in the indicator and clause pages' index (src/lib/search/pages-index.ts).
 * Indicator names as content/indicators.yaml writes them.
 */
import { describe, expect, it } from 'vitest';
import { indicatorSearchText, pagesMayHoldBeyondPlans, pagesOnly, pagesWanted } from '../../../src/lib/search/pages-index.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dictionary = readDictionary(ROOT);
const texts = dictionary.map(indicatorSearchText);

describe('indicatorSearchText', () => {
  it('is the page’s #names block folded: the name, then 也写作 and the aliases', () => {
    expect(indicatorSearchText({ name_zh: '孕产妇死亡率', aliases: ['孕产妇死亡比', 'MMR'] })).toBe('孕产妇死亡率也写作孕产妇死亡比mmr');
    expect(indicatorSearchText({ name_zh: '婴儿死亡率', aliases: [] })).toBe('婴儿死亡率');
  });

  it('covers every indicator of the dictionary', () => {
    expect(texts.length).toBe(dictionary.length);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.every((t) => t.length >= 2)).toBe(true);
  });
});

describe('pagesMayHoldBeyondPlans', () => {
  it('is true for a term in an indicator’s names, all terms in one indicator’s', () => {
    const withAlias = dictionary.find((i) => i.aliases.length > 0)!;
    expect(pagesMayHoldBeyondPlans([withAlias.aliases[0]!], texts)).toBe(true);
    expect(pagesMayHoldBeyondPlans(['也写作'], texts)).toBe(true);
    expect(pagesMayHoldBeyondPlans(['孕产妇', '死亡率'], texts)).toBe(true);
  });

  it('is false for terms no indicator’s names hold together, and for none', () => {
    expect(pagesMayHoldBeyondPlans(['妇女儿童发展规划'], texts)).toBe(false);
    expect(pagesMayHoldBeyondPlans(['威府发〔2023〕4号'], texts)).toBe(false);
    expect(pagesMayHoldBeyondPlans(['孕产妇死亡率', '近视率'], texts)).toBe(false);
    expect(pagesMayHoldBeyondPlans([], texts)).toBe(false);
  });

  it('is true for a term written with ×, as clause pages write place names', () => {
    expect(pagesMayHoldBeyondPlans(['××区人民政府'], [])).toBe(true);
  });
});

describe('pagesWanted and pagesOnly', () => {
  it('want the pages unless 类型 is 规划 or a province, county or 领域 is chosen', () => {
    expect(pagesWanted({})).toBe(true);
    expect(pagesWanted({ plan: ['儿童'] })).toBe(true);
    expect(pagesWanted({ type: ['指标'] })).toBe(true);
    expect(pagesWanted({ type: ['规划'] })).toBe(false);
    expect(pagesWanted({ province: ['山西省'] })).toBe(false);
    expect(pagesWanted({ county: ['盐湖区'] })).toBe(false);
    expect(pagesWanted({ domain: ['儿童与健康'] })).toBe(false);
  });

  it('search the pages first only when 类型 asks for 指标 or 条款', () => {
    expect(pagesOnly({ type: ['指标'] })).toBe(true);
    expect(pagesOnly({ type: ['条款'] })).toBe(true);
    expect(pagesOnly({ type: ['规划'] })).toBe(false);
    expect(pagesOnly({})).toBe(false);
  });
});

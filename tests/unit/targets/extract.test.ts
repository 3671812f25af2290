import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { readPlanFolder } from '../../../src/lib/targets/plans-fs.ts';
import { TargetSchema } from '../../../src/lib/targets/schema.ts';
import { dictionary, fixturePlan, planFrom, ROOT } from './helpers.ts';

const PUBLIC_FIELDS = [
  'county_code', 'county', 'province', 'plan_type', 'indicator', 'label', 'comparator', 'value', 'unit', 'year',
  'baseline', 'nature', 'agencies', 'source',
];
const extract = (id: string) => extractTargets(fixturePlan(id), dictionary);
const find = (id: string, indicator: string) => extract(id).targets.filter((t) => t.target.indicator === indicator);

describe('the published record', () => {
  it('has exactly the public fields and validates against TargetSchema', () => {
    for (const id of ['140107-women', '140107-children', '320582-women', '320582-children', '520526-children']) {
      for (const { target } of extract(id).targets) {
        expect(Object.keys(target)).toEqual(PUBLIC_FIELDS);
        expect(TargetSchema.parse(JSON.parse(JSON.stringify(target)))).toEqual(target);
      }
    }
  });

  it('links to the sentence or the table row that states the target', () => {
    const [sentence] = find('320582-women', 'cervical-cancer-screening');
    expect(sentence!.target.source).toEqual({
      url: '/plans/320582-women/#s3-1-goals-4',
      text: '全面普及生殖健康知识，深化妇女宫颈癌、乳腺癌筛查项目，提高早诊早治率，宫颈癌早诊率达90%以上，乳腺癌早诊率达60%以上，适龄妇女宫颈癌人群筛查率达70%以上。',
    });
    const [row] = find('140107-women', 'maternal-mortality');
    expect(row!.target.source).toEqual({ url: '/plans/140107-women/#s2-1-goals-t1-r5', text: '6 | *孕产妇死亡率(1/10万) | 0 | 12.5 | 约束性' });
    expect(row!.block_id).toBe('s2-1-goals-t1');
  });

  it('gives the county, the baseline, the nature and the default year', () => {
    const [row] = find('140107-women', 'maternal-mortality');
    expect(row!.target).toMatchObject({
      county_code: '140107', county: '杏花岭区', province: '山西省', plan_type: 'women', label: '孕产妇死亡率',
      comparator: '=', value: 12.5, unit: '1/10万', year: 2025, baseline: { year: 2020, value: 0 }, nature: '约束性',
    });
  });

  it('names the lead and responsible agencies a goal gives (威宁 and 张家港)', () => {
    const [weining] = find('520526-children', 'childcare-slots');
    expect(weining!.target.agencies).toEqual({
      lead: ['自治县卫生健康局', '发展改革局', '住房城乡建设局'],
      responsible: ['自治县总工会', '妇联', '自治县教育科技局', '民政局', '财政局', '市场监管局'],
    });
    const [zhangjiagang] = find('320582-women', 'birth-sex-ratio');
    expect(zhangjiagang!.target.agencies).toEqual({ lead: [], responsible: ['市统计局'] });
    expect(zhangjiagang!.target.source.text).toBe('出生人口性别比控制在108左右。');
  });
});

describe('what is read and what is not', () => {
  it('reads goals and tables, not strategy paragraphs nor looks back at the previous plan', () => {
    const anchors = (id: string) => extract(id).targets.map((t) => t.target.source.url.split('#')[1]!);
    expect(anchors('140107-women').some((a) => a.includes('measures') || a.startsWith('intro'))).toBe(false);
    expect(anchors('520526-children').some((a) => a.includes('measures'))).toBe(false);
    expect(anchors('320582-women').some((a) => a.startsWith('s1'))).toBe(false);
  });

  it('fills a unit the text lost with the indicator\'s unit', () => {
    expect(find('140107-children', 'neonatal-mortality').map((t) => [t.target.comparator, t.target.value, t.target.unit])).toEqual([
      ['decrease', null, '‰'], ['=', 3.2, '‰'],
    ]);
  });

  it('converts a rate to the indicator\'s unit: 0.5% infant mortality is 5‰', () => {
    const { targets } = extractTargets(planFrom('children', '婴儿死亡率降至0.5%以下。 {#s2-1-goals-1}'), dictionary);
    expect(targets.map((t) => [t.target.value, t.target.unit])).toEqual([[5, '‰']]);
  });

  it('unlinks a number whose unit cannot be the indicator\'s, and says so', () => {
    const { targets, problems } = extractTargets(planFrom('women', '妇女人均预期寿命达到80%。 {#s2-1-goals-1}'), dictionary);
    expect(targets.map((t) => [t.target.indicator, t.target.label, t.target.value, t.target.unit])).toEqual([[null, '妇女人均预期寿命', 80, '%']]);
    expect(problems).toEqual(['999999-women #s2-1-goals-1 "妇女人均预期寿命达到80%。": 80% does not fit women-life-expectancy (measured in 岁); kept without an indicator']);
  });

  it('takes a year the sentence states over the plan\'s last year', () => {
    const { targets } = extractTargets(planFrom('children', '到2023年，学前教育毛入园率达到95%。 {#s2-1-goals-1}'), dictionary);
    expect(targets.map((t) => t.target.year)).toEqual([2023]);
  });

  it('gives a table outside the domain sections the indicator\'s domain', () => {
    const [row] = find('320582-women', 'maternal-mortality');
    expect(row!.domain).toBe('妇女与健康');
    const [both] = find('320582-women', 'birth-sex-ratio');
    expect(both!.domain).toBe('妇女与健康');
  });
});

describe('conflicts', () => {
  it('keeps both statements of one indicator with different values and flags them', () => {
    const quality = find('320582-women', 'women-products-quality');
    expect(quality.map((t) => [t.target.comparator, t.target.value, t.conflict])).toEqual([['=', 95, true], ['>=', 90, true]]);
  });

  it('does not flag the same value said twice', () => {
    expect(find('320582-women', 'maternal-mortality').map((t) => [t.target.comparator, t.target.value, t.conflict])).toEqual([['=', 7, false], ['<=', 7, false]]);
  });
});

describe('speed', () => {
  const plans = join(ROOT, 'content/plans');
  it('extracts all the ingested plans well under a second', () => {
    const all = readPlanFolder(plans);
    expect(all).toHaveLength(9);
    extractTargets(all[0]!, dictionary);
    const start = performance.now();
    const count = all.reduce((n, p) => n + extractTargets(p, dictionary).targets.length, 0);
    const ms = performance.now() - start;
    console.log(`${all.length} plans, ${count} targets in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(500);
  });
});

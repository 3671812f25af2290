import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { readPlanFile } from '../../../src/lib/targets/plans-fs.ts';
import { TargetSchema } from '../../../src/lib/targets/schema.ts';
import { dictionary, fixturePlan, planFrom, ROOT } from './helpers.ts';

const PUBLIC_FIELDS = [
  'county_code', 'county', 'province', 'plan_type', 'indicator', 'label', 'comparator', 'value', 'value_text', 'unit', 'year',
  'baseline', 'nature', 'agencies', 'section_kind', 'contradicted_by', 'source',
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

  it('keeps each figure as printed, and never a printing that is not the value', () => {
    const changed: string[] = [];
    const ids = ['140107-women', '140107-children', '140802-women', '140802-children', '320582-women', '320582-children', '520526-women', '520526-children', '650502-children'];
    for (const id of ids) {
      const plan = readPlanFile(join(ROOT, 'content/plans', `${id}.md`));
      for (const { target } of extractTargets(plan, dictionary).targets) {
        for (const [value, text] of [[target.value, target.value_text], [target.baseline?.value ?? null, target.baseline?.value_text ?? null]] as const) {
          if (value === null || text === null) continue;
          expect(Number(text), `${id} ${target.source.url}`).toBe(value);
          expect(target.source.text, `${id} ${target.source.url}`).toContain(text);
          if (text !== String(value)) changed.push(`${target.source.url} ${text}`);
        }
      }
      expect(extractTargets(plan, dictionary).targets.filter((t) => t.target.value !== null && t.target.value_text === null).map((t) => t.target.source.url), `${id}: values with no printed form`).toEqual([]);
    }
    // 000_30ea770318f86718.txt:1612 婚前医学检查率 2025 column 85.0; :1798 #5岁以下儿童死亡率 baseline 7.0.
    expect(changed).toContain('/plans/140107-children/#s2-1-goals-t1-r4 85.0');
    console.log(`Figures printed with decimals a number drops (${changed.length}): ${changed.slice(0, 8).join('; ')} …`);
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
      comparator: '=', value: 12.5, unit: '/10万', year: 2025, baseline: { year: 2020, value: 0 }, nature: '约束性',
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
  it('does not read looks back at the previous plan', () => {
    const anchors = (id: string) => extract(id).targets.map((t) => t.target.source.url.split('#')[1]!);
    expect(anchors('140107-women').some((a) => a.startsWith('intro'))).toBe(false);
    expect(anchors('320582-women').some((a) => a.startsWith('s1'))).toBe(false);
  });

  const plan = (id: string) => {
    const file = join(ROOT, 'content/plans', `${id}.md`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run ingest first`);
    return extractTargets(readPlanFile(file), dictionary).targets.map((t) => t.target);
  };
  const said = (id: string, text: string) => plan(id).filter((t) => t.source.text.includes(text)).map((t) => [t.indicator ?? t.label, t.comparator, t.value, t.section_kind]);

  it('reads targets stated in the measures, saying so: 12岁儿童龋患率控制在25%, 纯母乳喂养率…50%以上', () => {
    // 003_089270d5eef34d70.txt:517
    expect(said('320582-children', '12岁儿童龋患率控制在25%')).toEqual([['12岁儿童龋患率', '<=', 25, '策略措施']]);
    expect(said('320582-children', '纯母乳喂养率稳定在50%以上')).toEqual([['exclusive-breastfeeding', '>=', 50, '策略措施']]);
    // 002_19b4bc2005f807a8.txt:191
    expect(said('520526-women', '城镇调查女性失业率控制在5.5%以内')).toEqual([['城镇调查女性失业率', '<=', 5.5, '策略措施']]);
    // 001_23d5c46fb19a73e3.txt:290
    expect(said('140802-children', '心理健康教育教师的比例达到90%以上')).toEqual([['千人以上中小学校配备心理健康教育教师的比例', '>=', 90, '策略措施']]);
  });

  it('gives one record per indicator of a shared statement: …系统管理率和…健康管理率均保持在90%以上', () => {
    // 004_7ac99738bb49d3ff.txt:43
    expect(said('650502-children', '均保持在90%以上')).toEqual([
      ['under3-care-management', '>=', 90, '策略措施'], ['under7-health-management', '>=', 90, '策略措施'],
    ]);
  });

  it('publishes both of two different targets for one indicator, each naming the other', () => {
    // 000_30ea770318f86718.txt:458-462 (table row *从业女性职业技能培训参与率(% | - | 80) and :1499 (2025年底…达60%以上).
    const both = plan('140107-women').filter((t) => t.indicator === 'women-vocational-training' && t.value !== null);
    expect(both.map((t) => [t.value, t.section_kind, t.contradicted_by.map((c) => c.value)])).toEqual([[80, '指标表', [60]], [60, '重点工程', [80]]]);
    expect(both[0]!.contradicted_by[0]!.url).toBe(both[1]!.source.url);
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

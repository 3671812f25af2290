/**
 * 张家港's 主要指标 tables stand under 总体目标 with no 领域 column; each row belongs with the
 * domain whose goals state the same target. Expectations read from 003_089270d5eef34d70.txt.
 */
import { describe, expect, it } from 'vitest';
import { preparePlan } from '../../../src/lib/align/prepare.ts';
import { loadPlan } from './load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function rowPlaces(id: string) {
  const plan = preparePlan(loadPlan(`${ROOT}content/plans/${id}.md`));
  const rows = plan.clauses.filter((c) => c.kind === 'row');
  return new Map(rows.map((c) => [c.label, `${c.domain} · ${c.role}`]));
}

describe('张家港 women’s 主要指标 rows (003:45-113) sit under their domain', () => {
  const places = rowPlaces('320582-women');

  it.each([
    ['妇女人均预期寿命(岁)', '妇女与健康', '003:123 人均预期寿命持续提升'],
    ['孕产妇死亡率(1/10万)', '妇女与健康', '003:127 孕产妇死亡率稳定在7/10万以下'],
    ['女性劳动年龄人口平均受教育年限(年)', '妇女与教育科技', '003:163'],
    ['就业人员中的女性比例(%', '妇女与经济', '003:187'],
    ['城镇调查失业人员中女性的比例(%', '妇女与经济', '003:189'],
    ['城乡基本养老保险参保率(%', '妇女与社会保障', '003:251'],
    ['基本医疗保险、生育保险参保率(%', '妇女与社会保障', '003:249 妇女基本医疗参保率稳定在99%以上'],
    ['失业保险参保率(%', '妇女与社会保障', '003:253'],
    ['妇女用化妆品、卫生用品、保健食品、内衣等抽查合格率(%', '妇女与环境', '003:315'],
    ['妇女法律知识普及率(%', '妇女与法律', '003:343'],
    // 003:325 names 母婴设施 only in a measure with no figure ("实现母婴设施全覆盖"): the dictionary's 领域 decides.
    ['应配置母婴设施的公共场所和女职工人数较多的用人单位母婴设施建成率(%', '妇女与环境', 'content/indicators.yaml maternal-infant-rooms'],
  ])('%s → %s (%s)', (label, domain) => {
    expect(places.get(label)).toBe(`${domain} · goal`);
  });

  it('leaves no row under 其他部分', () => {
    expect(places.size).toBe(11);
    expect([...places].filter(([, p]) => p.startsWith('null'))).toEqual([]);
  });
});

describe('张家港 children’s 主要指标 rows (003:411-484)', () => {
  const places = rowPlaces('320582-children');

  it.each([
    ['新生儿死亡率(', '儿童与健康', '003:495 新生儿、婴儿和5岁以下儿童死亡率分别稳定在3‰4‰5‰以下'],
    ['婴儿死亡率(', '儿童与健康', '003:495'],
    ['5岁以下儿童死亡率(', '儿童与健康', '003:495'],
    ['0-6岁儿童眼保健和视力检查年覆盖率(%', '儿童与健康', '003:499 0-6岁儿童眼保健和视力检查年覆盖率达到98%以上'],
    ['中小学校心理教师配备率(%', '儿童与健康', '003:503 心理健康教育专兼职教师配备率'],
    ['每千人口拥有3岁以下婴幼儿托位数', '儿童与家庭', '003:619 每千人拥有0−3岁婴幼儿托位数4.5个左右'],
    ['符合条件的残疾儿童基本康复服务率%', '儿童与福利', '003:595'],
    // 003:445 儿科医师数 is stated nowhere else in the plan, and 003:463 毛入学率 only as 入学率 in a measure
    // (003:571, 儿童与教育): no paragraph states a target for these indicators, so the dictionary's 领域 decides.
    ['每千名14岁以下儿童儿科医师数', '儿童与健康', 'pediatricians-per-1000-children'],
    ['适龄残疾儿童义务教育毛入学率%', '儿童与教育', 'disabled-children-gross-enrollment'],
    ['在校学生心理健康核心知识知晓率%', '儿童与健康', 'student-mental-health-knowledge'],
    ['家长学校或家庭教育指导服务站点建成率%', '儿童与家庭', 'family-education-urban'],
    ['农村社区90', '儿童与家庭', 'family-education-rural: the second line of 003:481-485'],
  ])('%s → %s (%s)', (label, domain) => {
    expect(places.get(label)).toBe(`${domain} · goal`);
  });

  it('leaves no row under 其他部分', () => {
    expect([...places].filter(([, p]) => p.startsWith('null'))).toEqual([]);
  });
});

describe('how 张家港’s rows were placed (printed for /methodology/)', () => {
  it.each([
    ['320582-women', 11, 10],
    ['320582-children', 12, 7],
  ])('%s: %i rows, %i of them by a paragraph of the plan that states the same indicator', (id, rows, byText) => {
    const input = loadPlan(`${ROOT}content/plans/${id}.md`);
    const placed = preparePlan(input).clauses.filter((c) => c.kind === 'row' && c.domain).length;
    const withoutDictionary = preparePlan({ ...input, targets: Object.fromEntries(Object.entries(input.targets ?? {}).map(([k, ts]) => [k, ts.map((t) => ({ ...t, domain: null }))])) });
    const placedByText = withoutDictionary.clauses.filter((c) => c.kind === 'row' && c.domain).length;
    console.log(`${id}: ${placed}/${rows} table rows placed in a domain, ${placedByText} by the plan's own paragraphs, ${placed - placedByText} by the indicator dictionary`);
    expect([placed, placedByText]).toEqual([rows, byText]);
  });
});

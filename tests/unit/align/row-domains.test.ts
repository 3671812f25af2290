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
    ['孕产妇死亡率(1/10万)', '妇女与健康', '003:127 孕产妇死亡率稳定在7/10万以下'],
    ['女性劳动年龄人口平均受教育年限(年)', '妇女与教育科技', '003:163'],
    ['就业人员中的女性比例(%', '妇女与经济', '003:187'],
    ['城镇调查失业人员中女性的比例(%', '妇女与经济', '003:189'],
    ['城乡基本养老保险参保率(%', '妇女与社会保障', '003:251'],
    ['失业保险参保率(%', '妇女与社会保障', '003:253'],
    ['妇女用化妆品、卫生用品、保健食品、内衣等抽查合格率(%', '妇女与环境', '003:315'],
    ['妇女法律知识普及率(%', '妇女与法律', '003:343'],
  ])('%s → %s (%s)', (label, domain) => {
    expect(places.get(label)).toBe(`${domain} · goal`);
  });

  it('leaves outside the domains only the row no domain states a target for', () => {
    expect(places.size).toBe(11);
    const unplaced = [...places].filter(([, p]) => p.startsWith('null')).map(([label]) => label);
    // 003:325 names 母婴设施 only in 妇女与环境's measures, with no figure ("实现母婴设施全覆盖"): no target ties it to a domain.
    expect(unplaced).toEqual(['应配置母婴设施的公共场所和女职工人数较多的用人单位母婴设施建成率(%']);
  });
});

describe('张家港 children’s 主要指标 rows (003:411-484)', () => {
  const places = rowPlaces('320582-children');

  it.each([
    ['婴儿死亡率(', '儿童与健康', '003:495 新生儿、婴儿和5岁以下儿童死亡率分别稳定在3‰4‰5‰以下'],
    ['每千人口拥有3岁以下婴幼儿托位数', '儿童与家庭', '003:619 每千人拥有0−3岁婴幼儿托位数4.5个左右'],
    ['符合条件的残疾儿童基本康复服务率%', '儿童与福利', '003:595'],
  ])('%s → %s (%s)', (label, domain) => {
    expect(places.get(label)).toBe(`${domain} · goal`);
  });
});

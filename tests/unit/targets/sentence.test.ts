import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { splitSentences, statedYear } from '../../../src/lib/targets/sentence.ts';
import { dictionary, planFrom, triples } from './helpers.ts';

describe('sentences that state several targets give one target each', () => {
  it('pairs 分别 numbers with names in order, sharing the last 以下', () => {
    expect(triples('children', '新生儿、婴儿和5岁以下儿童死亡率分别降至4.2‰、6.5‰和9.6‰以下，地区和城乡差距逐步缩小。')).toEqual([
      ['neonatal-mortality', '<=', 4.2], ['infant-mortality', '<=', 6.5], ['under5-mortality', '<=', 9.6],
    ]);
  });

  it('reads numbers written with no separator when each keeps its unit: 3‰4‰5‰, 10%5%', () => {
    expect(triples('children', '新生儿、婴儿和5岁以下儿童死亡率分别稳定在3‰4‰5‰以下。')).toEqual([
      ['neonatal-mortality', '<=', 3], ['infant-mortality', '<=', 4], ['under5-mortality', '<=', 5],
    ]);
    expect(triples('children', '改善儿童营养状况,5岁儿童贫血率和生长迟缓率分别控制在10%5%以下。')).toEqual([
      ['child-anemia', '<=', 10], ['child-stunting', '<=', 5],
    ]);
  });

  it('reads the 小学生…初中生…高中 myopia sentence as three targets', () => {
    expect(triples('children', '儿童新发近视率明显下降，小学生近视率降至38%以下，初中生近视率降至60%以下，高中阶段学生近视率降至70%以下。')).toEqual([
      ['myopia-primary', '<=', 38], ['myopia-junior', '<=', 60], ['myopia-senior', '<=', 70],
    ]);
  });

  it('gives one number to every name of an enumeration that shares it (均)', () => {
    expect(triples('women', '女童平等接受义务教育，小学、初中阶段净入学率均保持在99.95%以上。')).toEqual([
      ['girls-primary-net-enrollment', '>=', 99.95], ['girls-junior-net-enrollment', '>=', 99.95],
    ]);
  });

  it('splits 004\'s run-together items: "8.5岁以下" is item 8, then 5岁以下', () => {
    expect(triples('children', '7.促进城乡儿童早期发展服务供给。8.5岁以下儿童贫血率和生长迟缓率分别控制在10%和5%以下。')).toEqual([
      ['child-anemia', '<=', 10], ['child-stunting', '<=', 5],
    ]);
  });

  it('takes the name from the clause before when a clause holds only a year and a number', () => {
    expect(triples('women', '提高农村卫生厕所普及率，2025年达到90%。')).toEqual([['rural-sanitary-toilet', '>=', 90]]);
  });

  it('keeps a number no indicator matches, with its label as written', () => {
    const { targets } = extractTargets(planFrom('women', '妇女经常参加体育锻炼的人数持续增加，全区体育人口占比达到50%以上。 {#s2-1-goals-1}'), dictionary);
    expect(targets.map((t) => [t.target.indicator, t.target.label, t.target.comparator, t.target.value])).toEqual([
      ['sports-population-share', '全区体育人口占比', '>=', 50],
    ]);
    const counts = extractTargets(planFrom('children', '建设儿童友好社区不少于12个。 {#s2-1-goals-1}'), dictionary);
    expect(counts.targets.map((t) => [t.target.indicator, t.target.label, t.target.comparator, t.target.value, t.target.unit])).toEqual([
      [null, '建设儿童友好社区', '>=', 12, '个'],
    ]);
  });

  it('reports numbers it cannot read instead of guessing', () => {
    const broken = extractTargets(planFrom('children', '婴儿和5岁以下儿童死亡率分别降至3.55.0‰以下,区域和城乡差距逐步缩小。 {#s2-1-goals-1}'), dictionary);
    expect(broken.targets).toEqual([]);
    expect(broken.problems).toEqual(['999999-children #s2-1-goals-1 "婴儿和5岁以下儿童死亡率分别降至3.55.0‰以下": "3.55.0‰" is not one number (a separator may have been lost)']);
  });

  it('names the items of an enumeration no dictionary entry knows by their shared tail: 城市、农村建校率', () => {
    // 000_30ea770318f86718.txt:2652
    expect(extractTargets(planFrom('children', '在中小学、幼儿园、中等职业学校建立家长学校,城市、农村建校率分别达到90%80%。 {#s2-1-goals-1}'), dictionary).targets
      .map(({ target: t }) => [t.label, t.comparator, t.value])).toEqual([['城市建校率', '>=', 90], ['农村建校率', '>=', 80]]);
  });

  it('pairs 分别 numbers with an enumeration that shares its tail, even run together: 分别达90%80%', () => {
    // 002_19b4bc2005f807a8.txt:777
    expect(triples('children', '城市社区和行政村家长学校或家庭教育指导服务点分别达90%80%。')).toEqual([
      ['family-education-urban', '>=', 90], ['family-education-rural', '>=', 80],
    ]);
  });

  it('does not read years, ages, ranges or hotline numbers as targets', () => {
    expect(triples('children', '县级以上人民政府依托市12345政务服务热线加强未成年人保护工作。')).toEqual([]);
    expect(triples('children', '在全县实施农村儿童0-3岁早期养育试点项目。')).toEqual([]);
    expect(triples('women', '2.部分指标因数据尚未发布或因统计方法、统计数据来源尚未明确，2020数据暂时空缺。')).toEqual([]);
  });

  it('does not read a look back at the previous plan as a target', () => {
    expect(triples('women', '2020年度统计监测显示,全市妇女就业人数占比达到45.1%。')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at 。 and ； and drops item numbers', () => {
    expect(splitSentences('1.妇女人均预期寿命达到78.1岁；妇女人均健康预期寿命显著提高。')).toEqual(['妇女人均预期寿命达到78.1岁；', '妇女人均健康预期寿命显著提高。']);
  });
});

describe('statedYear', () => {
  it('reads the year a target is for, not a base year nor a title\'s period', () => {
    expect(statedYear('加快普惠托育服务体系建设,到2025年实现每千人口拥有3岁以下婴幼儿托位数4.5张。')).toBe(2025);
    expect(statedYear('儿童伤害死亡率以2020年为基数下降20%。')).toBeNull();
    expect(statedYear('落实《“美丽中国，我是行动者”提升公民生态文明意识行动计划（2021—2025年）》。')).toBeNull();
  });
});

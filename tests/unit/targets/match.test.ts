import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/lib/targets/match.ts';
import type { Indicator } from '../../../src/lib/targets/dictionary.ts';
import { childrenMatcher, womenMatcher } from './helpers.ts';

const ids = (matcher: typeof womenMatcher, text: string) => matcher.find(text).map((m) => m.indicator.id);
const labels = (matcher: typeof womenMatcher, text: string) => matcher.find(text).map((m) => m.label);

describe('text → indicator', () => {
  it('never reads a look-alike as the indicator it resembles', () => {
    expect(ids(womenMatcher, '宫颈癌早诊率达90%以上，乳腺癌早诊率达60%以上')).toEqual(['cervical-cancer-early-diagnosis', 'breast-cancer-early-diagnosis']);
    expect(ids(womenMatcher, '村委会主任中女性比例逐步提高')).toEqual(['women-village-committee-director']);
    expect(ids(womenMatcher, '妇女常见病筛查率(%')).toEqual(['common-disease-screening']);
    expect(ids(womenMatcher, '城镇单位就业人员中的女性比例不断提升')).toEqual(['urban-unit-employment-share']);
    expect(ids(womenMatcher, '社区居委会主任中女性比例达到40%以上')).toEqual(['women-residents-committee-director']);
    expect(ids(womenMatcher, '女人均健康预期寿命稳步提高')).toEqual([]);
    expect(ids(childrenMatcher, '区镇、街道儿童“关爱之家”覆盖率达到100%')).toEqual(['care-home-coverage']);
    expect(ids(childrenMatcher, '增加托育机构和托位数量')).toEqual([]);
  });

  it('tells 达标率 from 达标优良率 in one sentence', () => {
    expect(ids(childrenMatcher, '中小学生国家学生体质健康标准达标率稳定在90%以上、达标优良率达到30%以上')).toEqual(['student-fitness-pass', 'student-fitness-good']);
  });

  it('lets the longest wording win', () => {
    expect(ids(womenMatcher, '农村高危孕产妇住院分娩率')).toEqual(['rural-high-risk-hospital-delivery']);
    expect(ids(womenMatcher, '社区居委会成员中女性比例')).toEqual(['women-residents-committee']);
  });

  it('reads each item of an enumeration with the shared tail', () => {
    expect(labels(childrenMatcher, '新生儿、婴儿和5岁以下儿童死亡率')).toEqual(['新生儿死亡率', '婴儿死亡率', '5岁以下儿童死亡率']);
    expect(labels(womenMatcher, '适龄妇女宫颈癌、乳腺癌人群筛查率')).toEqual(['适龄妇女宫颈癌人群筛查率', '乳腺癌人群筛查率']);
    expect(ids(womenMatcher, '小学、初中阶段净入学率')).toEqual(['girls-primary-net-enrollment', 'girls-junior-net-enrollment']);
  });

  it('ignores width, 《》 and 的, and keeps the wording as written', () => {
    expect(labels(childrenMatcher, '#《国家学生体质健康标准》优良率(%)')).toEqual(['《国家学生体质健康标准》优良率']);
    expect(ids(childrenMatcher, '0～6岁儿童眼保健和视力检查覆盖率')).toEqual(['child-eye-check-coverage']);
    expect(ids(womenMatcher, '#*就业人员中女性比例(%')).toEqual(['women-employment-share']);
  });

  it('finds 004\'s run-together "8.5岁以下儿童贫血率" as 5岁以下儿童贫血率', () => {
    expect(labels(childrenMatcher, '8.5岁以下儿童贫血率')).toEqual(['5岁以下儿童贫血率']);
  });

  it('looks only for the indicators of the plan type: 高中阶段毛入学率 in a women\'s plan is the girls\' rate', () => {
    expect(ids(womenMatcher, '高中阶段毛入学率')).toEqual(['women-high-school-enrollment']);
    expect(ids(childrenMatcher, '高中阶段毛入学率')).toEqual(['high-school-enrollment']);
  });

  it('drops a wording listed under the entry\'s `not`', () => {
    const entry = (id: string, name: string, not: string[] = []): Indicator => ({
      id, plan_type: 'women', domain: '妇女与健康', name_zh: name, name_en: id, unit: '%', better: 'higher', core: false, aliases: [], not,
    });
    const matcher = createMatcher([entry('screening', '筛查率', ['早诊筛查率'])], 'women');
    expect(matcher.find('早诊筛查率')).toEqual([]);
    expect(matcher.find('人群筛查率').map((m) => m.label)).toEqual(['筛查率']);
  });
});

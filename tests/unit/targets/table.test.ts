import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/targets/table.ts';
import { childrenMatcher, womenMatcher } from './helpers.ts';

const header = ['序号', '发展指标', '2020', '2025', '指标性质'];
const table = (rows: string[][]) => ({ rows: [header, ...rows], rowIds: rows.map((_, i) => `t1-r${i + 1}`) });
const summary = (r: ReturnType<typeof readTable>) =>
  r.findings.map((f) => [f.indicator?.id ?? null, f.comparator, f.value, f.unit, f.baseline?.value ?? null, f.nature]);

describe('indicator tables', () => {
  it('reads a row\'s target with the cell\'s own sign, its 2020 baseline and its 指标性质', () => {
    const r = readTable(table([
      ['1', '妇女常见病筛查率(%', '108.66', '98', '约束性'],
      ['2', '适龄妇女宫颈癌、乳腺癌筛查率(%', '-', '>80', '约束性'],
      ['6', '*孕产妇死亡率(1/10万)', '0', '12.5', '约束性'],
      ['15', '#艾滋病母婴传播率(%', '-', '<2', '约束性'],
      ['20', '*妇女经常参加体育锻炼的人数比例(%', '-', '≥50', '预期性'],
      ['4', '女性失业率控制比(%', '-', '≦4.5', '约束性'],
    ]), womenMatcher);
    expect(summary(r)).toEqual([
      ['common-disease-screening', '=', 98, '%', 108.66, '约束性'],
      ['cervical-cancer-screening', '>', 80, '%', null, '约束性'],
      ['breast-cancer-screening', '>', 80, '%', null, '约束性'],
      ['maternal-mortality', '=', 12.5, '/10万', 0, '约束性'],
      ['hiv-mother-to-child', '<', 2, '%', null, '约束性'],
      ['women-regular-exercise', '>=', 50, '%', null, '预期性'],
      ['women-unemployment-control', '<=', 4.5, '%', null, '约束性'],
    ]);
    expect(r.findings.every((f) => f.year === 2025)).toBe(true);
  });

  it('skips group rows, notes and rows with no target, and keeps directions', () => {
    const r = readTable(table([
      ['(一)保障妇女享有良好的基本医疗卫生服务', '', '', '', ''],
      ['10', '已婚妇女的避孕方法知情选择率(%', '-', '提升', '预期性'],
      ['1', '残疾儿童康复服务补贴(元)/', '-', '-', '约束性'],
    ]), womenMatcher);
    expect(summary(r)).toEqual([[null, 'increase', null, '', null, '预期性']]);
    expect(r.findings[0]!.label).toBe('已婚妇女的避孕方法知情选择率');
  });

  it('reads sub-rows under merged cells: 近视率下降 → 小学生 / 初中生 / 高中生', () => {
    const r = readTable(table([
      ['28', '*#近视率下降(%/', '', '', ''],
      ['', '小学生', '-', '38', '约束性'],
      ['', '初中生', '-', '60', '约束性'],
      ['', '高中生', '-', '70', '约束性'],
    ]), childrenMatcher);
    expect(summary(r).map((b) => b.slice(0, 4))).toEqual([
      ['myopia-primary', '=', 38, '%'], ['myopia-junior', '=', 60, '%'], ['myopia-senior', '=', 70, '%'],
    ]);
    expect(r.findings[0]!.text).toBe('近视率下降 | 小学生 | - | 38 | 约束性');
  });

  it('reads a cell of labelled numbers as one target each: 城市社区100 / 农村社区90', () => {
    const r = readTable({
      rows: [['序号', '', '规划目标'], ['11', '家长学校或家庭教育指导服务站点建成率%', '城市社区100'], ['', '', '农村社区90']],
      rowIds: ['t1-r1', 't1-r2'],
    }, childrenMatcher);
    expect(r.findings.map((f) => [f.indicator?.id, f.value, f.unit, f.anchor])).toEqual([
      ['family-education-urban', 100, '%', 't1-r1'], ['family-education-rural', 90, '%', 't1-r2'],
    ]);
  });

  it('leaves a unit the text lost empty, for the indicator\'s unit to fill', () => {
    const r = readTable({ rows: [['序号', '', '规划目标'], ['1', '新生儿死亡率（', '3']], rowIds: ['t1-r1'] }, childrenMatcher);
    expect(summary(r)).toEqual([['neonatal-mortality', '=', 3, '', null, null]]);
    expect(r.findings[0]!.year).toBeNull();
  });

  it('reports a target cell that is neither a number nor a direction', () => {
    const r = readTable(table([['5', '空气环境优良天数(天)', '-', '国标', '约束性']]), womenMatcher);
    expect(r.findings).toEqual([]);
    expect(r.problems).toEqual(['#t1-r1 "5 | 空气环境优良天数(天) | - | 国标 | 约束性": the target cell "国标" is neither a number nor a direction']);
  });
});

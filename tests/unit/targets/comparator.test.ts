import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/lib/targets/comparator.ts';
import { triples } from './helpers.ts';

describe('comparators in sentences (民法典 art. 1259: 以上/以下/以内 include the number, 超过/不满 do not)', () => {
  it.each([
    ['孕产妇死亡率下降到12.5/10万以内。', '<=', 12.5],
    ['孕产妇贫血患病率控制在10%以下。', '<=', 10],
    ['孕产妇死亡率稳定在7/10万以下。', '<=', 7],
    ['孕产妇系统管理率达90%以上。', '>=', 90],
    ['妇女健康素养水平提升到27%。', '>=', 27],
    ['妇女人均预期寿命达到78.1岁。', '>=', 78.1],
    ['就业人员中的女性比例保持在45%左右。', '~', 45],
    ['村委会成员中女性比例达到30%左右。', '~', 30],
    ['出生人口性别比控制在108左右。', '~', 108],
  ])('%s → %s %s', (sentence, comparator, value) => {
    const planType = /妇女|女性|孕产妇|出生人口|村委会/.test(sentence) ? 'women' : 'children';
    expect(triples(planType, sentence)[0]?.slice(1)).toEqual([comparator, value]);
  });

  it('reads 超过 as > and 不低于 as ≥', () => {
    expect(triples('children', '高中阶段教育毛入学率超过99%，推进职业教育优质融合发展。')).toEqual([['high-school-enrollment', '>', 99]]);
    expect(triples('children', '公办园和普惠性民办园在园幼儿占比不低于80%。')).toEqual([['inclusive-kindergarten', '>=', 80]]);
  });

  it('reads a held level (保持在 with no qualifier) as =', () => {
    expect(triples('children', '学前教育毛入园率保持在100%，普惠性幼儿园覆盖率保持在85%以上。')).toEqual([
      ['preschool-enrollment', '=', 100],
      ['inclusive-kindergarten', '>=', 85],
    ]);
  });

  it('reads a direction without a number: 持续提升, 逐步提高, 稳步下降', () => {
    expect(triples('women', '妇女在全生命周期享有良好的卫生健康服务，人均预期寿命持续提升。')).toEqual([['women-life-expectancy', 'increase', null]]);
    expect(triples('women', '提高就业人员中的女性比例。')).toEqual([['women-employment-share', 'increase', null]]);
    expect(triples('children', '新生儿、婴儿和5岁以下儿童死亡率稳步下降,城乡差距逐步缩小。')).toEqual([
      ['neonatal-mortality', 'decrease', null], ['infant-mortality', 'decrease', null], ['under5-mortality', 'decrease', null],
    ]);
  });

  it('gives no direction to a trend said of something else: …以及儿童超重、肥胖上升趋势得到有效控制', () => {
    expect(triples('children', '5岁以下儿童贫血率、生长迟缓率、低体重率以及儿童超重、肥胖上升趋势得到有效控制。')).toEqual([]);
  });

  it('reads 实现 before the name as reaching the number: 实现…托位数4.5张', () => {
    expect(triples('children', '加快普惠托育服务体系建设,到2025年实现每千人口拥有3岁以下婴幼儿托位数4.5张。')).toEqual([['childcare-slots', '>=', 4.5]]);
  });
});

describe('comparators in table cells: the cell\'s own sign wins', () => {
  it.each([
    ['>80', '>', 80], ['≥50', '>=', 50], ['<2', '<', 2], ['≦4.5', '<=', 4.5], ['≤38', '<=', 38],
    ['12.5', '=', 12.5], ['45左右', '~', 45], ['98左右', '~', 98],
  ])('%s → %s %s', (cell, comparator, value) => {
    expect(readCell(cell)).toEqual({ kind: 'value', comparator, value, unit: '' });
  });

  it('keeps the unit a cell writes: 0.85人左右, 4.5个左右', () => {
    expect(readCell('0.85人左右')).toEqual({ kind: 'value', comparator: '~', value: 0.85, unit: '人' });
    expect(readCell('4.5个左右')).toEqual({ kind: 'value', comparator: '~', value: 4.5, unit: '个' });
  });

  it('reads directions and marks an empty or unreadable cell', () => {
    expect(readCell('提升')).toEqual({ kind: 'direction', comparator: 'increase' });
    expect(readCell('逐步提高')).toEqual({ kind: 'direction', comparator: 'increase' });
    expect(readCell('降低')).toEqual({ kind: 'direction', comparator: 'decrease' });
    expect(readCell('-')).toEqual({ kind: 'empty' });
    expect(readCell('国标')).toEqual({ kind: 'unreadable' });
  });

  it('splits 城市社区100 into a sub-label and its number', () => {
    expect(readCell('城市社区100')).toEqual({ kind: 'parts', parts: [{ label: '城市社区', comparator: '=', value: 100, unit: '' }] });
  });
});

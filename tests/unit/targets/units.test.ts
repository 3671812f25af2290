import { describe, expect, it } from 'vitest';
import { convertValue, fitUnit, normalizeUnit, splitLabelUnit } from '../../../src/lib/targets/units.ts';

describe('units', () => {
  it('reads the spellings the plans use', () => {
    expect(normalizeUnit('％')).toBe('%');
    expect(normalizeUnit('/10万')).toBe('/10万');
    expect(normalizeUnit('1/10万')).toBe('/10万');
    expect(normalizeUnit('个百分点')).toBe('个百分点');
    expect(normalizeUnit('百分点')).toBe('个百分点');
    expect(normalizeUnit('张/千人')).toBe('个/千人');
    expect(normalizeUnit('')).toBe('');
    expect(normalizeUnit('亩')).toBeNull();
  });

  it('converts rates of one kind: 0.5% is 5‰, 12/10万 is 0.12‰', () => {
    expect(convertValue(0.5, '%', '‰')).toBe(5);
    expect(convertValue(12, '/10万', '‰')).toBe(0.12);
    expect(convertValue(3, '岁', '%')).toBeNull();
  });

  it('fits a value to the indicator unit: 托位数4.5张 is 4.5 个/千人, a lost unit takes the indicator unit', () => {
    expect(fitUnit(4.5, '张', '个/千人')).toEqual({ value: 4.5, unit: '个/千人' });
    expect(fitUnit(3.2, '', '‰')).toEqual({ value: 3.2, unit: '‰' });
    expect(fitUnit(0.32, '%', '‰')).toEqual({ value: 3.2, unit: '‰' });
    expect(fitUnit(90, '%', '岁')).toBeNull();
  });

  it('splits a table label into wording and unit, however the bracket was damaged', () => {
    expect(splitLabelUnit('妇女常见病筛查率(%')).toEqual({ name: '妇女常见病筛查率', unit: '%' });
    expect(splitLabelUnit('*孕产妇死亡率(1/10万)')).toEqual({ name: '*孕产妇死亡率', unit: '/10万' });
    expect(splitLabelUnit('#3岁以下婴幼儿托位数(个)/千人')).toEqual({ name: '#3岁以下婴幼儿托位数', unit: '个/千人' });
    expect(splitLabelUnit('国家免疫规划疫苗接种率(乡镇、街道)%')).toEqual({ name: '国家免疫规划疫苗接种率(乡镇、街道)', unit: '%' });
    expect(splitLabelUnit('新生儿死亡率(')).toEqual({ name: '新生儿死亡率', unit: '' });
    expect(splitLabelUnit('围产儿出生缺陷发生率(/万)')).toEqual({ name: '围产儿出生缺陷发生率', unit: '/万' });
    expect(splitLabelUnit('每千名14岁以下儿童儿科医师数')).toEqual({ name: '每千名14岁以下儿童儿科医师数', unit: '' });
  });
});

import { describe, expect, it } from 'vitest';
import { findPlanTitles, planTypeOfTitle, splitAtTitles } from '../../../src/lib/ingest/split.ts';
import { toLines } from './helpers.ts';

describe('a source is split into its women’s and children’s plans by their titles', () => {
  it('knows the titles as the seeds print them, damaged ones included', () => {
    expect(planTypeOfTitle('太原市杏花岭区十四五妇女发展规划')).toBe('women');
    expect(planTypeOfTitle('盐湖区儿童发展“十四五”规划')).toBe('children');
    expect(planTypeOfTitle('威宁自治县儿童发展规划20212025年)')).toBe('children');
    expect(planTypeOfTitle('张家港市妇女发展规划(2021−2025年)')).toBe('women');
  });
  it('does not take a table caption, a quoted title or the notice title for a plan title', () => {
    expect(planTypeOfTitle('张家港市妇女发展规划(20212025年)主要指标')).toBeNull();
    expect(planTypeOfTitle('《威宁自治县妇女发展规划(2016—2020年)》颁布实施以来')).toBeNull();
    expect(planTypeOfTitle('关于印发盐湖区妇女发展“十四五”规划和')).toBeNull();
    expect(planTypeOfTitle('四、妇女发展规划的重点项目')).toBeNull();
  });
  it('cuts the lines at each title; the title line itself belongs to neither body', () => {
    const lines = toLines('通知正文\n盐湖区妇女发展“十四五”规划\n妇女段落\n盐湖区儿童发展“十四五”规划\n儿童段落');
    const titles = findPlanTitles(lines);
    expect(titles).toEqual([{ index: 1, type: 'women' }, { index: 3, type: 'children' }]);
    const slices = splitAtTitles(lines, titles);
    expect(slices.map((s) => [s.type, s.title!.text, s.lines.map((l) => l.text)])).toEqual([
      ['women', '盐湖区妇女发展“十四五”规划', ['妇女段落']],
      ['children', '盐湖区儿童发展“十四五”规划', ['儿童段落']],
    ]);
  });
});

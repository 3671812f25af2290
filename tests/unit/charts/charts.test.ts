import { describe, expect, it } from 'vitest';
import { layoutDotPlot } from '../../../src/lib/charts/dot-plot.ts';
import { layoutStackedBars } from '../../../src/lib/charts/stacked-bar.ts';

describe('dot plot', () => {
  const rows = [
    { label: '盐湖区', value: 38, symbol: '≤', baseline: 40, href: '/plans/140802-children/#a', verdict: 'equal' },
    { label: '威宁自治县', value: 35, symbol: '≤', baseline: null, href: '/plans/520526-children/#b', verdict: 'stricter' },
    { label: '伊州区', value: null, symbol: '↓', baseline: null, href: '/plans/650502-children/#c', verdict: 'not-comparable' },
  ];
  it('puts a stricter (lower) myopia target left of the national 38 % line, one row per plan', () => {
    const g = layoutDotPlot({ rows, reference: 38, unit: '%' });
    expect(g.rows).toHaveLength(3);
    expect(g.rows[1]!.x!).toBeLessThan(g.referenceX!);
    expect(g.rows[0]!.x).toBe(g.referenceX);
    expect(g.rows[0]!.baselineX!).toBeGreaterThan(g.rows[0]!.x!);
    expect(g.rows[2]!.x).toBeNull();
    expect(g.rows[1]!.y).toBeGreaterThan(g.rows[0]!.y);
  });
  it('starts the axis at zero so distances read as proportions', () => {
    const g = layoutDotPlot({ rows, reference: 38, unit: '%' });
    expect(g.ticks[0]!.label).toBe('0%');
    expect(g.ticks[0]!.x).toBe(g.marginLeft);
  });
});

describe('stacked bars', () => {
  it('turns character counts into shares that fill the bar', () => {
    const g = layoutStackedBars([{ label: '儿童与健康', segments: [
      { key: 'identical', label: '相同', value: 600 },
      { key: 'modified', label: '改动', value: 300 },
      { key: 'original', label: '新增', value: 100 },
    ] }], 640);
    const segs = g.rows[0]!.segments;
    expect(segs.map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    expect(segs[2]!.x + segs[2]!.w).toBeCloseTo(630, 0);
  });
});

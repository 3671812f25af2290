import { describe, expect, it } from 'vitest';
import { layoutDotPlot } from '../../../src/lib/charts/dot-plot.ts';
import { layoutStackedBars } from '../../../src/lib/charts/stacked-bar.ts';

describe('dot plot', () => {
  const rows = [
    { label: '盐湖区', value: 38, valueText: '38', symbol: '≤', figure: '≤38%', baseline: 40, baselineText: '40', href: '/plans/140802-children/#a', verdict: 'equal' },
    { label: '威宁自治县', value: 35, valueText: '35', symbol: '≤', figure: '≤35%', baseline: null, baselineText: null, href: '/plans/520526-children/#b', verdict: 'stricter' },
    { label: '伊州区', value: null, valueText: null, symbol: '下降', figure: '下降', baseline: null, baselineText: null, href: '/plans/650502-children/#c', verdict: 'not-comparable' },
  ];
  it('puts a stricter (lower) myopia target left of the national 38 % line, one row per plan', () => {
    const g = layoutDotPlot({ rows, reference: 38 });
    expect(g.rows).toHaveLength(3);
    expect(g.rows[1]!.x!).toBeLessThan(g.referenceX!);
    expect(g.rows[0]!.x).toBe(g.referenceX);
    expect(g.rows[0]!.baselineX!).toBeGreaterThan(g.rows[0]!.x!);
    expect(g.rows[2]!.x).toBeNull();
    expect(g.rows[1]!.y).toBeGreaterThan(g.rows[0]!.y);
  });
  it('starts the axis at zero so distances read as proportions', () => {
    const g = layoutDotPlot({ rows, reference: 38 });
    expect(g.ticks[0]!.label).toBe('0');
    expect(g.ticks[0]!.x).toBe(g.marginLeft);
  });
  it('labels ticks with bare numbers: the unit is named once, in the caption', () => {
    const g = layoutDotPlot({ rows, reference: 38 });
    expect(g.ticks.every((t) => /^-?\d+(\.\d+)?$/.test(t.label))).toBe(true);
  });
  it('draws a phone layout at a phone\'s content width, each label on a line above its row', () => {
    const wide = layoutDotPlot({ rows, reference: 38 });
    const narrow = layoutDotPlot({ rows, reference: 38, layout: 'narrow' });
    // Drawn at 343 CSS px, one unit is one pixel: the 12-unit labels read at 12 px.
    expect(narrow.width).toBe(343);
    expect(wide.width).toBe(640);
    expect(narrow.labelAnchor).toBe('start');
    expect(narrow.labelDy).toBeLessThan(0);
    expect(narrow.rows[1]!.y - narrow.rows[0]!.y).toBeGreaterThanOrEqual(40);
    expect(narrow.rows[1]!.x!).toBeLessThan(narrow.referenceX!);
  });
});

describe('stacked bars', () => {
  it('turns character counts into shares that fill the bar', () => {
    const g = layoutStackedBars([{ label: '儿童与健康', segments: [
      { key: 'identical', label: '相同', value: 600 },
      { key: 'modified', label: '改动', value: 300 },
      { key: 'original', label: '无对应', value: 100 },
    ] }], 'wide');
    const segs = g.rows[0]!.segments;
    expect(segs.map((s) => s.share)).toEqual([0.6, 0.3, 0.1]);
    expect(segs[2]!.x + segs[2]!.w).toBeCloseTo(630, 0);
  });

  it('draws a phone layout at 343 units with each label above its bar, the bar full width', () => {
    const g = layoutStackedBars([{ label: '儿童与健康', segments: [{ key: 'identical', label: '相同', value: 1 }] }], 'narrow');
    expect(g.width).toBe(343);
    expect(g.labelAnchor).toBe('start');
    expect(g.labelDy).toBeLessThan(0);
    expect(g.rows[0]!.y + g.labelDy).toBeGreaterThan(10);
    expect(g.rows[0]!.segments[0]!.w).toBeGreaterThan(330);
  });
});

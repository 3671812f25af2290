/** A prefecture's or province's own plans are listed in their own group, never as a county's. */
import { describe, expect, it } from 'vitest';
import { groupCounties, splitByLevel } from '../../../src/lib/plan/counties.ts';
import type { PlanFrontmatter } from '../../../src/lib/plan/schema.ts';

const plan = (county_code: string, county: string, level: PlanFrontmatter['level'], plan_type: PlanFrontmatter['plan_type']) =>
  ({ id: `${county_code}-${plan_type}`, county_code, county, province: '贵州省', prefecture: level === 'county' ? '毕节市' : county, level, plan_type }) as PlanFrontmatter;

describe('regions by level', () => {
  it('puts 毕节市’s own plans (level prefecture) and 贵州省’s apart from 威宁’s, the province first', () => {
    const regions = groupCounties([
      plan('520000', '贵州省', 'province', 'women'),
      plan('520500', '毕节市', 'prefecture', 'women'),
      plan('520500', '毕节市', 'prefecture', 'children'),
      plan('520526', '威宁自治县', 'county', 'women'),
    ]);
    const { counties, higher } = splitByLevel(regions);
    expect(counties.map((c) => c.county)).toEqual(['威宁自治县']);
    expect(higher.map((r) => [r.county, r.level, r.plans.length])).toEqual([['贵州省', 'province', 1], ['毕节市', 'prefecture', 2]]);
  });
});

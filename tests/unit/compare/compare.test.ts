import { describe, expect, it } from 'vitest';
import type { PivotAlignment } from '../../../src/lib/compare/align.ts';
import { buildComparison } from '../../../src/lib/compare/model.ts';
import { comparisonToHtml, esc } from '../../../src/lib/compare/render.ts';
import { checkSelection, readPlanIds, staticComparePath } from '../../../src/lib/compare/selection.ts';
import { realPlanRecord } from '../cite/plan-record.ts';
import type { CompareIndicator, PlanCompareData } from '../../../src/lib/compare/schema.ts';

const myopia: CompareIndicator = { id: 'myopia-primary', name_zh: '小学生近视率', unit: '%', better: 'lower', reference: { comparator: '<=', value: 38, unit: '%', year: 2030, source: '中国儿童发展纲要（2021—2030年）（国发〔2021〕16号）' } }; // content/indicators.yaml:1142
const indicators = new Map([[myopia.id, myopia]]);

function plan(id: string, county: string, clauses: Partial<PlanCompareData['clauses'][number]>[], value: number | null): PlanCompareData {
  return {
    id, plan_type: 'children', county, province: '山西省', title: `${county}儿童发展规划`, meta: realPlanRecord('140107-children'),
    clauses: clauses.map((c, i) => ({ anchor: `a${i}`, domain: '儿童与健康', role: 'goal', text: '', cluster: null, edits: [], ...c })),
    targets: value === null ? [] : [{ indicator: 'myopia-primary', label: '小学生近视率', comparator: '<=', value, value_text: String(value), unit: '%', year: 2025, baseline: null, url: `/plans/${id}/#a0`, text: `小学生近视率降至${value}%以下` }],
  };
}

describe('a comparison of plans', () => {
  const a = plan('140107-children', '杏花岭区', [
    { text: '小学生近视率降至38%以下。', cluster: 'cmyopia' },
    { text: '本区自己的目标。', cluster: null },
  ], 38);
  const b = plan('140802-children', '盐湖区', [
    { text: '盐湖区特色。', cluster: null },
    { text: '小学生近视率降至35%以下。', cluster: 'cmyopia', edits: [{ op: 'equal', text: '小学生近视率降至' }, { op: 'insert', text: '35%' }, { op: 'delete', text: '38%' }, { op: 'equal', text: '以下。' }] },
  ], 35);
  // b's second clause is a's first, reworded (what alignWithPivot reports for such a pair).
  const pairing: PivotAlignment = {
    plan: '140802-children', pivot: '140107-children',
    pairs: [{ anchor: 'a1', pivot: 'a0', identical: false, part: null, edits: [{ op: 'equal', text: '小学生近视率降至' }, { op: 'insert', text: '35%' }, { op: 'delete', text: '38%' }, { op: 'equal', text: '以下。' }] }],
  };
  const c = buildComparison([a, b], indicators, [pairing]);

  it('puts the clauses the alignment pairs on one row, whatever their position', () => {
    const rows = c.domains[0]!.rows;
    const myopiaRow = rows.find((r) => r.cells.every((cell) => cell.length === 1))!;
    expect(myopiaRow.cells.map((x) => x[0]!.text)).toEqual(['小学生近视率降至38%以下。', '小学生近视率降至35%以下。']);
    expect(myopiaRow.cluster).toBe('cmyopia');
    expect(rows).toHaveLength(3);
    // A clause only one plan has stands after that plan's previous clause: 盐湖区特色 first, 本区自己的目标 after the pair.
    expect(rows.map((r) => r.cells.map((cell) => cell.map((x) => x.text).join()))).toEqual([
      ['', '盐湖区特色。'], ['小学生近视率降至38%以下。', '小学生近视率降至35%以下。'], ['本区自己的目标。', ''],
    ]);
  });

  it('refuses alignments that are not those of the plans with the first', () => {
    expect(() => buildComparison([a, b], indicators, [])).toThrow(/are not those of 140107-children, 140802-children with the first/);
    expect(() => buildComparison([a, b], indicators, [{ ...pairing, pairs: [{ ...pairing.pairs[0]!, anchor: 'zz' }] }])).toThrow('140802-children: the alignment names a clause (zz) its plan does not have');
  });

  it('groups a paragraph that holds two of the first plan\'s clauses on one row', () => {
    const merged = buildComparison([a, b], indicators, [{
      plan: '140802-children', pivot: '140107-children',
      pairs: [{ anchor: 'a1', pivot: 'a0', identical: false, part: 'merged', edits: [] }, { anchor: 'a1', pivot: 'a1', identical: false, part: 'merged', edits: [] }],
    }]);
    const rows = merged.domains[0]!.rows;
    expect(rows).toHaveLength(2);
    expect(rows[1]!.cells.map((cell) => cell.map((x) => x.anchor))).toEqual([['a0', 'a1'], ['a1']]);
    expect(rows[1]!.regrouped).toBe(true);
    expect(rows[1]!.same).toBe(false);
  });

  it('marks the strictest myopia target: lower is better', () => {
    expect(c.targets[0]!.name).toBe('小学生近视率');
    expect(c.targets[0]!.strictest).toBe(1);
  });

  it('renders each number as a link to its sentence and marks what a plan adds to the common wording', () => {
    const html = comparisonToHtml(c);
    expect(html).toContain('<a href="/plans/140802-children/#a0" title="原文：小学生近视率降至35%以下">≤35%</a>');
    expect(html).toContain('<ins><b class="num">35%</b></ins>');
    expect(html).not.toContain('38%</del>');
    expect(html).toContain('★ 最严');
  });

  it('renders hostile plan text as text', () => {
    const evil = plan('520526-children', '<img src=x onerror=alert(1)>', [{ text: '<script>alert(1)</script>' }], null);
    const html = comparisonToHtml(buildComparison([evil, a], indicators, [{ plan: '140107-children', pivot: '520526-children', pairs: [] }]));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(esc(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});

describe('choosing plans from the URL', () => {
  const listing = new Map([
    ['140107-children', { id: '140107-children', plan_type: 'children' as const, county: '杏花岭区' }],
    ['140802-children', { id: '140802-children', plan_type: 'children' as const, county: '盐湖区' }],
    ['520526-children', { id: '520526-children', plan_type: 'children' as const, county: '威宁彝族回族苗族自治县' }],
    ['650502-children', { id: '650502-children', plan_type: 'children' as const, county: '伊州区' }],
    ['320582-children', { id: '320582-children', plan_type: 'children' as const, county: '张家港市' }],
    ['140107-women', { id: '140107-women', plan_type: 'women' as const, county: '杏花岭区' }],
  ]);

  it('reads ?plans=a,b and ?plans=a&plans=b alike', () => {
    expect(readPlanIds('?plans=140107-children,140802-children')).toEqual(['140107-children', '140802-children']);
    expect(readPlanIds('?plans=140107-children&plans=140802-children')).toEqual(['140107-children', '140802-children']);
  });
  it('accepts two to four plans of one type', () => {
    expect(checkSelection(['140107-children', '140802-children'], listing)).toEqual({ ids: ['140107-children', '140802-children'], problems: [], fixed: null });
  });
  it('names an unknown plan and offers the rest', () => {
    const s = checkSelection(['140107-children', '999999-children', '140802-children'], listing);
    expect(s.problems).toEqual(['没有找到规划“999999-children”：规划编号形如 140107-women（县级代码-women 或 children）。']);
    expect(s.fixed).toEqual(['140107-children', '140802-children']);
  });
  it('refuses plans of different types, the same plan twice, more than four, or only one', () => {
    expect(checkSelection(['140107-children', '140107-women', '140802-children'], listing).problems[0]).toMatch(/只能比较同一类规划：杏花岭区的是妇女发展规划/);
    expect(checkSelection(['140107-children', '140107-children'], listing).problems).toEqual(['杏花岭区的规划选了两次。']);
    const five = checkSelection(['140107-children', '140802-children', '520526-children', '650502-children', '320582-children'], listing);
    expect(five.problems).toEqual(['最多并排比较 4 部规划，现在选了 5 部。']);
    expect(five.fixed).toHaveLength(4);
    expect(checkSelection(['140107-children'], listing).problems).toEqual(['请至少选择两部同类规划。']);
  });
  it('gives a set one page address whatever the order', () => {
    expect(staticComparePath(['140802-children', '140107-children'])).toBe('/compare/140107-children--140802-children/');
  });
});

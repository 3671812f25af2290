import { describe, expect, it } from 'vitest';
import { blocksToClauses } from '../../../src/lib/align/clauses.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { alignWithPivot } from '../../../src/lib/compare/align.ts';
import { buildComparison, type ClauseRow, type Comparison } from '../../../src/lib/compare/model.ts';
import { comparisonToHtml } from '../../../src/lib/compare/render.ts';
import type { PlanCompareData } from '../../../src/lib/compare/schema.ts';
import { realPlanRecord } from '../cite/plan-record.ts';
import { loadPlan } from '../align/load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** A real plan's compare record as the build makes it, its clauses from the same blocks the alignment reads. */
function compareData(input: AlignPlanInput): PlanCompareData {
  return {
    id: input.id, plan_type: input.plan_type, county: input.county, province: input.province, title: input.title,
    meta: realPlanRecord(input.id),
    clauses: blocksToClauses(input.id, input.blocks).map((c) => ({ anchor: c.anchor, domain: c.domain, role: c.role, text: c.text, cluster: null, edits: [] })),
    targets: [],
  };
}

function compare(ids: string[]): Comparison {
  const inputs = ids.map((id) => loadPlan(`${ROOT}content/plans/${id}.md`));
  return buildComparison(inputs.map(compareData), new Map(), alignWithPivot(inputs));
}

const rows = (c: Comparison): ClauseRow[] => c.domains.flatMap((d) => d.rows);
const rowWith = (c: Comparison, plan: number, start: string) => rows(c).filter((r) => r.cells[plan]!.some((x) => x.text.startsWith(start)));

describe('the compare page lines up clauses with the diff page\'s aligner', () => {
  const c = compare(['140107-children', '140802-children']);

  it('puts both counties\' "1.优先保障儿童健康" measures on one row', () => {
    // 000_30ea770318f86718.txt:1985 (杏花岭) and 001_23d5c46fb19a73e3.txt:279 (盐湖): same lead, bodies rewritten.
    const found = rowWith(c, 0, '1.优先保障儿童健康');
    expect(found).toHaveLength(1);
    const [xhl, yh] = found[0]!.cells;
    expect(xhl!.map((x) => x.text)).toEqual([expect.stringMatching(/^1\.优先保障儿童健康。落实国家相关法律/)]);
    expect(yh!.map((x) => x.text)).toEqual([expect.stringMatching(/^1\.优先保障儿童健康。将儿童健康理念融入经济社会发展各领域的相关政策/)]);
    expect(found[0]!.role).toBe('measure');
    expect(found[0]!.same).toBe(false);
    // 盐湖's own words against 杏花岭's are marked, and the cell still reads as 盐湖's text.
    expect(yh![0]!.edits.some((e) => e.op === 'insert' && e.text.includes('健康盐湖'))).toBe(true);
    expect(yh![0]!.edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe(yh![0]!.text);
  });

  it('keeps every clause of both plans exactly once, in each plan\'s own order', () => {
    for (const [p, id] of ['140107-children', '140802-children'].entries()) {
      const input = loadPlan(`${ROOT}content/plans/${id}.md`);
      const expected = blocksToClauses(id, input.blocks).map((x) => x.anchor);
      const shown = rows(c).flatMap((r) => r.cells[p]!.map((x) => x.anchor));
      expect(new Set(shown).size).toBe(shown.length);
      expect(new Set(shown)).toEqual(new Set(expected));
    }
    const pivotOrder = rows(c).flatMap((r) => r.cells[0]!.map((x) => x.anchor));
    const input = loadPlan(`${ROOT}content/plans/140107-children.md`);
    const inDocument = blocksToClauses('140107-children', input.blocks).map((x) => x.anchor);
    // Rows follow the first plan; within a domain its clauses keep their order, but for a row that
    // gathers a merged or split group (its members may stand apart in the plan).
    for (const d of c.domains) {
      const order = d.rows.filter((r) => !r.regrouped).flatMap((r) => r.cells[0]!.map((x) => inDocument.indexOf(x.anchor)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(pivotOrder.length).toBe(inDocument.length);
  });

  it('in the goals, 杏花岭\'s merged safety goal stands on one row with the three 盐湖 goals it holds', () => {
    // 000_30ea770318f86718.txt:2013 "1.减少儿童伤害所致死亡与残疾。提高儿童自我保护意识和能力。儿童在人身、精神方面的安全得到保障。…"
    // holds 001_23d5c46fb19a73e3.txt:295 "1.儿童在人身、精神方面的安全得到保障。" and :296 "2.提高儿童的自我保护意识和能力。",
    // and opens with the lead of :297 "3.减少儿童伤害所致死亡和残疾。…下降20%" (与 for 和, its figure dropped).
    const found = rowWith(c, 0, '1.减少儿童伤害所致死亡与残疾');
    expect(found).toHaveLength(1);
    expect(found[0]!.role).toBe('goal');
    expect(found[0]!.regrouped).toBe(true);
    expect(found[0]!.cells[1]!.map((x) => x.text)).toEqual([
      '1.儿童在人身、精神方面的安全得到保障。', '2.提高儿童的自我保护意识和能力。', '3.减少儿童伤害所致死亡和残疾。儿童伤害死亡率以2020年为基数下降20%。',
    ]);
    // Shown as the plan states them: a merged or split item carries no marks.
    expect(found[0]!.cells.flat().every((x) => x.edits.length === 0)).toBe(true);
  });

  it('says which plan the rows are lined up against', () => {
    const html = comparisonToHtml(c);
    expect(html).toContain('以第一列杏花岭区的规划为基准逐条对齐');
    expect(html).not.toContain('不与第三部规划互相对齐');
  });
});

describe('three plans: each aligned with the first', () => {
  const c = compare(['140802-children', '520526-children', '650502-children']);
  it('states the pivot rule for three or more plans', () => {
    expect(comparisonToHtml(c)).toContain('其余每部规划分别与盐湖区的规划对齐');
  });
  it('puts the 小学生近视率 goals of 盐湖 and 伊州 on one row', () => {
    // 001_23d5c46fb19a73e3.txt:274 (盐湖) and 004_7ac99738bb49d3ff.txt:35 (伊州, goal 9) both state 小学生近视率降至38%以下.
    const found = rowWith(c, 0, '9.儿童新发近视率明显下降');
    expect(found).toHaveLength(1);
    expect(found[0]!.cells[2]!.some((x) => x.text.includes('小学生近视率降至38%以下'))).toBe(true);
  });
});

/**
 * A plan's tables in the diff view are tables: the plan's header, its column order, a status per
 * row and the edit inside the cell that changed. Expectations read from the raw source of 杏花岭's
 * children's plan (000_30ea770318f86718.txt).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { alignWithPlan } from '../../../src/lib/align/browser.ts';
import type { Block } from '../../../src/lib/plan/blocks.ts';
import { reuseToHtml } from '../../../src/lib/diff-view/render.ts';
import { rowEditsByColumn, tableRowsOf } from '../../../src/lib/diff-view/table-rows.ts';
import { loadPlan, withTargets } from '../align/load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const xinghualing = loadPlan(`${ROOT}content/plans/140107-children.md`);
const TABLE = 's2-1-goals-t1';
// 000_30ea770318f86718.txt:1581 "(一)提高出生人口素质" is the table's first body row, :1586-1594 its item 1.
const GROUP_ROW = `${TABLE}-r1`;
const DEFECTS_ROW = `${TABLE}-r2`;

function elements(nodes: readonly ChildNode[], test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (n.type !== 'tag') continue;
    if (test(n)) out.push(n);
    elements(n.children, test, out);
  }
  return out;
}
const textOf = (n: ChildNode): string => (n.type === 'text' ? n.data : 'children' in n ? n.children.map(textOf).join('') : '');
const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
const byId = (doc: ChildNode[], id: string) => elements(doc, (e) => e.attribs.id === id)[0];

/** 杏花岭's plan with one cell of its table changed, as another county might write it. */
function withCell(row: string, from: string, to: string) {
  const blocks: Block[] = xinghualing.blocks.map((b) => {
    if (b.kind !== 'table' || !b.rowIds.includes(row)) return b;
    const r = b.rowIds.indexOf(row) + 1;
    return { ...b, rows: b.rows.map((cells, i) => (i === r ? cells.map((c) => (c === from ? to : c)) : cells)) };
  });
  return withTargets({ ...xinghualing, id: '140199-children', county: '试验县', title: '试验县儿童发展“十四五”规划', blocks });
}

function render(plan: ReturnType<typeof withCell>, reference = xinghualing) {
  const detail = alignWithPlan(plan, reference);
  const html = reuseToHtml(detail, { planId: plan.id, clusters: new Map(), clusterPages: new Set(), referenceHref: `/plans/${reference.id}/`, tableRows: tableRowsOf(plan.blocks) });
  return { detail, doc: parseDocument(html).children };
}

describe('a plan table row in the diff view', () => {
  const rows = tableRowsOf(xinghualing.blocks);

  it('keeps the plan’s own cells and knows where the clause text put each (target first for the alignment)', () => {
    // 000:1588-1594: 围产儿出生缺陷发生率(/万) | 2020: 345.2 | 2025: 99.0 | 约束性
    const source = rows.get(DEFECTS_ROW)!;
    expect(source.header).toEqual(['序号', '发展指标', '2020', '2025', '指标性质']);
    expect(source.cells).toEqual(['1', '围产儿出生缺陷发生率(/万)', '345.2', '99.0', '约束性']);
    expect(source.columns.map((j) => source.cells[j])).toEqual(['围产儿出生缺陷发生率(/万)', '99.0', '345.2', '约束性']);
  });

  it('cuts a row’s edits at its cells, a deletion staying in the cell it was made in', () => {
    const text = '围产儿出生缺陷发生率(/万) | 90.0 | 345.2 | 约束性';
    const byColumn = rowEditsByColumn(text, [
      { op: 'equal', text: '围产儿出生缺陷发生率(/万) | ' }, { op: 'delete', text: '99.0' }, { op: 'insert', text: '90.0' },
      { op: 'equal', text: ' | 345.2 | 约束性' },
    ], rows.get(DEFECTS_ROW)!.columns);
    expect(byColumn!.get(3)).toEqual([{ op: 'delete', text: '99.0' }, { op: 'insert', text: '90.0' }]);
    expect(byColumn!.get(1)).toEqual([{ op: 'equal', text: '围产儿出生缺陷发生率(/万)' }]);
    expect(byColumn!.get(2)).toEqual([{ op: 'equal', text: '345.2' }]);
    // Edits that do not spell the row's text (a part of a merged paragraph) are not laid out by cell.
    expect(rowEditsByColumn(text, [{ op: 'equal', text: '围产儿' }], rows.get(DEFECTS_ROW)!.columns)).toBeNull();
  });

  it('shows the table with the plan’s header and column order, not pipe-joined cells with the target first', () => {
    const { doc } = render(withCell(DEFECTS_ROW, '99.0', '90.0'));
    const table = elements(doc, (e) => e.name === 'table' && elements(e.children, (t) => t.attribs.id === `d-${DEFECTS_ROW}`).length > 0)[0]!;
    const head = elements(table.children, (e) => e.name === 'thead')[0]!;
    expect(elements(head.children, (e) => e.name === 'th').map(textOf)).toEqual(['对照', '发展指标', '2020', '2025', '指标性质', '说明']);
    const row = byId(doc, `d-${DEFECTS_ROW}`)!;
    expect(cellsOf(row).slice(1, 5).map(textOf)).toEqual(['围产儿出生缺陷发生率(/万)', '345.2', '99.090.0', '约束性']);
    expect(textOf(table)).not.toContain(' | ');
  });

  it('marks the row 改动 and only the changed cell, with the edit inside it', () => {
    const { doc } = render(withCell(DEFECTS_ROW, '99.0', '90.0'));
    const row = byId(doc, `d-${DEFECTS_ROW}`)!;
    expect(row.attribs.class).toBe('c-modified');
    const [status, label, baseline, target, nature] = cellsOf(row);
    expect(textOf(status!)).toBe('改动');
    expect([label, baseline, target, nature].map((c) => (c!.attribs.class ?? '').includes('cell-changed'))).toEqual([false, false, true, false]);
    expect(elements(target!.children, (e) => e.name === 'del').map(textOf)).toEqual(['99.0']);
    expect(elements(target!.children, (e) => e.name === 'ins').map(textOf)).toEqual(['90.0']);
    expect(textOf(row)).toMatch(/数字改动：99\.0\s*→\s*90\.0/);
  });

  it('shows an unchanged row 相同 with its cells as the plan has them, and a group title across the row', () => {
    const { doc } = render(withCell(DEFECTS_ROW, '99.0', '90.0'));
    // 000:1598-1600: 低出生体重儿发生率(% | 5.15 | 3.8 | 约束性, unchanged in the copy.
    const lowWeight = byId(doc, `d-${TABLE}-r3`)!;
    expect(lowWeight.attribs.class).toBe('c-identical');
    expect(cellsOf(lowWeight).slice(1, 5).map(textOf)).toEqual(['低出生体重儿发生率(%', '5.15', '3.8', '约束性']);
    const group = byId(doc, `d-${GROUP_ROW}`)!;
    expect(cellsOf(group)[1]!.attribs.colspan).toBe('4');
    expect(textOf(cellsOf(group)[1]!)).toBe('(一)提高出生人口素质');
  });
});

describe('a reference row the plan lacks, inside the plan’s table', () => {
  it('shows its indicator in the indicator column and its figure beside it, marked 未找到 (omitted)', () => {
    const { doc } = render(xinghualing, loadPlan(`${ROOT}content/plans/320582-children.md`));
    // 003_089270d5eef34d70.txt:439-441: 0-6岁儿童眼保健和视力检查年覆盖率(% | 98 — 杏花岭's table has no such row.
    const row = elements(doc, (e) => e.name === 'tr' && textOf(e).includes('0-6岁儿童眼保健和视力检查年覆盖率'))[0]!;
    expect(row.attribs.class).toBe('c-omitted');
    const cells = cellsOf(row);
    expect(textOf(cells[0]!)).toBe('未找到');
    expect(textOf(cells[1]!)).toBe('对照基准中的一行，在本规划中没有找到：0-6岁儿童眼保健和视力检查年覆盖率(%');
    // 003:417 the column's header: 规划目标.
    expect(textOf(cells[2]!)).toBe('规划目标：98');
    expect(cells[2]!.attribs.colspan).toBe('3');
  });
});

describe('a reference row shown in a plan that has no tables (伊州 children against 杏花岭 children)', () => {
  it('names each figure by its column, in the reference table’s own order, beside the paragraph that states the indicator', () => {
    const { doc } = render(loadPlan(`${ROOT}content/plans/650502-children.md`), xinghualing);
    // 000:1571-1579 the header 序号 | 发展指标 | 2020 | 2025 | 指标性质; 000:1691-1699 the row
    // 11 | 婴儿死亡率( | 4.7 | 2.8 | 预期性: 4.7 is the 2020 figure and 2.8 the 2025 target.
    // 004:35 (the third goal of that line) 伊州 states it in words ("新生儿、婴儿和5岁以下儿童死亡率分别控制在…").
    const note = elements(doc, (e) => e.name === 'p' && (e.attribs.class ?? '').includes('part-note') && textOf(e).includes('婴儿死亡率('))[0]!;
    expect(textOf(note)).toBe('基准在指标表中列出这一指标：婴儿死亡率(　2020：4.7　2025：2.8　指标性质：预期性');
    expect(elements(doc, (e) => e.attribs.class === 'omitted-text' && textOf(e).includes('婴儿死亡率('))).toEqual([]);
  });
});

describe('previous/next-change links (杏花岭 children against 盐湖 children)', () => {
  const { detail, doc } = render(xinghualing, loadPlan(`${ROOT}content/plans/140802-children.md`));
  const departures = detail.clauses.filter((c) => c.status !== 'identical').length;

  it('number every 改动, 无对应 and 未找到 once and link each to its neighbours', () => {
    const marked = elements(doc, (e) => /^chg-\d+$/.test(e.attribs.id ?? ''));
    expect(departures).toBeGreaterThan(0);
    expect(marked.map((e) => e.attribs.id)).toEqual(Array.from({ length: departures }, (_, i) => `chg-${i + 1}`));
    for (const badge of marked) expect(badge.attribs.class).toMatch(/status-(modified|original|omitted)/);
    const next = elements(doc, (e) => e.name === 'a' && e.attribs.rel === 'next').map((a) => a.attribs.href);
    const prev = elements(doc, (e) => e.name === 'a' && e.attribs.rel === 'prev').map((a) => a.attribs.href);
    expect(next).toEqual(Array.from({ length: departures - 1 }, (_, i) => `#chg-${i + 2}`));
    expect(prev).toEqual(Array.from({ length: departures - 1 }, (_, i) => `#chg-${i + 1}`));
  });
});

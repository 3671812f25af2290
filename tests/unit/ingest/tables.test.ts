import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/ingest/tables.ts';
import { fixtureLines, toLines } from './helpers.ts';

function tableIn(name: string) {
  const lines = fixtureLines(name);
  const start = lines.findIndex((l) => l.text.trim() === '序号');
  return { lines, table: readTable(lines, start)! };
}

describe('flattened tables are rebuilt with the same rows, columns and cells', () => {
  it('rebuilds 000’s children’s health table: 5 columns, group rows, 35 numbered indicators', () => {
    const { lines, table } = tableIn('000-children-health-table.txt');
    expect(table.rows[0]).toEqual(['序号', '发展指标', '2020', '2025', '指标性质']);
    expect(table.rows[1]).toEqual(['(一)提高出生人口素质', '', '', '', '']);
    expect(table.rows[2]).toEqual(['1', '围产儿出生缺陷发生率(/万)', '345.2', '99.0', '约束性']);
    expect(table.rows.every((r) => r.length === 5)).toBe(true);
    expect(table.rows.filter((r) => /^\d+$/.test(r[0]!)).map((r) => Number(r[0]))).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(lines[table.end]!.text.trim()).toBe('注:1.“*”表示国家纲要指标,“#”表示山西省规划指标。');
  });
  it('lays out 000’s merged 近视率 row as the indicator with three sub-rows (小学生, 初中生, 高中生)', () => {
    const { table } = tableIn('000-children-health-table.txt');
    const at = table.rows.findIndex((r) => r[0] === '28');
    expect(table.rows.slice(at, at + 5)).toEqual([
      ['28', '*#近视率下降(%/', '', '', ''],
      ['', '小学生', '-', '38', '约束性'],
      ['', '初中生', '-', '60', '约束性'],
      ['', '高中生', '-', '70', '约束性'],
      ['29', '#《国家学生体质健康标准》优良率(%)', '-', '40', '约束性'],
    ]);
    expect(table.notes).toContainEqual(expect.objectContaining({ row: at, kind: 'damage', problem: 'merged cells: 3 sub-rows under one indicator' }));
  });
  it('keeps a group label whose （三） was lost (")完善女性终身教育水平") as a group row', () => {
    const { table } = tableIn('000-women-education-table.txt');
    expect(table.rows).toContainEqual([')完善女性终身教育水平', '', '', '', '']);
  });
  it('rebuilds 003’s table whose empty header cell was lost, and says so', () => {
    const { table } = tableIn('003-women-table.txt');
    expect(table.rows[0]).toEqual(['序号', '', '规划目标']);
    expect(table.rows[1]).toEqual(['1', '妇女人均预期寿命(岁)', '持续提升']);
    expect(table.rows).toHaveLength(12);
    expect(table.notes[0]).toMatchObject({ row: 0, kind: 'damage' });
  });
  it('puts 003’s two targets of one indicator on two lines (城市社区100, 农村社区90)', () => {
    const { table } = tableIn('003-children-table.txt');
    expect(table.rows[0]).toEqual(['序号', '', '规划目标']);
    expect(table.rows.slice(-2)).toEqual([
      ['11', '家长学校或家庭教育指导服务站点建成率%', '城市社区100'],
      ['', '', '农村社区90'],
    ]);
  });
  it('takes a value equal to the next row number as a value (家长综合培训 … 4)', () => {
    const flat = ['序号', '指标', '2020', '2025', '性质', '1', '甲', '-', '1', '约束性', '2', '家长综合培训(次)/', '-', '4', '预期性', '3', '丙', '-', '2', '约束性', '4', '丁', '-', '5', '约束性'];
    const table = readTable(toLines(flat.join('\n\n')), 0)!;
    expect(table.rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3', '4']);
    expect(table.rows[2]).toEqual(['2', '家长综合培训(次)/', '-', '4', '预期性']);
  });
  it('is no table when 序号 is not followed by a header and numbered rows', () => {
    expect(readTable(toLines('序号\n一段正文。'), 0)).toBeNull();
  });
});

describe('rows longer than a header that lost a cell', () => {
  it('keep a value that starts like a number with a point (0.85人左右) in the row', () => {
    const flat = ['序号', '规划目标', '1', '新生儿死亡率(', '3', '2', '每千名14岁以下儿童儿科医师数', '0.85人左右', '3', '婴儿死亡率(', '4'];
    const table = readTable(toLines(flat.join('\n\n')), 0)!;
    expect(table.rows).toEqual([['序号', '', '规划目标'], ['1', '新生儿死亡率(', '3'], ['2', '每千名14岁以下儿童儿科医师数', '0.85人左右'], ['3', '婴儿死亡率(', '4']]);
  });
});

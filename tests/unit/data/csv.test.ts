import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../../src/lib/data/csv.ts';
import { openAsSpreadsheet } from '../../support/spreadsheet.ts';

describe('CSV files are safe to open in a spreadsheet', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/","盐湖区")',
    '+1+2',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    "=cmd|' /C calc'!A0",
  ];

  it('opens every cell that begins with = + - @ tab or CR as text, its characters kept after the leading quote', () => {
    const csv = toCsv(['county', 'source_text'], hostile.map((h) => [h, `${h}，到2025年`]));
    const cells = openAsSpreadsheet(csv).slice(1);
    expect(cells).toHaveLength(hostile.length);
    cells.forEach((row, k) => {
      for (const cell of row) expect(cell.formula, cell.text).toBe(false);
      expect(row[0]!.text).toBe(`'${hostile[k]}`);
    });
  });

  it('leaves numbers as numbers (a negative value is not a formula) and ordinary text untouched', () => {
    const csv = toCsv(['value', 'county', 'text'], [[-5, '杏花岭区', '孕产妇死亡率控制在12/10万以下'], [12.5, '张家港市', '“十四五”']]);
    const cells = openAsSpreadsheet(csv);
    expect(cells[1]!.map((c) => c.text)).toEqual(['-5', '杏花岭区', '孕产妇死亡率控制在12/10万以下']);
    expect(cells[2]!.map((c) => c.text)).toEqual(['12.5', '张家港市', '“十四五”']);
    expect(cells.flat().some((c) => c.formula)).toBe(false);
  });

  it('quotes commas, quotation marks and line breaks (RFC 4180)', () => {
    const csv = toCsv(['a'], [['甲,乙'], ['他说"好"'], ['一\n二']]);
    expect(openAsSpreadsheet(csv).slice(1).map((r) => r[0]!.text)).toEqual(['甲,乙', '他说"好"', '一\n二']);
  });

  it('neutralises only the cells that need it', () => {
    expect(neutralizeFormula('=1')).toBe("'=1");
    expect(neutralizeFormula('1=1')).toBe('1=1');
    expect(neutralizeFormula('')).toBe('');
  });
});

/** Every CSV the site publishes opens in a spreadsheet without a live formula in any cell. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAsSpreadsheet } from '../support/spreadsheet.ts';

const DIST = 'dist';
const csvFiles = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.csv')).sort();

describe('published CSV files', () => {
  it('exist (targets.csv at least)', () => {
    expect(csvFiles).toContain(join('data', 'targets.csv'));
  });
  for (const file of csvFiles) {
    it(`${file}: no cell is a formula, and every row has the header's columns`, () => {
      const cells = openAsSpreadsheet(readFileSync(join(DIST, file), 'utf8'));
      const width = cells[0]!.length;
      expect(cells.length).toBeGreaterThan(1);
      for (const [r, row] of cells.entries()) {
        expect(row, `row ${r}`).toHaveLength(width);
        for (const cell of row) expect(cell.formula, `row ${r}: ${cell.text}`).toBe(false);
      }
    });
  }
});

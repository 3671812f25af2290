/**
 * How a spreadsheet (Excel, LibreOffice Calc, Google Sheets) reads a CSV file: RFC 4180 fields,
 * quotes removed, and then any cell whose text begins with = + - or @ is taken as a formula
 * (Excel also acts on a leading tab or carriage return before one). A cell starting with ' is text.
 * Used by the tests to open the files the site publishes as a reader's spreadsheet would.
 */
export interface SheetCell {
  text: string;
  formula: boolean;
}

/** RFC 4180 records → cells, a UTF-8 BOM dropped. */
export function readCsvCells(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Each cell as a spreadsheet takes it: a formula when it starts with a formula character and is not a plain number. */
export function openAsSpreadsheet(csv: string): SheetCell[][] {
  return readCsvCells(csv).map((row) => row.map((text) => ({
    text,
    formula: !NUMBER.test(text) && /^[\t\r]*[=+\-@]/.test(text),
  })));
}

/**
 * RFC 4180 CSV with a UTF-8 BOM, so Excel opens Chinese text correctly. The one CSV writer of the site.
 * A cell a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return:
 * =HYPERLINK(…) in a county name or a quoted sentence) gets a leading ' as OWASP recommends,
 * so it opens as the text it is. Numbers are written as numbers: -5 stays a negative value.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would read as a formula, made inert. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell read back: the leading ' that neutralizeFormula added taken off again. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function field(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

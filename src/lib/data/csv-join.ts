/**
 * Several CSV files of one table (each with a BOM and the same header row) as one: the first
 * file's BOM and header, then every file's data rows. For a comparison's table assembled in the
 * browser from the per-plan files, byte for byte what the build writes for a pre-rendered one.
 */
export class CsvJoinError extends Error {}

export function joinCsvFiles(files: readonly string[]): string {
  if (!files.length) throw new CsvJoinError('no CSV files to join');
  const header = headerLine(files[0]!);
  let out = `\uFEFF${header}\r\n`;
  for (const file of files) {
    if (headerLine(file) !== header) throw new CsvJoinError('the CSV files do not have the same columns');
    const text = file.replace(/^\uFEFF/, '');
    out += text.slice(text.indexOf('\r\n') + 2);
  }
  return out;
}

function headerLine(file: string): string {
  const text = file.replace(/^\uFEFF/, '');
  const end = text.indexOf('\r\n');
  if (end < 0) throw new CsvJoinError('a CSV file without a header line');
  return text.slice(0, end);
}

/**
 * Bad input is refused with one sentence: the file, what is wrong with it, and how to fix it.
 * The core throws IngestError; only the command line formats it (formatIngestError).
 */
export class IngestError extends Error {
  /** Path of the offending file as the user would type it, e.g. content/sources/foo.txt. */
  readonly file: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, problem: string, fix: string) {
    super(`${file}: ${problem} (${fix})`);
    this.name = 'IngestError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

/** The one line printed for a refused input: `content/sources/foo.txt: <problem> (<how to fix>)`. */
export function formatIngestError(error: IngestError): string {
  return `${error.file}: ${error.problem} (${error.fix})`;
}

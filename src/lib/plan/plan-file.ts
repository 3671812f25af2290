/**
 * The plan file, content/plans/<county_code>-<plan_type>.md: `---`, YAML front matter
 * (PlanFrontmatterSchema), `---`, then the body markdownToBlocks reads. This module is its one
 * owner: the ingest writes through planFileContent, and every reader (the content collection,
 * target extraction, the benchmark, tests) goes through parsePlanFile. Curators edit these files
 * by hand, so a file is refused with one sentence naming it, never coerced.
 */
import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { planIdOf } from './id.ts';
import { PlanFrontmatterSchema, type PlanFrontmatter } from './schema.ts';

export interface PlanFile {
  frontmatter: PlanFrontmatter;
  /** The Markdown after the front matter. */
  body: string;
}

/** A plan file that cannot be read: `message` is the one line to show (file: problem (fix)). */
export class PlanFileError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string, fix: string) {
    super(`${file}: ${problem} (${fix})`);
    this.name = 'PlanFileError';
    this.file = file;
    this.problem = problem;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const fileNameOf = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

function frontMatterOf(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new PlanFileError(file, 'no YAML front matter', 'a plan file starts with a line ---, its fields, and another line ---');
  let data: unknown;
  try {
    data = parse(m[1]!);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0]!.replace(/:\s*$/, '');
    throw new PlanFileError(file, `the front matter is not valid YAML: ${first}`, 'fix the YAML syntax, or regenerate the file with npm run ingest -- --force <plan id>');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new PlanFileError(file, 'the front matter is not a YAML mapping of fields', 'see any file in content/plans/ for the fields a plan has');
  }
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length) };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/**
 * Reads and validates a plan file's text. `file` is the path as the user would type it; its name
 * must be the plan's id, and the id must be county_code-plan_type.
 */
export function parsePlanFile(text: string, file: string): PlanFile {
  const { data, body } = frontMatterOf(text, file);
  const result = PlanFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'the front matter';
    const value = valueAt(data, issue.path);
    const problem = value === undefined ? `${field} is missing` : `${field} ${JSON.stringify(value)} is invalid: ${issue.message}`;
    throw new PlanFileError(file, problem, 'correct it by hand, or regenerate the file with npm run ingest -- --force <plan id>');
  }
  const frontmatter = result.data;
  const expected = planIdOf(frontmatter.county_code, frontmatter.plan_type);
  if (frontmatter.id !== expected) {
    throw new PlanFileError(file, `id "${frontmatter.id}" is not county_code-plan_type "${expected}"`, 'a plan\'s id is its county code and type; correct id, county_code or plan_type');
  }
  const name = fileNameOf(file);
  if (name !== `${frontmatter.id}.md`) {
    throw new PlanFileError(file, `id "${frontmatter.id}" differs from the file name ${name}`, `a plan file is named after its id: rename it ${frontmatter.id}.md or correct the id`);
  }
  return { frontmatter, body };
}

export type FrontmatterWithoutHash = Omit<PlanFrontmatter, 'generated_hash'>;

// YAML 1.1 quoting: a string that YAML 1.1 would read as something else (a date such as
// 2023-05-31, yes, on) is written in quotes, so any YAML reader a curator uses reads it back as text.
function toYaml(data: object): string {
  return stringify(data, { version: '1.1', lineWidth: 0 });
}

/** The complete file, its generated_hash last in the front matter. */
export function planFileContent(frontmatter: FrontmatterWithoutHash, body: string): string {
  const head = toYaml(frontmatter);
  const unhashed = `---\n${head}---\n\n${body}`;
  return `---\n${head}generated_hash: ${sha256(unhashed)}\n---\n\n${body}`;
}

// generated_hash: sha256 of the file without its own hash line. A file whose content no longer
// matches its recorded hash was edited by hand, and the ingest keeps it.
const HASH_LINE = /^generated_hash: *"?([0-9a-f]*)"? *\n/m;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function recordedHash(content: string): string | null {
  return HASH_LINE.exec(content)?.[1] ?? null;
}

/** True when the file is exactly what the ingest wrote (its recorded hash still matches). */
export function isUntouched(content: string): boolean {
  const recorded = recordedHash(content);
  return recorded !== null && recorded === sha256(content.replace(HASH_LINE, ''));
}

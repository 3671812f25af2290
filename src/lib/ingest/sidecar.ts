/**
 * A source's .yaml sidecar: what a curator knows about the raw file (SidecarSchema). Read strictly:
 * a missing field, an unknown one, or a county code that lost its quotes is refused, never guessed.
 */
import { parse } from 'yaml';
import { SidecarSchema, type Sidecar } from '../plan/schema.ts';
import { IngestError } from './errors.ts';

const REQUIRED = ['county', 'county_code', 'province', 'prefecture', 'plans'] as const;
const KNOWN = new Set(Object.keys(SidecarSchema.shape));
const EXAMPLE = 'see content/sources/000_30ea770318f86718.yaml for a complete sidecar';

/** Parses and validates sidecar text; `path` is how the file is named in messages. */
export function readSidecar(path: string, text: string | null): Sidecar {
  if (text === null) throw new IngestError(path, 'the sidecar is missing', `every source needs a .yaml of the same name next to it; ${EXAMPLE}`);
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0]!.replace(/:\s*$/, '');
    throw new IngestError(path, `not valid YAML: ${first}`, 'fix the YAML syntax');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new IngestError(path, 'the sidecar is not a YAML mapping of fields', EXAMPLE);
  }
  const fields = raw as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!KNOWN.has(key)) throw new IngestError(path, `unknown field "${key}"`, `known fields: ${[...KNOWN].join(', ')}`);
  }
  for (const key of REQUIRED) {
    const value = fields[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      throw new IngestError(path, `${key} is missing`, `the sidecar needs ${REQUIRED.join(', ')}; ${EXAMPLE}`);
    }
  }
  const code = fields.county_code;
  if (typeof code === 'number') {
    throw new IngestError(path, `county_code ${code} is a number`, `quote it, county_code: "${code}", so leading zeros survive`);
  }
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    throw new IngestError(path, `county_code "${String(code)}" is not six digits`, 'GB/T 2260 codes look like 140107');
  }
  const result = SidecarSchema.safeParse(fields);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'the sidecar';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], fields);
    throw new IngestError(path, `${field} ${JSON.stringify(value)} is invalid: ${issue.message}`, EXAMPLE);
  }
  return result.data;
}

/**
 * A source's .yaml sidecar: what a curator knows about the raw file (SidecarSchema). Read strictly:
 * a missing field, an unknown one, or a county code that lost its quotes is refused, never guessed.
 */
import { parseDocument } from 'yaml';
import { SidecarSchema, type Sidecar } from '../plan/schema.ts';
import { IngestError } from './errors.ts';
import { checkCountyCode, checkDate, checkSourceUrl, decodeSidecar } from './sidecar-checks.ts';

const REQUIRED = ['county', 'county_code', 'province', 'prefecture', 'plans'] as const;
const KNOWN = new Set(Object.keys(SidecarSchema.shape));
const EXAMPLE = 'see content/sources/000_30ea770318f86718.yaml for a complete sidecar';

export interface SidecarReading {
  sidecar: Sidecar;
  /** Said in the report: not UTF-8, a code GB/T 2260 does not list. */
  warnings: string[];
}

/** Parses and validates a sidecar (its bytes, or text); `path` is how the file is named in messages. */
export function readSidecar(path: string, content: Uint8Array | string | null): Sidecar {
  return readSidecarWithWarnings(path, content).sidecar;
}

export function readSidecarWithWarnings(path: string, content: Uint8Array | string | null): SidecarReading {
  const warnings: string[] = [];
  let text: string | null = null;
  if (typeof content === 'string') text = content;
  else if (content !== null) {
    const decoded = decodeSidecar(path, content);
    text = decoded.text;
    if (decoded.encoding !== 'utf-8') warnings.push(`${path}: the sidecar is encoded in ${decoded.encoding.toUpperCase()}, not UTF-8; read as ${decoded.encoding.toUpperCase()}`);
  }
  if (text === null) throw new IngestError(path, 'the sidecar is missing', `every source needs a .yaml of the same name next to it; ${EXAMPLE}`);
  let raw: unknown;
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const first = String(doc.errors[0]!.message).split('\n')[0]!.replace(/:\s*$/, '');
    throw new IngestError(path, `not valid YAML: ${first}`, 'fix the YAML syntax');
  }
  try {
    raw = doc.toJS();
  } catch (error) {
    throw new IngestError(path, `not valid YAML: ${String((error as Error).message).split('\n')[0]}`, 'fix the YAML syntax');
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
    // As written, not as YAML read it: an unquoted 010101 is the number 10101.
    const node = doc.get('county_code', true) as { range?: [number, number] } | undefined;
    const written = node?.range ? text.slice(node.range[0], node.range[1]) : String(code);
    throw new IngestError(path, `county_code ${written} is not quoted, so YAML reads it as the number ${code}`, `quote it, county_code: "${written}", so leading zeros survive`);
  }
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) {
    throw new IngestError(path, `county_code "${String(code)}" is not six digits`, 'GB/T 2260 codes look like 140107');
  }
  checkDate(path, 'signed', fields.signed);
  checkDate(path, 'published', fields.published);
  checkSourceUrl(path, fields.source_url);
  if (typeof fields.province === 'string' && fields.level !== 'national') {
    const unknown = checkCountyCode(path, code, fields.province);
    if (unknown) warnings.push(unknown);
  }
  const result = SidecarSchema.safeParse(fields);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'the sidecar';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], fields);
    throw new IngestError(path, `${field} ${JSON.stringify(value)} is invalid: ${issue.message}`, EXAMPLE);
  }
  return { sidecar: result.data, warnings };
}

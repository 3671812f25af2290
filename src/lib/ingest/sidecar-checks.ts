/**
 * What a sidecar's fields must be beyond their shape: decoded like a source (UTF-8, else GB18030),
 * a county code that GB/T 2260 knows and that lies in the stated province, dates that exist in the
 * calendar, and a source URL a reader can follow (http or https, nothing else).
 */
import { decodeSource, type SourceEncoding } from './decode.ts';
import { IngestError } from './errors.ts';
import GB2260 from './gb2260-codes.json' with { type: 'json' };

const PROVINCES: Readonly<Record<string, string>> = GB2260.provinces;
const CODES: Readonly<Record<string, string>> = GB2260.codes;

/** Sidecar bytes → text, as sources are decoded; a sidecar in GB18030 is read, and said so. */
export function decodeSidecar(path: string, bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    if (decoded.problem === 'empty') return { text: '', encoding: 'utf-8' };
    throw new IngestError(path, `the sidecar is not text: ${decoded.detail}`, 're-save the .yaml as UTF-8');
  }
  return { text: decoded.text, encoding: decoded.encoding };
}

/** The province part of a name: 山西省 → 山西, 广西壮族自治区 → 广西, 北京市 → 北京. */
const provinceStem = (name: string) => name.replace(/(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$/, '').replace(/(壮族|回族|维吾尔)$/, '');

/**
 * The code's province must exist and be the one the sidecar names; a code GB/T 2260 does not list
 * is accepted with a warning (a code newer than the bundled list), never silently.
 */
export function checkCountyCode(path: string, code: string, province: string): string | null {
  const prefix = code.slice(0, 2);
  const codeProvince = PROVINCES[prefix];
  if (!codeProvince) {
    throw new IngestError(path, `county_code "${code}" is no GB/T 2260 code: no province has the code ${prefix}`, `look the county up in the GB/T 2260 list (山西省 codes start with 14, e.g. 140107)`);
  }
  if (provinceStem(codeProvince) !== provinceStem(province.trim())) {
    throw new IngestError(path, `county_code "${code}" is in ${codeProvince}, but the sidecar says province: ${province}`, `correct county_code or province (${codeProvince} codes start with ${prefix})`);
  }
  if (!CODES[code]) return `${path}: county_code "${code}" is not in the bundled GB/T 2260 list (2002–2016 revisions and the current list); check it`;
  return null;
}

/** A code's name in GB/T 2260 (the latest one), or null. */
export function nameOfCode(code: string): string | null {
  return CODES[code] ?? null;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** '' or a date that exists: 2023-02-29 and 2023-13-40 are refused. */
export function checkDate(path: string, field: string, value: unknown): void {
  if (value === undefined || value === null || value === '') return;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new IngestError(path, `${field} "${text}" is not a date`, `write it as "2023-05-31", or "" where unknown`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) {
    throw new IngestError(path, `${field} "${text}" is not a date in the calendar`, `check it against the document; "" where unknown`);
  }
}

/** '' or an http(s) address: javascript:, data:, file: and relative addresses are refused. */
export function checkSourceUrl(path: string, value: unknown): void {
  if (value === undefined || value === null || value === '') return;
  const text = String(value).trim();
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new IngestError(path, `source_url "${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is not an http(s) address`, 'give the official page as https://… or http://…, or "" where unknown');
  }
}

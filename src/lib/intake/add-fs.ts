/**
 * `npm run add`: a document a county published → a source in content/sources with a drafted sidecar,
 * then the ingest. The file is copied byte for byte under a name of the sources' pattern
 * (<next number>_<first 16 hex digits of its SHA-256>.<ext>); the same file twice is refused.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { IngestError } from '../ingest/errors.ts';
import { PLAN_TYPE_EN } from '../ingest/types.ts';
import { sourceText } from '../ingest/ingest.ts';
import { SOURCE_FILE } from './formats.ts';
import { readDocumentFacts, type DocumentFacts } from './document-facts.ts';
import { draftSidecar } from './sidecar-draft.ts';
import { decodeSource } from '../ingest/decode.ts';
import { readSiteName, type SiteName } from '../html/site-name.ts';

export interface AddOptions {
  file: string;
  url: string | null;
  sourcesDir: string;
  today: string;
}

export interface AddOutcome {
  sourcePath: string;
  sidecarPath: string;
  facts: DocumentFacts;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export function addSource({ file, url, sourcesDir, today }: AddOptions): AddOutcome {
  if (!existsSync(file)) throw new IngestError(file, 'no such file', 'give the path of the downloaded document or saved page');
  if (!SOURCE_FILE.test(file)) throw new IngestError(file, `a ${extname(file) || 'file without extension'} cannot be added`, 'add a .docx, .doc, .pdf, a saved .html page or a .txt');
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw new IngestError(`--url ${url}`, 'not a web address', 'give the official address as it appears in the browser, starting with http:// or https://');
  if (!existsSync(sourcesDir)) throw new IngestError(sourcesDir, 'the sources directory does not exist', 'run npm run add from the project folder');
  const bytes = readFileSync(file);
  const hash = digest(bytes);
  const names = readdirSync(sourcesDir);
  const twin = names.find((n) => SOURCE_FILE.test(n) && (n.includes(hash) || readFileSync(join(sourcesDir, n)).equals(bytes)));
  if (twin) throw new IngestError(file, `already added as ${join(sourcesDir, twin)}`, 'edit that source\'s .yaml instead');
  const next = Math.max(-1, ...names.map((n) => Number(/^(\d+)_/.exec(n)?.[1] ?? -1))) + 1;
  const name = `${String(next).padStart(3, '0')}_${hash}${extname(file).toLowerCase()}`;
  const sourcePath = join(sourcesDir, name);
  // Read before copying: a document the readers refuse is not added at all.
  const { text } = sourceText({ name, path: file, bytes });
  const facts = readDocumentFacts(text);
  refuseKnownPlans(file, facts, sourcesDir, names);
  const sidecarPath = sourcePath.replace(SOURCE_FILE, '.yaml');
  copyFileSync(file, sourcePath);
  writeFileSync(sidecarPath, draftSidecar({ facts, url, original: basename(file), today, site: siteNameOf(name, bytes) }));
  return { sourcePath, sidecarPath, facts };
}

/** The site's name where a saved page states it; a Word or PDF document states none. */
function siteNameOf(name: string, bytes: Uint8Array): SiteName | null {
  if (!/\.html?$/i.test(name)) return null;
  const decoded = decodeSource(bytes);
  return decoded.ok ? readSiteName(decoded.text) : null;
}

/** A plan the corpus already holds (same code, same type) is not added a second time from another file. */
function refuseKnownPlans(file: string, facts: DocumentFacts, sourcesDir: string, names: readonly string[]): void {
  const code = facts.division?.value.code;
  if (!code || !facts.plans) return;
  for (const yaml of names.filter((n) => n.endsWith('.yaml'))) {
    let sidecar: { county_code?: unknown; plans?: unknown };
    try {
      sidecar = parse(readFileSync(join(sourcesDir, yaml), 'utf8')) ?? {};
    } catch {
      continue; // a broken sidecar is the ingest's to report
    }
    const plans = Array.isArray(sidecar.plans) ? sidecar.plans : [];
    const shared = facts.plans.value.filter((t) => plans.includes(t));
    if (String(sidecar.county_code) === code && shared.length) {
      const source = names.find((n) => n !== yaml && n.replace(SOURCE_FILE, '.yaml') === yaml) ?? yaml;
      const what = `the ${shared.map((t) => PLAN_TYPE_EN[t]).join(' and ')} plan${shared.length > 1 ? 's' : ''} of ${facts.division!.value.name} (${code}) ${shared.length > 1 ? 'are' : 'is'}`;
      throw new IngestError(file, `${what} already in ${join(sourcesDir, source)}`, 'if this document replaces it, delete that source and its .yaml first');
    }
  }
}

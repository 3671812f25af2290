/**
 * The disk side of the ingest: reads every <sources>/*.{txt,html,htm,docx,pdf,doc,wps} with its .yaml, ingests
 * them all, and only when every source passed writes <plans>/<id>.md and the report.
 * Files edited by hand are kept unless named with --force. Nothing is destroyed by accident:
 * no sources, or sources in subfolders, stop the ingest before anything is written or deleted,
 * and a generated plan is deleted only when no source holds it any more.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { IngestError } from './errors.ts';
import { ingestSource, type SourceResult } from './ingest.ts';
import { readSidecarWithWarnings } from './sidecar.ts';
import { checkPlansUnique, decideWrites, type FileDecision } from './plan-set.ts';
import { buildReport, reportToJson, type IngestReport } from './report.ts';
import { checkKeptPlan } from './kept-plan.ts';
import { SOURCE_FILE as SOURCE } from '../intake/formats.ts';
import { openIngestCache, type IngestCache, type IngestCacheStats } from './ingest-cache-fs.ts';

export interface IngestOptions {
  /** Directory of raw sources, as the user names it (content/sources). */
  sourcesDir: string;
  /** Directory the plan files go into (content/plans). */
  plansDir: string;
  /** Where the report goes (content/ingest-report.json). */
  reportPath: string;
  /** Plan ids to regenerate even though they were edited by hand. */
  force?: readonly string[];
  /**
   * Reads one plan as written and returns the numbers it could not interpret (target extraction
   * does this, src/lib/targets/unread-fs.ts); they go into the report. Passed in so the ingest
   * stays independent of it.
   */
  unreadNumbersOf?: (plan: { id: string; content: string }) => string[];
  /**
   * Reads one plan as written and returns its domain headings the search's 领域 dictionary does
   * not map (src/lib/search/domains-fs.ts); they go into the report, passed in likewise.
   */
  unmappedDomainsOf?: (plan: { id: string; content: string }) => IngestReport['unmapped_domains'];
  /**
   * Where each source's and each plan's results are kept between runs (ingest-cache-fs.ts); every
   * result is computed when absent.
   */
  cacheDir?: string;
}

export interface IngestOutcome {
  results: SourceResult[];
  decisions: FileDecision[];
  report: IngestReport;
  reportPath: string;
  reportChanged: boolean;
  planFile: (id: string) => string;
  /** Results read back from the cache and computed, by kind; null without a cache. */
  cache: IngestCacheStats | null;
}

/** A file-system error as the problem half of one line: "permission denied (EACCES)". */
function fsProblem(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const what: Record<string, string> = {
    ENOENT: 'does not exist', EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'is a directory, not a file',
    ENOTDIR: 'a part of the path is not a directory', EEXIST: 'a file of that name is in the way', EROFS: 'the file system is read-only', ENOSPC: 'the disk is full', ELOOP: 'a loop of symbolic links',
  };
  return e.code ? `${what[e.code] ?? e.message.split('\n')[0]} (${e.code})` : String(e?.message ?? e).split('\n')[0]!;
}

/** Runs a file-system step, turning its error into one line about `path`. */
function onDisk<T>(path: string, doing: string, fix: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(path, `cannot ${doing}: ${fsProblem(error)}`, fix);
  }
}

/** Folders inside the sources directory that hold sources (the ingest reads only the top level). */
function subfoldersWithSources(dir: string, entries: readonly Dirent[]): string[] {
  return entries.filter((e) => e.isDirectory() && !SOURCE.test(e.name) && !e.name.endsWith('.yaml')).flatMap((e) => {
    const names = onDisk(join(dir, e.name), 'read the folder', 'check its permissions', () => readdirSync(join(dir, e.name), { recursive: true }) as string[]);
    return names.some((n) => SOURCE.test(n)) ? [`${e.name}/`] : [];
  });
}

/** The source files of the directory, each a readable regular file; refuses anything else with one line. */
function listSources(sourcesDir: string): string[] {
  if (!existsSync(sourcesDir)) throw new IngestError(sourcesDir, 'the sources directory does not exist', 'pass --sources <dir> or create content/sources');
  const info = onDisk(sourcesDir, 'read the sources directory', 'check the path and its permissions', () => statSync(sourcesDir));
  if (!info.isDirectory()) throw new IngestError(sourcesDir, 'is a file, not the directory of sources', 'pass --sources <dir>, the folder that holds the .txt/.html sources and their .yaml');
  const entries = onDisk(sourcesDir, 'read the sources directory', 'check its permissions', () => readdirSync(sourcesDir, { withFileTypes: true }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nested = subfoldersWithSources(sourcesDir, entries);
  if (nested.length) {
    throw new IngestError(sourcesDir, `sources are in subfolders (${nested.join(', ')}), and the ingest reads only files directly in this directory; nothing was written or deleted`, `move the sources and their .yaml up into ${sourcesDir}`);
  }
  for (const entry of entries) {
    if (!SOURCE.test(entry.name) && !entry.name.endsWith('.yaml')) continue;
    const path = join(sourcesDir, entry.name);
    const stat = onDisk(path, 'read it', 'replace the link with the file itself, or remove it', () => statSync(path));
    if (!stat.isFile()) throw new IngestError(path, 'is a directory, not a file', `a source and its sidecar are files; rename or remove the folder ${entry.name}`);
  }
  const sources = entries.map((e) => e.name).filter((n) => SOURCE.test(n));
  if (sources.length === 0) {
    throw new IngestError(sourcesDir, 'no sources (.txt, .html, .docx, .pdf, .doc) in this directory; nothing was written or deleted', 'put the raw documents and their .yaml sidecars directly in it, or pass --sources <dir>');
  }
  const stems = new Set(sources.map((n) => n.replace(SOURCE, '')));
  for (const yaml of entries.map((e) => e.name).filter((n) => n.endsWith('.yaml'))) {
    if (!stems.has(yaml.replace(/\.yaml$/, ''))) {
      throw new IngestError(join(sourcesDir, yaml), 'a sidecar without a source next to it', `add ${yaml.replace(/\.yaml$/, '.txt')} or delete the .yaml`);
    }
  }
  return sources;
}

function readSources(sourcesDir: string, cache: IngestCache | null): SourceResult[] {
  return listSources(sourcesDir).map((name) => {
    const path = join(sourcesDir, name);
    const sidecarPath = path.replace(SOURCE, '.yaml');
    const sidecarBytes = existsSync(sidecarPath) ? onDisk(sidecarPath, 'read the sidecar', 'check its permissions', () => readFileSync(sidecarPath)) : null;
    const bytes = onDisk(path, 'read the source', 'check its permissions', () => readFileSync(path));
    const ingest = () => {
      const { sidecar, warnings } = readSidecarWithWarnings(sidecarPath, sidecarBytes);
      return ingestSource({ name, path, bytes, sidecar, sidecarWarnings: warnings });
    };
    return cache ? cache.through('source', [path, bytes, sidecarBytes], ingest) : ingest();
  });
}

function readExistingPlans(plansDir: string): Map<string, string> {
  const existing = new Map<string, string>();
  if (!existsSync(plansDir)) return existing;
  const fix = 'check the path and its permissions, or pass --out <dir>';
  if (!onDisk(plansDir, 'read the plans directory', fix, () => statSync(plansDir)).isDirectory()) {
    throw new IngestError(plansDir, 'is a file, not the directory of plans', 'pass --out <dir>, a folder for the plan files');
  }
  for (const name of onDisk(plansDir, 'read the plans directory', fix, () => readdirSync(plansDir)).sort()) {
    const path = join(plansDir, name);
    if (name.endsWith('.md')) existing.set(name.replace(/\.md$/, ''), onDisk(path, 'read the plan file', 'check its permissions', () => readFileSync(path, 'utf8')));
  }
  return existing;
}

/** Before the first write: both destinations can be written, so a run never stops half-way. */
function checkWritable(plansDir: string, reportPath: string): void {
  const fix = 'check the path and its permissions, or pass another one';
  for (const dir of [plansDir, dirname(reportPath)]) {
    onDisk(dir, 'create the directory', fix, () => mkdirSync(dir, { recursive: true }));
    onDisk(dir, 'write into the directory', fix, () => accessSync(dir, constants.W_OK));
  }
  if (existsSync(reportPath)) {
    if (statSync(reportPath).isDirectory()) throw new IngestError(reportPath, 'the report path is a directory', 'pass --report <file>, a file name');
    onDisk(reportPath, 'write the report', fix, () => accessSync(reportPath, constants.W_OK));
  }
}

/** Validates everything first; throws IngestError before writing anything. */
export function runIngest(options: IngestOptions): IngestOutcome {
  const cache = options.cacheDir ? openIngestCache(options.cacheDir) : null;
  const results = readSources(options.sourcesDir, cache);
  checkPlansUnique(results.map((r) => ({ path: join(options.sourcesDir, r.report.file), planIds: r.plans.map((p) => p.id) })));
  const planned = results.flatMap((r) => r.plans);
  const force = new Set(options.force ?? []);
  for (const id of force) {
    if (!planned.some((p) => p.id === id)) {
      throw new IngestError(`--force ${id}`, 'no source holds a plan with this id', `plan ids look like 140107-women; these exist: ${planned.map((p) => p.id).join(', ')}`);
    }
  }

  const { plansDir, reportPath } = options;
  const planFile = (id: string) => join(plansDir, `${id}.md`);
  const existing = readExistingPlans(plansDir);
  const decisions = decideWrites(planned, existing, force);
  for (const d of decisions) if (d.action === 'keep-hand-edit' || d.action === 'keep-stale') checkKeptPlan(planFile(d.id), d.id, existing.get(d.id)!);
  const perPlan = <T>(kind: string, read: ((plan: { id: string; content: string }) => T[]) | undefined): T[] => {
    if (!read) return [];
    return planned.flatMap(({ id, content }) => (cache ? cache.through(kind, [id, content], () => read({ id, content })) : read({ id, content })));
  };
  const unread = perPlan('unread', options.unreadNumbersOf);
  const unmapped = perPlan('domains', options.unmappedDomainsOf);
  const report = buildReport(results.map((r) => r.report), decisions, planFile, unread, unmapped);

  checkWritable(plansDir, reportPath);
  const content = new Map(planned.map((p) => [p.id, p.content]));
  const fix = 'check the path and its permissions; run the ingest again once it is fixed';
  for (const { id, action } of decisions) {
    if (action === 'create' || action === 'update' || action === 'force') onDisk(planFile(id), 'write the plan file', fix, () => writeFileSync(planFile(id), content.get(id)!));
    if (action === 'delete-stale') onDisk(planFile(id), 'remove the obsolete plan file', fix, () => rmSync(planFile(id)));
  }
  const json = reportToJson(report);
  const reportChanged = !existsSync(reportPath) || readFileSync(reportPath, 'utf8') !== json;
  if (reportChanged) onDisk(reportPath, 'write the report', fix, () => writeFileSync(reportPath, json));
  cache?.prune();
  return { results, decisions, report, reportPath, reportChanged, planFile, cache: cache?.stats ?? null };
}

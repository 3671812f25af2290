/**
 * The disk side of the ingest: reads every <sources>/*.{txt,html,htm,docx,pdf,doc,wps} with its .yaml, ingests
 * them all, and only when every source passed writes <plans>/<id>.md and the report.
 * Files edited by hand are kept unless named with --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IngestError } from './errors.ts';
import { ingestSource, type SourceResult } from './ingest.ts';
import { readSidecar } from './sidecar.ts';
import { checkPlansUnique, decideWrites, type FileDecision } from './plan-set.ts';
import { buildReport, reportToJson, type IngestReport } from './report.ts';
import { SOURCE_FILE as SOURCE } from '../intake/formats.ts';

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
   * Reads the plans as written and returns the numbers it could not interpret (target
   * extraction does this); they go into the report. Passed in so the ingest stays independent of it.
   */
  findUnreadNumbers?: (plans: readonly { id: string; content: string }[]) => string[];
}

export interface IngestOutcome {
  results: SourceResult[];
  decisions: FileDecision[];
  report: IngestReport;
  reportPath: string;
  reportChanged: boolean;
  planFile: (id: string) => string;
}

function readSources(sourcesDir: string): SourceResult[] {
  if (!existsSync(sourcesDir)) throw new IngestError(sourcesDir, 'the sources directory does not exist', 'pass --sources <dir> or create content/sources');
  const names = readdirSync(sourcesDir).sort();
  const sources = names.filter((n) => SOURCE.test(n));
  const stems = new Set(sources.map((n) => n.replace(SOURCE, '')));
  for (const yaml of names.filter((n) => n.endsWith('.yaml'))) {
    if (!stems.has(yaml.replace(/\.yaml$/, ''))) {
      throw new IngestError(join(sourcesDir, yaml), 'a sidecar without a source next to it', `add ${yaml.replace(/\.yaml$/, '.txt')} or delete the .yaml`);
    }
  }
  return sources.map((name) => {
    const path = join(sourcesDir, name);
    const sidecarPath = path.replace(SOURCE, '.yaml');
    const sidecar = readSidecar(sidecarPath, existsSync(sidecarPath) ? readFileSync(sidecarPath, 'utf8') : null);
    return ingestSource({ name, path, bytes: readFileSync(path), sidecar });
  });
}

function readExistingPlans(plansDir: string): Map<string, string> {
  const existing = new Map<string, string>();
  if (!existsSync(plansDir)) return existing;
  for (const name of readdirSync(plansDir).sort()) {
    if (name.endsWith('.md')) existing.set(name.replace(/\.md$/, ''), readFileSync(join(plansDir, name), 'utf8'));
  }
  return existing;
}

/** Validates everything first; throws IngestError before writing anything. */
export function runIngest(options: IngestOptions): IngestOutcome {
  const results = readSources(options.sourcesDir);
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
  const decisions = decideWrites(planned, readExistingPlans(plansDir), force);
  const unread = options.findUnreadNumbers?.(planned.map((p) => ({ id: p.id, content: p.content }))) ?? [];
  const report = buildReport(results.map((r) => r.report), decisions, planFile, unread);

  mkdirSync(plansDir, { recursive: true });
  mkdirSync(dirname(reportPath), { recursive: true });
  const content = new Map(planned.map((p) => [p.id, p.content]));
  for (const { id, action } of decisions) {
    if (action === 'create' || action === 'update' || action === 'force') writeFileSync(planFile(id), content.get(id)!);
    if (action === 'delete-stale') rmSync(planFile(id));
  }
  const json = reportToJson(report);
  const reportChanged = !existsSync(reportPath) || readFileSync(reportPath, 'utf8') !== json;
  if (reportChanged) writeFileSync(reportPath, json);
  return { results, decisions, report, reportPath, reportChanged, planFile };
}

/**
 * The derived data of one plan type on disk, in a directory named by the digest of what it was
 * derived from: the type's plans (alignInputOf) and the code that derives it (the worker and
 * every module it imports, and the locked library versions). An unchanged type is read back instead of aligned again; a changed plan, or a
 * changed alignment rule, gives a new digest and a new directory.
 *
 *   <root>/<type>-<digest>/clusters.jsonl  shared clauses (ClauseClusterRecord), one per line
 *   <root>/<type>-<digest>/similar.jsonl   [planId, SimilarPlan[]], one plan per line
 *   <root>/<type>-<digest>/plans/<id>.json DerivedPlan
 *   <root>/<type>-<digest>/keys.jsonl      [planId, alignment key], one plan per line
 *
 * A changed plan changes its type's digest, but not most plans' alignments: each plan's alignment
 * is keyed by what it is computed from (alignment-key.ts), and one whose key is the same in the
 * type's previous directory is copied from there instead of aligned again.
 *
 * A directory appears complete or not at all (written beside, then renamed). Lists are written and
 * read a line at a time: at every county in China a whole list is more text than one string holds.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanType } from '../plan/schema.ts';
import { codeDigestOf, codeFilesOf } from './code-digest-fs.ts';
import { deriveType, type DerivedPlan, type StoredAlignments } from './derive-type.ts';
import type { AlignPlanInput } from './prepare.ts';
import type { ClauseClusterRecord } from './reuse-schema.ts';
import type { SimilarPlan } from './similar-plans.ts';

/** The code that derives the data: the worker the build starts and every module it imports. */
const WORKER_ENTRY = 'src/lib/align/derive-worker-fs.ts';

/** Every project file the worker runs, found by following its relative imports (tests and the browser's code are not among them). */
export const derivingFiles = (root = process.cwd()): string[] => codeFilesOf(WORKER_ENTRY, root);

/** Digest of the deriving code, read from the project's source (the build runs in the project root). */
const codeVersion = (): string => codeDigestOf(WORKER_ENTRY);

/** The directory name for a type's plans: `<type>-<digest of inputs and code>`. */
export function derivedName(type: PlanType, inputs: readonly AlignPlanInput[]): string {
  const hash = createHash('sha256').update(codeVersion());
  for (const input of [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update('\u0000').update(JSON.stringify(input));
  return `${type}-${hash.digest('hex').slice(0, 24)}`;
}

const KEYS_FILE = 'keys.jsonl';

/** The alignments of an earlier directory of the type, by plan and key; none when it has no keys. */
function storedIn(previous: string | null): StoredAlignments {
  const keys = new Map(previous && existsSync(join(previous, KEYS_FILE)) ? readLines<[string, string]>(join(previous, KEYS_FILE)) : []);
  return { code: codeVersion(), find: (planId, key) => (keys.get(planId) === key ? readDerivedPlan(previous!, planId).detail : null) };
}

export interface WriteReport {
  /** Plans aligned, and plans whose alignment was copied from the previous directory. */
  aligned: number;
  reused: number;
}

/**
 * Derives a type's data and writes it to `dir` (which must not exist yet); `previous`, an earlier
 * directory of the same type, lends the alignments whose keys have not changed.
 */
export function writeDerived(dir: string, type: PlanType, inputs: readonly AlignPlanInput[], previous: string | null = null): WriteReport {
  const scratch = `${dir}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(join(scratch, 'plans'), { recursive: true });
  const report: WriteReport = { aligned: 0, reused: 0 };
  try {
    const derived = deriveType(type, inputs, storedIn(previous));
    const keys: [string, string][] = [];
    for (const { derived: plan, key, reused } of derived.plans) {
      writeFileSync(join(scratch, 'plans', `${plan.detail.plan}.json`), JSON.stringify(plan));
      if (key) keys.push([plan.detail.plan, key]);
      report[reused ? 'reused' : 'aligned']++;
    }
    writeLines(join(scratch, KEYS_FILE), keys);
    writeLines(join(scratch, 'similar.jsonl'), Object.entries(derived.similar));
    writeLines(join(scratch, 'clusters.jsonl'), derived.clusters);
    if (existsSync(dir)) rmSync(scratch, { recursive: true, force: true }); // another build wrote the same data first
    else renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return report;
}

/** The most recently written complete directory of the type under root, other than `except`; null when none. */
export function previousDerived(root: string, type: PlanType, except: string): string | null {
  if (!existsSync(root)) return null;
  const dirs = readdirSync(root)
    .filter((name) => name.startsWith(`${type}-`) && name !== except && !name.includes('.partial-'))
    .map((name) => ({ dir: join(root, name), at: statSync(join(root, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  return dirs[0]?.dir ?? null;
}

/** Removes every derived directory under root except those named. */
export function pruneDerived(root: string, keep: readonly string[]): void {
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) if (!keep.includes(name) && !name.includes('.partial-')) rmSync(join(root, name), { recursive: true, force: true });
}

export function readDerivedPlan(dir: string, planId: string): DerivedPlan {
  return JSON.parse(readFileSync(join(dir, 'plans', `${planId}.json`), 'utf8')) as DerivedPlan;
}

export function readSimilar(dir: string): Record<string, SimilarPlan[]> {
  return Object.fromEntries(readLines<[string, SimilarPlan[]]>(join(dir, 'similar.jsonl')));
}

export function readClusters(dir: string): ClauseClusterRecord[] {
  return readLines<ClauseClusterRecord>(join(dir, 'clusters.jsonl'));
}

/** Writes one JSON record per line. */
export function writeLines(file: string, records: Iterable<unknown>): void {
  const fd = openSync(file, 'w');
  try {
    for (const record of records) writeSync(fd, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Reads one JSON record per line, decoding a line at a time (the file may be larger than a string). */
export function readLines<T>(file: string): T[] {
  const bytes = readFileSync(file);
  const out: T[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    if (end > start) out.push(JSON.parse(bytes.toString('utf8', start, end)) as T);
    start = end + 1;
  }
  return out;
}

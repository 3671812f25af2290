/**
 * Decisions over the whole set of sources and plan files, made before anything is written:
 * no plan claimed twice, and which files to create, update, keep (edited by hand) or delete.
 */
import { IngestError } from './errors.ts';
import { isUntouched } from '../plan/plan-file.ts';

/** Refuses two sources that hold the same plan (same county code and type). */
export function checkPlansUnique(sources: readonly { path: string; planIds: readonly string[] }[]): void {
  const owner = new Map<string, string>();
  for (const source of sources) {
    for (const id of source.planIds) {
      const first = owner.get(id);
      if (first) {
        throw new IngestError(source.path, `plan ${id} is also in ${first}`, 'one source per plan: remove one of the two, or correct county_code or plans in its .yaml');
      }
      owner.set(id, source.path);
    }
  }
}

export type FileAction =
  | 'create'
  | 'update'
  | 'unchanged'
  /** Edited by hand since it was generated: left as it is. */
  | 'keep-hand-edit'
  /** Edited by hand, regenerated because --force named it. */
  | 'force'
  /** Generated earlier for a plan no source holds any more, untouched: removed. */
  | 'delete-stale'
  /** No source holds this plan, but the file was edited by hand (or not generated at all): left as it is. */
  | 'keep-stale';

export interface FileDecision {
  id: string;
  action: FileAction;
  /** delete-stale: the source the file was generated from, which no longer holds this plan. */
  source?: string;
}

/** The source a generated plan file names in its front matter (source_file), or null. */
export function sourceFileOf(content: string): string | null {
  return /^source_file: *["']?([^"'\n]+?)["']? *$/m.exec(content.slice(0, content.indexOf('\n---', 3) + 1 || undefined))?.[1] ?? null;
}

/** What to do with each plan file, given the new contents and the files on disk (id → content). */
export function decideWrites(
  planned: readonly { id: string; content: string }[],
  existing: ReadonlyMap<string, string>,
  force: ReadonlySet<string>,
): FileDecision[] {
  const decisions: FileDecision[] = planned.map(({ id, content }) => {
    const current = existing.get(id);
    if (current === undefined) return { id, action: 'create' };
    if (current === content) return { id, action: 'unchanged' };
    if (isUntouched(current)) return { id, action: 'update' };
    return { id, action: force.has(id) ? 'force' : 'keep-hand-edit' };
  });
  const ids = new Set(planned.map((p) => p.id));
  for (const [id, content] of [...existing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (ids.has(id)) continue;
    const source = sourceFileOf(content);
    decisions.push(isUntouched(content) && source ? { id, action: 'delete-stale', source } : { id, action: 'keep-stale' });
  }
  return decisions;
}

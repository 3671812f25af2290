/** Reads what a release is made of from disk and git: the raw sources' checksums and the commit. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SourceFacts, VersionFacts } from './release.ts';

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The commit being built; all null when git or the repository is unavailable (e.g. a source tarball). */
export function readVersionFacts(cwd: string, env: NodeJS.ProcessEnv = process.env): VersionFacts {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const sourceDateEpoch = env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? epoch : null;
  const head = git(['log', '-1', '--format=%H %ct'], cwd);
  const m = head ? /^([0-9a-f]{40}) (\d+)$/.exec(head) : null;
  if (!m) return { commit: null, commitTime: null, modified: false, sourceDateEpoch };
  const status = git(['status', '--porcelain', '--untracked-files=no'], cwd);
  return { commit: m[1]!, commitTime: Number(m[2]), modified: Boolean(status), sourceDateEpoch };
}

/**
 * Where the raw sources of a plans directory are: SOURCES_DIR, else the `sources` directory
 * beside the plans (content/plans → content/sources; the benchmark's corpora are laid out alike).
 */
export function sourcesDirOf(plansDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SOURCES_DIR ?? join(dirname(resolve(plansDir)), 'sources'));
}

export interface SourceFileFacts { sha256: string | null; bytes: number | null }

/** SHA-256 and size of a raw source file's bytes; nulls when it is not there. */
export function readSourceFile(sourcesDir: string, file: string): SourceFileFacts {
  const path = join(sourcesDir, file);
  if (!existsSync(path)) return { sha256: null, bytes: null };
  const bytes = readFileSync(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

export type { SourceFacts };

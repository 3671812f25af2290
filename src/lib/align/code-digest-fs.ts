/**
 * What a worker thread runs, and its digest: the worker's file and every project module it
 * imports (followed by their relative imports), plus the locked library versions. Stores of
 * derived data are named by it, so a changed rule gives a new name and old results are not read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const LOCK_FILE = 'package-lock.json';
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+\.ts)['"]/gm;

/** Every project file `entry` runs (paths from the project root), by following its relative imports. */
export function codeFilesOf(entry: string, root = process.cwd()): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(LOCAL_IMPORT)) visit(posix.join(posix.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

const digests = new Map<string, string>();

/** Digest of the code `entry` runs and of the lock file, computed once per process. */
export function codeDigestOf(entry: string, root = process.cwd()): string {
  const known = digests.get(`${root}\u0000${entry}`);
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of codeFilesOf(entry, root)) hash.update(`${file}\u0000`).update(readFileSync(join(root, file))).update('\u0000');
  if (existsSync(join(root, LOCK_FILE))) hash.update(readFileSync(join(root, LOCK_FILE)));
  const digest = hash.digest('hex');
  digests.set(`${root}\u0000${entry}`, digest);
  return digest;
}

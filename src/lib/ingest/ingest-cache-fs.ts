/**
 * What the ingest computed for each source and each plan, kept on disk between runs, so that a run
 * after one source changed reads every other result back instead of computing it again (at 6,000
 * plans the ingest takes about nine minutes, nearly all of it in these results).
 *
 * A result is stored under the digest of everything it is computed from: its inputs as the caller
 * names them (a source's path, bytes and sidecar bytes; a plan's id and text) and `ingestCodeDigest`,
 * every file under src/lib (code and data files alike), scripts/ingest.ts, the dictionaries in
 * content/*.yaml and the lock file. Any change to one of them is another key, so a stale result is
 * never read. An entry that cannot be read back is computed again and rewritten; entries a run did
 * not use are removed at its end (`prune`), so the directory holds the last corpus's results only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let codeDigest: string | undefined;

/** Digest of the code and data the ingest's results depend on (see above), computed once per process. */
export function ingestCodeDigest(contentRoot = process.cwd()): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  const files = [
    ...filesUnder(join(PROJECT_ROOT, 'src', 'lib')),
    join(PROJECT_ROOT, 'scripts', 'ingest.ts'),
    join(PROJECT_ROOT, 'package-lock.json'),
    ...filesUnder(join(contentRoot, 'content')).filter((f) => relative(join(contentRoot, 'content'), f).match(/^[^/]+\.yaml$/)),
  ];
  for (const file of files) if (existsSync(file)) hash.update(`${relative(PROJECT_ROOT, file)}\u0000`).update(readFileSync(file)).update('\u0000');
  codeDigest = hash.digest('hex');
  return codeDigest;
}

export interface IngestCacheStats {
  /** Results read back, by kind ("source", "unread", "domains"). */
  hits: Record<string, number>;
  /** Results computed (and stored), by kind. */
  misses: Record<string, number>;
}

export interface IngestCache {
  /** The stored result for `inputs`, or `compute()`'s, stored for the next run. */
  through<T>(kind: string, inputs: readonly (string | Uint8Array | null)[], compute: () => T): T;
  /** Removes every entry this run did not read or write. */
  prune(): void;
  stats: IngestCacheStats;
}

/** A cache in `dir` (created when absent). `digest` defaults to `ingestCodeDigest()`. */
export function openIngestCache(dir: string, digest: string = ingestCodeDigest()): IngestCache {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  const stats: IngestCacheStats = { hits: {}, misses: {} };
  const count = (table: Record<string, number>, kind: string) => {
    table[kind] = (table[kind] ?? 0) + 1;
  };
  return {
    stats,
    through<T>(kind: string, inputs: readonly (string | Uint8Array | null)[], compute: () => T): T {
      const hash = createHash('sha256').update(digest).update(`\u0000${kind}`);
      for (const input of inputs) hash.update(input === null ? '\u0001null' : typeof input === 'string' ? `\u0001s${input}` : Buffer.concat([Buffer.from('\u0001b'), input]));
      const name = `${kind}-${hash.digest('hex')}.json.gz`;
      const file = join(dir, name);
      used.add(name);
      if (existsSync(file)) {
        try {
          const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { value: T };
          count(stats.hits, kind);
          return stored.value;
        } catch {
          // Unreadable (a run stopped while writing it, or edited): computed again below.
        }
      }
      const value = compute();
      const temporary = `${file}.${process.pid}.tmp`;
      // Gzipped: a source's result holds its text and its plans' (about 220 KB a plan as JSON, 2.5 × less gzipped).
      writeFileSync(temporary, gzipSync(JSON.stringify({ value }), { level: 1 }));
      renameSync(temporary, file);
      count(stats.misses, kind);
      return value;
    },
    prune(): void {
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true, recursive: true });
    },
  };
}

/**
 * The data release a build publishes: which commit and which raw sources the downloads come
 * from, so a paper can name the release and anyone can check that a source has not changed.
 * The id is the commit's date and short hash (never the wall clock: two builds of one commit
 * are byte for byte the same). Without git, the date comes from SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) and the hash is the corpus checksum's first digits.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { PLAN_ID } from '../plan/id.ts';

export const SourceFactsSchema = z.object({
  /** File name under content/sources/. */
  file: z.string().min(1),
  /** SHA-256 of the file's bytes, hex; null if the file was not beside the plans at build time. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Size in bytes; null when the file was not found. */
  bytes: z.number().int().nonnegative().nullable(),
  /** The plans this file holds (plan ids). */
  plans: z.array(z.string().regex(PLAN_ID)).min(1),
  /** From the file's sidecar: issuer, 文号, dates (ISO or ''), the site it was taken from and its official URL ('' where unknown). */
  issuer: z.string(),
  doc_number: z.string(),
  signed: z.string(),
  published: z.string(),
  source_site: z.string(),
  official_url: z.string(),
}).strict();
export type SourceFacts = z.output<typeof SourceFactsSchema>;

export const ReleaseSchema = z.object({
  /** "<date>-<short commit>", e.g. 2026-12-01-a1b2c3d; "+modified" when built from uncommitted changes. */
  id: z.string().min(1),
  /** Commit date (UTC), ISO; null when neither git nor SOURCE_DATE_EPOCH gives one. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Full commit hash; null without git. */
  commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  /** Uncommitted changes to tracked files at build time. */
  modified: z.boolean(),
  /** SHA-256 over the sorted "<sha256>  <file>" lines of every source: one number for the corpus. */
  corpus_sha256: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();
export type Release = z.output<typeof ReleaseSchema>;

export const SourcesFileSchema = z.object({
  release: ReleaseSchema,
  sources: z.array(SourceFactsSchema),
}).strict();

/** What git (or the environment) says about the tree being built. */
export interface VersionFacts {
  commit: string | null;
  /** Commit time, seconds since the epoch. */
  commitTime: number | null;
  modified: boolean;
  /** SOURCE_DATE_EPOCH, when set. */
  sourceDateEpoch: number | null;
}

/** Like `sha256sum`: one line per file, sorted by name, so the checksum is checkable by hand. */
export function corpusChecksum(sources: readonly Pick<SourceFacts, 'file' | 'sha256'>[]): string {
  const lines = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((s) => `${s.sha256 ?? 'missing'}  ${s.file}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex');
}

const isoDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

export function releaseOf(version: VersionFacts, corpusSha256: string): Release {
  const time = version.commitTime ?? version.sourceDateEpoch;
  const date = time === null ? null : isoDay(time);
  const hash = version.commit ? version.commit.slice(0, 7) : `src${corpusSha256.slice(0, 7)}`;
  const id = `${date ?? 'undated'}-${hash}${version.modified ? '+modified' : ''}`;
  return { id, date, commit: version.commit, modified: version.modified, corpus_sha256: corpusSha256 };
}

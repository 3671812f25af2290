import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { corpusChecksum, releaseOf, ReleaseSchema } from '../../../src/lib/data/release.ts';

const COMMIT = 'f9cce3b2d0af29ee47619c574d04690353c7a121';
// 2026-12-01T15:23:40Z
const TIME = Date.UTC(2026, 11, 1, 15, 23, 40) / 1000;

describe('the release id', () => {
  it('is the commit’s UTC date and short hash, never the wall clock', () => {
    const r = releaseOf({ commit: COMMIT, commitTime: TIME, modified: false, sourceDateEpoch: null }, 'a'.repeat(64));
    expect(r.id).toBe('2026-12-01-f9cce3b');
    expect(ReleaseSchema.parse(r)).toEqual(r);
  });

  it('says so when built from uncommitted changes', () => {
    expect(releaseOf({ commit: COMMIT, commitTime: TIME, modified: true, sourceDateEpoch: null }, 'a'.repeat(64)).id).toBe('2026-12-01-f9cce3b+modified');
  });

  it('without git, takes the date from SOURCE_DATE_EPOCH and the corpus checksum for the hash', () => {
    const r = releaseOf({ commit: null, commitTime: null, modified: false, sourceDateEpoch: TIME }, `0123abc${'f'.repeat(57)}`);
    expect(r).toMatchObject({ id: '2026-12-01-src0123abc', date: '2026-12-01', commit: null });
    expect(releaseOf({ commit: null, commitTime: null, modified: false, sourceDateEpoch: null }, `0123abc${'f'.repeat(57)}`).id).toBe('undated-src0123abc');
  });
});

describe('the corpus checksum', () => {
  it('is the SHA-256 of sha256sum’s output for the sources, sorted by name', () => {
    const a = { file: 'b.txt', sha256: '1'.repeat(64) };
    const b = { file: 'a.txt', sha256: '2'.repeat(64) };
    const expected = createHash('sha256').update(`${'2'.repeat(64)}  a.txt\n${'1'.repeat(64)}  b.txt\n`).digest('hex');
    expect(corpusChecksum([a, b])).toBe(expected);
    expect(corpusChecksum([b, a])).toBe(expected);
  });
});

describe('reading the version outside a repository', () => {
  it('gives no commit, and the date from SOURCE_DATE_EPOCH', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readVersionFacts } = await import('../../../src/lib/data/release-fs.ts');
    const dir = mkdtempSync(join(tmpdir(), 'liangui-nogit-'));
    try {
      expect(readVersionFacts(dir, { SOURCE_DATE_EPOCH: String(TIME) })).toEqual({ commit: null, commitTime: null, modified: false, sourceDateEpoch: TIME });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A benchmark run of some sizes keeps the other sizes' earlier columns in the report, labelled with their date. */
import { describe, expect, it } from 'vitest';
import { carryOverColumns } from '../../../src/lib/bench/report.ts';

const previous = [
  'Latest run: commit 172e4fe and 977b1ad, 2026-11-23, 2 cores, 24 GiB, Node 22.23.3; synthetic corpus, seed 1 (`npm run bench`).',
  '',
  '| N = plans | 1000 | 6000 |',
  '| --- | --- | --- |',
  '| ingest: time / peak | 41.6 s / 849 MiB | 6.3 min / 2951 MiB |',
  '| dist size | 1.12 GB | 8.09 GB |',
  '',
  'Goals:',
].join('\n');

const next = [
  'Latest run: commit abc1234, 2026-12-01, 2 cores; synthetic corpus, seed 1 (`npm run bench`).',
  '',
  '| N = plans | 1000 |',
  '| --- | --- |',
  '| ingest: time / peak | 40.0 s / 800 MiB |',
  '| dist size (files) | 1.10 GB (6778) |',
  '',
  'Goals:',
].join('\n');

describe('carryOverColumns', () => {
  it('appends the sizes the new run lacks, dated, matching rows by label and marking rows the old table had not', () => {
    expect(carryOverColumns(previous, next).split('\n')).toEqual([
      'Latest run: commit abc1234, 2026-12-01, 2 cores; synthetic corpus, seed 1 (`npm run bench`).',
      '',
      '| N = plans | 1000 | 6000 (earlier run: 2026-11-23, commit 172e4fe and 977b1ad) |',
      '| --- | --- | --- |',
      '| ingest: time / peak | 40.0 s / 800 MiB | 6.3 min / 2951 MiB |',
      '| dist size (files) | 1.10 GB (6778) | — |',
      '',
      'Goals:',
    ]);
  });

  it('keeps a column already dated as it is, and changes nothing when every old size was measured again', () => {
    const once = carryOverColumns(previous, next);
    const again = carryOverColumns(once, next);
    expect(again).toBe(once);
    expect(carryOverColumns(previous, previous)).toBe(previous);
  });

  it('returns the new text when there is no earlier table', () => {
    expect(carryOverColumns('', next)).toBe(next);
  });
});

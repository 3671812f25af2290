/**
 * The ingest, run as `npm run ingest` runs it, refuses every kind of broken source the same way:
 * exit code 1, one line on stderr naming the file, no stack trace, nothing written.
 * (The exact message of each case is checked in tests/unit/ingest/bad-input.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode } from '../../src/lib/bench/run-fs.ts';

const FIXTURES = 'tests/fixtures/bad-input';
const CASES = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const work = mkdtempSync(join(tmpdir(), 'liangui-bad-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the ingest refuses broken sources with one line', () => {
  it('has the kinds of broken input to try', () => {
    expect(CASES).toEqual(expect.arrayContaining(['empty-file', 'binary-file', 'truncated-plan', 'same-plan-twice', 'undecodable', 'malformed-sidecar', 'no-plan-found']));
  });

  for (const name of CASES) {
    it(name, async () => {
      const sources = join(FIXTURES, name);
      const out = join(work, name, 'plans');
      const run = await runNode(['scripts/ingest.ts', '--sources', sources, '--out', out]);
      const lines = run.stderr.trim().split('\n').filter((l) => !/^npm warn/.test(l));
      expect(run.exitCode, run.stderr).toBe(1);
      expect(lines).toHaveLength(1);
      const files = readdirSync(sources).map((f) => f.replace(/\.[^.]+$/, ''));
      expect(files.some((f) => lines[0]!.includes(`${f}.`)), `names a file: ${lines[0]}`).toBe(true);
      expect(lines[0]).not.toMatch(/^\s+at |\bat .+:\d+:\d+\)?$|^\w*Error:/);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      expect(existsSync(join(work, name, 'ingest-report.json'))).toBe(false);
    });
  }
});

/**
 * A plan file a curator broke by hand stops the build with one line naming the file, as the
 * ingest does for a broken source: exit code 1, no stack trace. (Each message is checked in
 * tests/unit/plan/plan-file.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildSite, makeBuildDir } from '../../src/lib/bench/build-fs.ts';

const work = mkdtempSync(join(tmpdir(), 'liangui-bad-plans-'));
const outDir = makeBuildDir('bad-plans-');
afterAll(() => [work, outDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

// content/plans/140107-women.md: line 5 is `county: 杏花岭区`.
const REAL = readFileSync('content/plans/140107-women.md', 'utf8');
const CASES: { name: string; file: string; text: string; problem: RegExp }[] = [
  { name: 'YAML broken by a hand edit', file: '140107-women.md', text: REAL.replace('county: 杏花岭区', 'county: [杏花岭区'), problem: /the front matter is not valid YAML/ },
  { name: 'a file renamed without its id', file: '140107-children.md', text: REAL, problem: /id "140107-women" differs from the file name 140107-children\.md/ },
];

describe('the build refuses a broken plan file with one line', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const plansDir = join(work, c.file.replace('.md', ''));
      mkdirSync(plansDir, { recursive: true });
      cpSync('content/plans/140802-women.md', join(plansDir, '140802-women.md'));
      writeFileSync(join(plansDir, c.file), c.text);
      const run = await buildSite({ plansDir, outDir });
      const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
      expect(run.exitCode).toBe(1);
      const errors = output.split('\n').filter((l) => /error/i.test(l));
      expect(errors, output).toHaveLength(1);
      expect(errors[0]).toContain(`${c.file}: `);
      expect(errors[0]).toMatch(c.problem);
      expect(output).not.toMatch(/^\s+at |Stack trace/m);
    });
  }
});

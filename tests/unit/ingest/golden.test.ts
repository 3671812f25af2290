/**
 * Golden files: the ingest of a small excerpt of 000 compared with the expected plan files and
 * report. On a mismatch the actual output is left in tests/.out/ingest-golden/ for a readable diff;
 * UPDATE_GOLDEN=1 rewrites the expected files after a deliberate change.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { scratchDir } from './helpers.ts';

const GOLDEN = 'tests/fixtures/ingest/golden';
const EXPECTED = join(GOLDEN, 'expected');
const ACTUAL = 'tests/.out/ingest-golden';

describe('ingest output of a small excerpt of 000 matches the expected files', () => {
  const out = scratchDir();
  runIngest({ sourcesDir: join(GOLDEN, 'source'), plansDir: join(out, 'plans'), reportPath: join(out, 'ingest-report.json') });
  const produced = [...readdirSync(join(out, 'plans')).map((f) => join('plans', f)), 'ingest-report.json'];
  if (process.env.UPDATE_GOLDEN) {
    for (const file of produced) {
      mkdirSync(join(EXPECTED, file, '..'), { recursive: true });
      writeFileSync(join(EXPECTED, file), readFileSync(join(out, file)));
    }
  }

  it('produces exactly the expected files', () => {
    const expected = [...readdirSync(join(EXPECTED, 'plans')).map((f) => join('plans', f)), 'ingest-report.json'];
    expect(produced.sort()).toEqual(expected.sort());
  });
  for (const file of produced) {
    it(file, () => {
      const actual = readFileSync(join(out, file), 'utf8');
      const expected = readFileSync(join(EXPECTED, file), 'utf8');
      if (actual !== expected) {
        mkdirSync(join(ACTUAL, file, '..'), { recursive: true });
        writeFileSync(join(ACTUAL, file), actual);
      }
      expect(actual, `differs from ${join(EXPECTED, file)}; actual output in ${join(ACTUAL, file)}`).toBe(expected);
    });
  }
});

/**
 * The hostile corpus (tests/fixtures/hostile/cases): each case is ingested as `npm run ingest`
 * does, and gives its expected outcome — the base plan read exactly as the clean text, every
 * character kept as printed, every invisible character and every dropped part of a page reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { structureText } from '../../../src/lib/text/invisible.ts';
import { foldChars } from '../../../src/lib/align/normalize.ts';
import { BASE_TEXT, HOSTILE, ingestText, targetsOf } from './hostile-support.ts';
import { scratchDir } from './helpers.ts';

interface Expected {
  outcome: 'published';
  reads_as?: 'base';
  invisible: [string, string][];
  blocks?: Record<string, string>;
  html_dropped?: { element: string; count: number; text: string }[];
  warnings?: string[];
  encoding?: string;
}

const CASES = join(HOSTILE, 'cases');
const NAMES = readdirSync(CASES).sort();
const base = ingestText(BASE_TEXT);
const baseBlocks = base.plans[0]!.blocks;
const baseTargets = targetsOf(base);
const text = (b: (typeof baseBlocks)[number]) => (b.kind === 'table' ? b.rows.map((r) => r.join('|')).join('\n') : b.text);

describe('the hostile corpus', () => {
  it('has its cases', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of NAMES) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as Expected;
      const out = scratchDir();
      const { results } = runIngest({ sourcesDir: join(CASES, name), plansDir: join(out, 'plans'), reportPath: join(out, 'report.json') });
      const [result] = results;
      const plan = result!.plans[0]!;
      const report = result!.report;
      expect(report.invisible_characters.map((f) => [f.where, f.problem])).toEqual(expected.invisible);
      if (expected.html_dropped) expect(report.html_dropped).toEqual(expected.html_dropped);
      else expect(report.html_dropped).toBeUndefined();
      if (expected.warnings) expect(report.warnings).toEqual(expect.arrayContaining(expected.warnings));
      if (expected.encoding) expect(report.encoding).toBe(expected.encoding);
      const changed = new Set(Object.keys(expected.blocks ?? {}));
      for (const [id, want] of Object.entries(expected.blocks ?? {})) expect(plan.blocks.find((b) => b.id === id), id).toMatchObject({ text: want });
      if (expected.reads_as === 'base') {
        expect(plan.blocks.map((b) => b.id)).toEqual(baseBlocks.map((b) => b.id));
        // The text is the base's, but for the inserted characters (and a full-width ２． for 2.).
        const read = (bs: typeof baseBlocks) => bs.filter((b) => !changed.has(b.id)).map((b) => foldChars(structureText(text(b))).replace(/[\u00A0\u3000]+/g, (s, at: number) => (at === 0 ? '' : s)).trim());
        expect(read(plan.blocks)).toEqual(read(baseBlocks));
        const anchoredOutside = (ts: typeof baseTargets) => ts.filter((t) => !changed.has(t.at.split('#')[1]!));
        expect(anchoredOutside(targetsOf(result!))).toEqual(anchoredOutside(baseTargets));
      }
    });
  }
});

/**
 * Extraction accuracy on the ingested plans, against hand-checked expectations
 * (tests/golden/targets/<plan id>.json, core indicators only).
 * Precision: extracted core targets that the plan states. Recall: stated core targets extracted.
 * A near-name confusion is a target given to an indicator whose look-alike the text names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { foldForMatch } from '../../../src/lib/targets/match.ts';
import { readPlanFile } from '../../../src/lib/targets/plans-fs.ts';
import type { Target } from '../../../src/lib/targets/schema.ts';
import { dictionary, ROOT } from './helpers.ts';

interface Expected {
  indicator: string;
  comparator: string;
  value: number | null;
  where: string;
}
interface Golden {
  plan: string;
  expected: Expected[];
  unreadable?: { indicators: string[]; text: string }[];
  near_names: { text: string; not: string }[];
}

const GOLDEN = join(ROOT, 'tests/golden/targets');
const goldens: Golden[] = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as Golden);
const core = new Set(dictionary.filter((d) => d.core).map((d) => d.id));
const fold = (s: string) => foldForMatch(s).text;

interface Score {
  plan: string;
  expected: number;
  extracted: number;
  correct: number;
  confusions: Target[];
  wrong: Target[];
  missed: Expected[];
}

function score(golden: Golden, targets: Target[]): Score {
  const got = targets.filter((t) => t.indicator !== null && core.has(t.indicator));
  const open = [...golden.expected];
  const wrong: Target[] = [];
  for (const t of got) {
    const i = open.findIndex((e) => e.indicator === t.indicator && e.comparator === t.comparator && (e.value === null ? t.value === null : t.value !== null && Math.abs(e.value - t.value) < 1e-9));
    if (i >= 0) open.splice(i, 1);
    else wrong.push(t);
  }
  const notOf = new Map(dictionary.map((d) => [d.id, d.not.map(fold)]));
  const confusions = got.filter((t) =>
    golden.near_names.some((n) => n.not === t.indicator && fold(t.label).includes(fold(n.text))) ||
    (notOf.get(t.indicator!) ?? []).some((w) => fold(t.label).includes(w)));
  return { plan: golden.plan, expected: golden.expected.length, extracted: got.length, correct: got.length - wrong.length, confusions, wrong, missed: open };
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);
const scores: Score[] = [];
const planFile = (id: string) => join(ROOT, 'content/plans', `${id}.md`);

describe('target extraction accuracy on the ingested plans', () => {
  for (const golden of goldens) {
    it(`${golden.plan}: every stated core target, nothing else`, () => {
      const extraction = extractTargets(readPlanFile(planFile(golden.plan)), dictionary);
      const s = score(golden, extraction.targets.map((t) => t.target));
      scores.push(s);
      for (const u of golden.unreadable ?? []) {
        expect(extraction.problems.some((p) => p.includes(u.text)), `problem for ${u.text}`).toBe(true);
      }
      expect(s.confusions.map((t) => `${t.indicator} ← ${t.label}`)).toEqual([]);
    });
  }

  afterAll(() => {
    if (!scores.length) return;
    const rows = scores.map((s) => `${s.plan.padEnd(17)} expected ${String(s.expected).padStart(3)}  extracted ${String(s.extracted).padStart(3)}  correct ${String(s.correct).padStart(3)}  precision ${(100 * pct(s.correct, s.extracted)).toFixed(1).padStart(5)}%  recall ${(100 * pct(s.correct, s.expected)).toFixed(1).padStart(5)}%  confusions ${s.confusions.length}`);
    const sum = (k: 'expected' | 'extracted' | 'correct') => scores.reduce((n, s) => n + s[k], 0);
    rows.push(`${'overall'.padEnd(17)} expected ${String(sum('expected')).padStart(3)}  extracted ${String(sum('extracted')).padStart(3)}  correct ${String(sum('correct')).padStart(3)}  precision ${(100 * pct(sum('correct'), sum('extracted'))).toFixed(1).padStart(5)}%  recall ${(100 * pct(sum('correct'), sum('expected'))).toFixed(1).padStart(5)}%`);
    for (const s of scores) {
      for (const t of s.wrong) rows.push(`  ${s.plan} not expected: ${t.indicator} ${t.comparator} ${t.value ?? ''} ← ${t.source.text.slice(0, 50)}`);
      for (const e of s.missed) rows.push(`  ${s.plan} missed: ${e.indicator} ${e.comparator} ${e.value ?? ''} (${e.where})`);
    }
    console.log(rows.join('\n'));
  });
});

describe('overall accuracy', () => {
  it('reaches ≥97% precision, ≥95% recall, with no near-name confusion', () => {
    expect(goldens.length).toBeGreaterThan(0);
    const all = goldens.map((g) => score(g, extractTargets(readPlanFile(planFile(g.plan)), dictionary).targets.map((t) => t.target)));
    const correct = all.reduce((n, s) => n + s.correct, 0);
    expect(pct(correct, all.reduce((n, s) => n + s.extracted, 0))).toBeGreaterThanOrEqual(0.97);
    expect(pct(correct, all.reduce((n, s) => n + s.expected, 0))).toBeGreaterThanOrEqual(0.95);
    expect(all.flatMap((s) => s.confusions)).toEqual([]);
  });
});

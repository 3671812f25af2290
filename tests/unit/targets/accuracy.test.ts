/**
 * Extraction accuracy on the ingested plans, against hand-checked expectations written by reading
 * the raw sources (tests/golden/targets/<plan id>.json, each entry citing where the plan states it).
 *
 * Two measures, each precision (extracted targets the plan states) and recall (stated targets extracted):
 *  - core indicators: every target, number or direction, of a core indicator, in every section;
 *  - all figures: every numeric target (%, ‰, /10万, /万, 个, 所, 名, 次 … with a target verb or a
 *    table's target column), whatever its indicator, in the plans whose golden file says
 *    `"all_figures_checked": true` (the others are checked for core indicators only).
 * A near-name confusion is a target given to an indicator whose look-alike the text names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { foldForMatch } from '../../../src/lib/targets/match.ts';
import { readPlanFile } from '../../../src/lib/targets/plans-fs.ts';
import type { Target } from '../../../src/lib/targets/schema.ts';
import { dictionary, ROOT } from './helpers.ts';

interface Expected {
  /** Dictionary id, or null for a target no indicator matches (then `label` is part of its wording). */
  indicator: string | null;
  label?: string;
  comparator: string;
  value: number | null;
  where: string;
}
interface Golden {
  plan: string;
  all_figures_checked?: boolean;
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
  wrong: Target[];
  missed: Expected[];
}

const same = (e: Expected, t: Target) =>
  e.comparator === t.comparator &&
  (e.value === null ? t.value === null : t.value !== null && Math.abs(e.value - t.value) < 1e-9) &&
  (e.indicator !== null ? e.indicator === t.indicator : t.indicator === null && fold(t.label).includes(fold(e.label ?? '\u0000')));

function score(plan: string, expected: Expected[], got: Target[]): Score {
  const open = [...expected];
  const wrong: Target[] = [];
  for (const t of got) {
    const i = open.findIndex((e) => same(e, t));
    if (i >= 0) open.splice(i, 1);
    else wrong.push(t);
  }
  return { plan, expected: expected.length, extracted: got.length, correct: got.length - wrong.length, wrong, missed: open };
}

const isCore = (indicator: string | null) => indicator !== null && core.has(indicator);
const coreScore = (g: Golden, targets: Target[]) => score(g.plan, g.expected.filter((e) => isCore(e.indicator)), targets.filter((t) => isCore(t.indicator)));
const figureScore = (g: Golden, targets: Target[]) => score(g.plan, g.expected.filter((e) => e.value !== null), targets.filter((t) => t.value !== null));

function confusions(g: Golden, targets: Target[]): Target[] {
  const notOf = new Map(dictionary.map((d) => [d.id, d.not.map(fold)]));
  return targets.filter((t) => t.indicator !== null && (
    g.near_names.some((n) => n.not === t.indicator && fold(t.label).includes(fold(n.text))) ||
    (notOf.get(t.indicator) ?? []).some((w) => fold(t.label).includes(w))));
}

const pct = (a: number, b: number) => (b === 0 ? 1 : a / b);
const planFile = (id: string) => join(ROOT, 'content/plans', `${id}.md`);
function targetsOf(plan: string) {
  if (!existsSync(planFile(plan))) throw new Error(`${planFile(plan)} is missing: run npm run ingest first`);
  return extractTargets(readPlanFile(planFile(plan)), dictionary);
}

const coreScores: Score[] = [];
const figureScores: Score[] = [];

function table(title: string, scores: Score[]): string[] {
  const line = (name: string, e: number, x: number, c: number) =>
    `${name.padEnd(17)} expected ${String(e).padStart(3)}  extracted ${String(x).padStart(3)}  correct ${String(c).padStart(3)}  precision ${(100 * pct(c, x)).toFixed(1).padStart(5)}%  recall ${(100 * pct(c, e)).toFixed(1).padStart(5)}%`;
  const sum = (k: 'expected' | 'extracted' | 'correct') => scores.reduce((n, s) => n + s[k], 0);
  return [
    title,
    ...scores.map((s) => line(s.plan, s.expected, s.extracted, s.correct)),
    line('overall', sum('expected'), sum('extracted'), sum('correct')),
    ...scores.flatMap((s) => [
      ...s.wrong.map((t) => `  ${s.plan} not expected: ${t.indicator ?? t.label} ${t.comparator} ${t.value ?? ''} ← ${t.source.text.slice(0, 50)}`),
      ...s.missed.map((e) => `  ${s.plan} missed: ${e.indicator ?? e.label} ${e.comparator} ${e.value ?? ''} (${e.where})`),
    ]),
  ];
}

describe('target extraction accuracy on the ingested plans', () => {
  it('has a hand-checked golden file for each of the nine plans', () => {
    expect(goldens.map((g) => g.plan)).toHaveLength(9);
  });

  for (const golden of goldens) {
    it(`${golden.plan}: every stated target it was checked for, nothing else, no near-name confusion`, () => {
      const extraction = targetsOf(golden.plan);
      const targets = extraction.targets.map((t) => t.target);
      coreScores.push(coreScore(golden, targets));
      if (golden.all_figures_checked) figureScores.push(figureScore(golden, targets));
      for (const u of golden.unreadable ?? []) {
        expect(extraction.problems.some((p) => p.includes(u.text)), `problem for ${u.text}`).toBe(true);
      }
      expect(confusions(golden, targets).map((t) => `${t.indicator} ← ${t.label}`)).toEqual([]);
    });
  }

  afterAll(() => {
    console.log([
      ...table('Core indicators (numbers and directions), all nine plans:', coreScores),
      ...table(`All numeric targets, plans checked figure by figure (${figureScores.map((s) => s.plan).join(', ')}):`, figureScores),
    ].join('\n'));
  });
});

describe('overall accuracy', () => {
  const all = goldens.map((g) => ({ g, targets: targetsOf(g.plan).targets.map((t) => t.target) }));
  const total = (scores: Score[]) => {
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    return { precision: pct(correct, scores.reduce((n, s) => n + s.extracted, 0)), recall: pct(correct, scores.reduce((n, s) => n + s.expected, 0)) };
  };

  it('reaches ≥99% precision and recall on the core indicators of all nine plans', () => {
    const t = total(all.map(({ g, targets }) => coreScore(g, targets)));
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('reaches ≥99% precision and recall on every numeric target of the plans checked figure by figure', () => {
    const checked = all.filter(({ g }) => g.all_figures_checked);
    expect(checked.length).toBeGreaterThan(0);
    const t = total(checked.map(({ g, targets }) => figureScore(g, targets)));
    expect(t.precision).toBeGreaterThanOrEqual(0.99);
    expect(t.recall).toBeGreaterThanOrEqual(0.99);
  });
});

/**
 * Checks on the nine real plans in content/plans (committed; `npm run ingest` rewrites them).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan, toReuseRecord } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { ReuseSchema } from '../../../src/lib/align/reuse-schema.ts';
import { groupIntoSections } from '../../../src/lib/align/present.ts';
import { similarPlans } from '../../../src/lib/align/similar-plans.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const REAL = ['140107', '140802', '320582', '520526', '650502'];
const files = readdirSync(DIR).filter((f) => REAL.some((code) => f.startsWith(code)));

describe('the real plans', () => {
  it('are all nine there', () => {
    expect(files).toHaveLength(9);
  });

  const inputs = files.map((f) => loadPlan(DIR + f));
  const corpus = buildCorpus(inputs);
  const details = new Map(inputs.map((p) => [p.id, alignPlan(corpus, p.id)]));

  it('give every plan a valid record that covers each of its clauses once, by a real anchor', () => {
    for (const input of inputs) {
      const record = toReuseRecord(details.get(input.id)!);
      expect(ReuseSchema.parse(record)).toEqual(record);
      const ids = new Set(input.blocks.flatMap((b) => [b.id, ...b.rowIds]));
      // A paragraph appears once, or once per reference item it merges (each entry marked merged).
      const own = record.clauses.filter((c) => c.status !== 'omitted' && c.part !== 'merged').map((c) => c.anchor);
      expect(new Set(own).size).toBe(own.length);
      const merged = record.clauses.filter((c) => c.part === 'merged');
      for (const m of merged) expect(merged.filter((c) => c.anchor === m.anchor).length).toBeGreaterThan(1);
      expect(own.every((a) => ids.has(a))).toBe(true);
      expect(record.clauses.filter((c) => c.status === 'omitted').every((c) => c.anchor === '' || ids.has(c.anchor))).toBe(true);
    }
  });

  it('build each common template only from clauses at least two other plans share, as the page says', () => {
    for (const detail of details.values()) {
      expect(detail.reference.kind).toBe('reconstructed');
      expect(detail.reference.description).toContain('只收至少 2 份其他规划');
      const fromTemplate = detail.clauses.filter((c) => c.status !== 'original');
      expect(fromTemplate.length).toBeGreaterThan(0);
      for (const c of fromTemplate) {
        expect(c.support).toBeGreaterThanOrEqual(2);
        expect(c.wordingSupport).toBeLessThanOrEqual(c.support);
        // A plan is never its own supporter.
        expect(c.supporters).not.toContain(inputs.find((p) => p.id === detail.plan)!.county);
      }
    }
  });

  it('say where the common wording is too thin, and offer the nearest plan of the province by name', () => {
    // 杏花岭 (140107) and 盐湖 (140802) are the two 山西省 plans; 杏花岭 words most of its women's plan its own way.
    const thin = details.get('140107-women')!.thin!;
    expect(thin.domains.length).toBeGreaterThan(0);
    expect(thin.nearest).toEqual({ id: '140802-women', county: '盐湖区' });
    expect(details.get('650502-children')!.thin).toEqual({ domains: [], nearest: null });
  });

  it('put each omitted clause in its own domain’s section, so 140107-children’s diff names its 15 sections in 20 headings at most (was 59)', () => {
    const sections = groupIntoSections(details.get('140107-children')!.clauses);
    expect(new Set(sections.map((s) => s.title)).size).toBe(15);
    expect(sections.length).toBeLessThanOrEqual(20);
  });

  it('report 650502’s child-mortality targets (4.2‰, 6.5‰, 9.6‰) as changed numbers', () => {
    const goal = details.get('650502-children')!.clauses.find((c) => c.text.includes('9.6‰'))!;
    expect(goal.status).toBe('modified');
    expect(goal.numbers_changed.map((n) => n.to)).toEqual(['4.2‰', '6.5‰', '9.6‰']);
  });

  // 004_7ac99738bb49d3ff.txt:35 (伊州) and 001_23d5c46fb19a73e3.txt:274 (盐湖) word the myopia goal
  // alike (60%, 70%); 002_19b4bc2005f807a8.txt:569 (威宁) says 65%, 76%; 003 (张家港) and 000 (杏花岭)
  // reword it. One neighbour sharing its words does not make 伊州's wording the common one.
  it('find 650502’s myopia goal among the common clauses, as reworded: no two other plans word it alike', () => {
    const goal = details.get('650502-children')!.clauses.find((c) => c.text.includes('小学生近视率'))!;
    expect(goal.status).toBe('modified');
    expect(goal.wordingSupport).toBeLessThan(2);
  });

  it('pair the two 山西省 plans with each other first', () => {
    for (const type of ['women', 'children']) {
      expect(similarPlans(corpus, `140107-${type}`)[0]!.plan).toBe(`140802-${type}`);
      expect(similarPlans(corpus, `140802-${type}`)[0]!.plan).toMatch(/^(140107|650502)-/);
    }
    const pair = alignPlan(corpus, '140802-women', chooseReference('140802-women', corpus, { plan: '140107-women' }));
    expect(pair.summary.identical_chars + pair.summary.modified_chars).toBeGreaterThan(pair.summary.original_chars);
  });
});

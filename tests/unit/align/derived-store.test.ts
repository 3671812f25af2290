/**
 * Derived alignment data per plan type, on disk under a digest of its inputs: the same as
 * aligning the whole corpus at once, read back unchanged, re-derived when a plan changes.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { alignInputOf, deriveType } from '../../../src/lib/align/derive-type.ts';
import { derivedName, derivingFiles, previousDerived, pruneDerived, readClusters, readDerivedPlan, readLines, readSimilar, writeDerived, writeLines } from '../../../src/lib/align/derived-store-fs.ts';
import { clauseClusters } from '../../../src/lib/align/explorer.ts';
import { similarPlans } from '../../../src/lib/align/similar-plans.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const root = mkdtempSync(join(tmpdir(), 'liangui-derived-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('derived data of one plan type', () => {
  it('has the nine real plans to derive from (npm run ingest writes them)', () => {
    expect(files).toHaveLength(9);
  });

  const all = files.map((f) => loadPlan(DIR + f));
  const children = all.filter((p) => p.plan_type === 'children');
  const whole = buildCorpus(all);

  it('is what aligning both types together gives: a plan is aligned only with its own type', () => {
    const derived = deriveType('children', children);
    const plans = [...derived.plans].map((e) => e.derived);
    expect(plans.map((p) => p.detail.plan)).toEqual(children.map((p) => p.id).sort());
    for (const p of plans) expect(p.detail).toEqual(alignPlan(whole, p.detail.plan));
    expect(derived.clusters).toEqual(clauseClusters(whole, 'children'));
    for (const id of Object.keys(derived.similar)) expect(derived.similar[id]).toEqual(similarPlans(whole, id, 20));
  });

  it('reads back from disk exactly as derived', () => {
    const dir = join(root, derivedName('children', children));
    writeDerived(dir, 'children', children);
    const derived = deriveType('children', children);
    for (const { derived: p } of derived.plans) expect(readDerivedPlan(dir, p.detail.plan)).toEqual(p);
    expect(readClusters(dir)).toEqual(derived.clusters);
    expect(readSimilar(dir)).toEqual(derived.similar);
    expect(readdirSync(root).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('is named by its plans: any change to one plan’s text gives a new name, their order does not', () => {
    const name = derivedName('children', children);
    expect(derivedName('children', [...children].reverse())).toBe(name);
    const [first, ...rest] = children;
    const block = first!.blocks.find((b) => b.text.includes('%'))!;
    const changed = { ...first!, blocks: first!.blocks.map((b) => (b === block ? { ...b, text: b.text.replace('%', '‰') } : b)) };
    expect(derivedName('children', [changed, ...rest])).not.toBe(name);
    expect(derivedName('children', rest)).not.toBe(name);
    expect(name).toMatch(/^children-[0-9a-f]{24}$/);
  });

  it('takes only the fields alignment reads, so a change to another field keeps the name', () => {
    const withExtra = children.map((p) => ({ ...p, source_url: 'https://example.gov.cn/' }));
    expect(derivedName('children', withExtra.map(alignInputOf))).toBe(derivedName('children', children));
  });

  it('is named by the code the worker runs, and by no test or browser file', () => {
    const code = derivingFiles();
    expect(code).toEqual(expect.arrayContaining(['src/lib/align/derive-worker-fs.ts', 'src/lib/align/derive-type.ts', 'src/lib/align/align-plan.ts', 'src/lib/plan/schema.ts']));
    expect(code.filter((f) => !f.startsWith('src/lib/'))).toEqual([]);
    expect(code).not.toContain('src/lib/align/browser.ts');
    expect(code).not.toContain('src/lib/plan/plan-loader-fs.ts');
  });

  it('refuses a plan of the other type', () => {
    expect(() => deriveType('women', children)).toThrow(/is a children plan, not women/);
  });

  it('is written by the worker thread the build starts, one per type', async () => {
    const women = all.filter((p) => p.plan_type === 'women');
    const dir = join(root, derivedName('women', women));
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('../../../src/lib/align/derive-worker-fs.ts', import.meta.url), { workerData: { dir, type: 'women', inputs: women } });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    expect(readDerivedPlan(dir, women[0]!.id).detail).toEqual(alignPlan(whole, women[0]!.id));
  });

  describe('after one plan changed', () => {
    // 张家港's children's plan, its first paragraph with a ‰ figure (content/plans/320582-children.md:53,
    // the 十三五 review: 婴儿死亡率降至1.75‰) is revised to 1.76‰.
    const changedId = '320582-children';
    const changed = children.map((p) => {
      if (p.id !== changedId) return p;
      const block = p.blocks.find((b) => /\d‰/.test(b.text))!;
      return { ...p, blocks: p.blocks.map((b) => (b === block ? { ...b, text: b.text.replace(/(\d)‰/, (_m, d: string) => `${(Number(d) + 1) % 10}‰`) } : b)) };
    });
    const before = join(root, 'incremental', derivedName('children', children));
    const after = join(root, 'incremental', derivedName('children', changed));
    const fresh = () => Object.fromEntries([...deriveType('children', changed).plans].map(({ derived }) => [derived.detail.plan, JSON.stringify(derived)]));

    it('copies the alignments whose keys did not change and aligns the rest, with the result of aligning all', () => {
      expect(writeDerived(before, 'children', children)).toEqual({ aligned: 5, reused: 0 });
      expect(previousDerived(join(root, 'incremental'), 'children', derivedName('children', changed))).toBe(before);
      const report = writeDerived(after, 'children', changed, before);
      expect(report.aligned + report.reused).toBe(5);
      expect(report.aligned).toBeGreaterThanOrEqual(1);
      expect(report.reused).toBeGreaterThanOrEqual(1);
      const expected = fresh();
      for (const id of Object.keys(expected)) expect(JSON.stringify(readDerivedPlan(after, id)), id).toBe(expected[id]);
      expect(readDerivedPlan(after, changedId).detail.clauses.length).toBeGreaterThan(0);
    });

    it('copies every alignment when nothing changed, and none when the previous directory has no keys', () => {
      const again = join(root, 'incremental', 'again');
      expect(writeDerived(again, 'children', changed, after)).toEqual({ aligned: 0, reused: 5 });
      const expected = fresh();
      for (const id of Object.keys(expected)) expect(JSON.stringify(readDerivedPlan(again, id)), id).toBe(expected[id]);
      expect(writeDerived(join(root, 'incremental', 'none'), 'children', changed, join(root, 'no-such-dir'))).toEqual({ aligned: 5, reused: 0 });
    });
  });

  it('keeps only the named directories when pruned', () => {
    for (const n of ['women-old', 'children-old', 'keep-me']) mkdirSync(join(root, n), { recursive: true });
    pruneDerived(root, ['keep-me']);
    expect(readdirSync(root)).toEqual(['keep-me']);
  });
});

describe('line-per-record files', () => {
  it('read back what was written, record by record, Chinese text and empty lists included', () => {
    const file = join(root, 'lines.jsonl');
    const records = [{ text: '妇女儿童发展规划\n第二行', n: 1 }, [], ['140107-women', [{ share: 0.5 }]]];
    writeLines(file, records);
    expect(readLines(file)).toEqual(records);
    writeLines(file, []);
    expect(readLines(file)).toEqual([]);
  });
});

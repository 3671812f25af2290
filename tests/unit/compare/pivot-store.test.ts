/**
 * The pre-rendered comparisons' alignments, aligned in a worker thread and stored under a digest
 * of the compared plans: read back exactly as alignWithPivot gives them, named anew when a plan
 * or the order changes.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { alignWithPivot } from '../../../src/lib/compare/align.ts';
import { hasPivot, pivotCodeFiles, pivotKey, prunePivots, readPivot, writePivot } from '../../../src/lib/compare/pivot-store-fs.ts';
import { loadPlan } from '../align/load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'liangui-pivots-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The three real children's plans: 140107 杏花岭区, 140802 盐湖区, 320582 张家港市.
const ids = ['140107-children', '140802-children', '320582-children'];
const inputs = ids.map((id) => loadPlan(`${DIR}${id}.md`));

describe('stored comparison alignments', () => {
  it('are named by the plans in comparison order: another order, another plan or changed text gives another name', () => {
    const key = pivotKey(inputs);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(pivotKey(inputs)).toBe(key);
    expect(pivotKey([inputs[1]!, inputs[0]!, inputs[2]!])).not.toBe(key);
    expect(pivotKey(inputs.slice(0, 2))).not.toBe(key);
    const [first, ...rest] = inputs;
    const block = first!.blocks.find((b) => b.text.includes('%'))!;
    const changed = { ...first!, blocks: first!.blocks.map((b) => (b === block ? { ...b, text: b.text.replace('%', '‰') } : b)) };
    expect(pivotKey([changed, ...rest])).not.toBe(key);
  });

  it('digest the aligning code: the worker, the compare aligner and the diff page’s aligner it calls', () => {
    const files = pivotCodeFiles();
    for (const f of ['src/lib/compare/pivot-worker-fs.ts', 'src/lib/compare/align.ts', 'src/lib/align/browser.ts', 'src/lib/align/align-plan.ts', 'src/lib/align/standing.ts']) expect(files).toContain(f);
  });

  it('are written by the worker thread and read back exactly as alignWithPivot gives them', async () => {
    const dir = join(root, 'store');
    const key = pivotKey(inputs);
    const job = { key, ids };
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('../../../src/lib/compare/pivot-worker-fs.ts', import.meta.url), { workerData: { dir, inputs: Object.fromEntries(ids.map((id, i) => [id, inputs[i]])), jobs: [job] } });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    expect(hasPivot(dir, key)).toBe(true);
    const expected = alignWithPivot(inputs);
    expect(expected.map((a) => a.plan)).toEqual(['140802-children', '320582-children']);
    expect(expected.every((a) => a.pairs.length > 0)).toBe(true);
    expect(readPivot(dir, key)).toEqual(expected);
    expect(readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('keep only the comparisons named when pruned, and files still being written', () => {
    const dir = join(root, 'prune');
    writePivot(dir, 'a', []);
    writePivot(dir, 'b', []);
    writeFileSync(join(dir, 'c.partial-1-x'), '');
    prunePivots(dir, new Set(['b']));
    expect(readdirSync(dir).sort()).toEqual(['b.json', 'c.partial-1-x']);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachLine, openClusterIndex } from '../../../src/data/cluster-index-fs.ts';

const dir = mkdtempSync(join(tmpdir(), 'cluster-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cluster = (id: string, common: string, plans: string[]) => ({
  id, plan_type: 'women', kind: 'paragraph', domain: '妇女与健康', role: 'goal', common, plans: plans.length,
  variants: plans.map((plan) => ({ plan, anchor: 's1-1', text: common, status: 'identical', similarity: 1, edits: [{ op: 'equal', text: common }], numbers_changed: [] })),
});

describe('openClusterIndex', () => {
  it('lists summaries in file order and reads each whole record back from its place', () => {
    const records = [
      cluster('c0000000001', '孕产妇死亡率控制在10/10万以下。', ['140107-women', '140802-women']),
      cluster('c0000000002', '妇女平均预期寿命延长。', ['140107-women']),
    ];
    const file = join(dir, 'clusters.jsonl');
    writeFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const index = openClusterIndex(file);
    expect(index.summaries.map((s) => [s.id, s.plans, 'variants' in s])).toEqual([['c0000000001', 2, false], ['c0000000002', 1, false]]);
    expect(index.read('c0000000002')).toEqual(records[1]);
    expect(index.read('c0000000001')).toEqual(records[0]);
    expect(() => index.read('c0000000003')).toThrow(/clusters\.jsonl: no clause cluster c0000000003/);
  });
});

describe('forEachLine', () => {
  it('gives each line with its byte offset, across reads and without a final newline', () => {
    const long = '条'.repeat(6_000_000); // 18 MB of UTF-8: longer than one read
    const file = join(dir, 'lines.txt');
    writeFileSync(file, `a\n\n${long}\nb`);
    const seen: [string, number][] = [];
    forEachLine(file, (line, offset) => seen.push([line.length > 10 ? `${line.length} bytes` : line.toString('utf8'), offset]));
    expect(seen).toEqual([['a', 0], [`${long.length * 3} bytes`, 3], ['b', 3 + long.length * 3 + 1]]);
  });
});

/**
 * The ingest's cache between runs: a run that reads results back writes exactly what a run
 * without a cache writes, and a changed source is ingested again (its results are never read
 * stale). Run on a copy of the five real sources.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions } from '../../../src/lib/ingest/ingest-fs.ts';
import { openIngestCache } from '../../../src/lib/ingest/ingest-cache-fs.ts';
import { unreadNumbersReader } from '../../../src/lib/targets/unread-fs.ts';
import { unmappedDomainsReader } from '../../../src/lib/search/domains-fs.ts';
import { scratchDir } from './helpers.ts';

const root = scratchDir();
const sourcesDir = join(root, 'sources');
cpSync('content/sources', sourcesDir, { recursive: true });
const cacheDir = join(root, 'cache');
const readers = { unreadNumbersOf: unreadNumbersReader(), unmappedDomainsOf: unmappedDomainsReader() };

function ingestInto(name: string, extra: Partial<IngestOptions> = {}) {
  const plansDir = join(root, name, 'plans');
  const reportPath = join(root, name, 'ingest-report.json');
  const outcome = runIngest({ sourcesDir, plansDir, reportPath, ...readers, ...extra });
  const files = Object.fromEntries(readdirSync(plansDir).sort().map((f) => [f, readFileSync(join(plansDir, f), 'utf8')]));
  return { outcome, files, report: readFileSync(reportPath, 'utf8') };
}

describe('the ingest cache', () => {
  const plain = ingestInto('plain');
  const first = ingestInto('first', { cacheDir });
  const second = ingestInto('second', { cacheDir });

  it('computes every result on a first run, and writes what a run without a cache writes', () => {
    expect(plain.outcome.cache).toBeNull();
    expect(first.outcome.cache).toEqual({ hits: {}, misses: { source: 5, unread: 9, domains: 9 } });
    expect(first.files).toEqual(plain.files);
    expect(first.report).toBe(plain.report);
  });

  it('reads every result back on the next run, with the same plans, report and results', () => {
    expect(second.outcome.cache).toEqual({ hits: { source: 5, unread: 9, domains: 9 }, misses: {} });
    expect(Object.keys(second.files)).toHaveLength(9);
    expect(second.files).toEqual(plain.files);
    expect(second.report).toBe(plain.report);
    expect(second.outcome.results).toEqual(plain.outcome.results);
    expect(second.outcome.report).toEqual(plain.outcome.report);
  });

  it('ingests a changed source again, and only the plans whose text changed are checked again', () => {
    // 盐湖's women's plan (001:27): "孕产妇死亡率下降到12.5/10万以内" becomes 11.5/10万.
    const file = join(sourcesDir, '001_23d5c46fb19a73e3.txt');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('孕产妇死亡率下降到12.5/10万以内');
    writeFileSync(file, text.replace('孕产妇死亡率下降到12.5/10万以内', '孕产妇死亡率下降到11.5/10万以内'));
    const changed = ingestInto('changed', { cacheDir });
    const uncached = ingestInto('changed-plain');
    expect(changed.outcome.cache).toEqual({ hits: { source: 4, unread: 8, domains: 8 }, misses: { source: 1, unread: 1, domains: 1 } });
    expect(changed.files['140802-women.md']).toContain('孕产妇死亡率下降到11.5/10万以内');
    expect(changed.files).toEqual(uncached.files);
    expect(changed.report).toBe(uncached.report);
    // The run's prune leaves this corpus's 23 results, not the replaced ones.
    expect(readdirSync(cacheDir)).toHaveLength(23);
  });

  it('never reads a result stored under other code, and recomputes an entry it cannot read', () => {
    const dir = join(root, 'unit');
    let computed = 0;
    const compute = () => ({ n: ++computed });
    const a = openIngestCache(dir, 'code-a');
    expect(a.through('k', ['x', Buffer.from([1, 2])], compute)).toEqual({ n: 1 });
    expect(openIngestCache(dir, 'code-a').through('k', ['x', Buffer.from([1, 2])], compute)).toEqual({ n: 1 });
    expect(openIngestCache(dir, 'code-b').through('k', ['x', Buffer.from([1, 2])], compute)).toEqual({ n: 2 });
    expect(openIngestCache(dir, 'code-a').through('k', ['x', Buffer.from([1, 3])], compute)).toEqual({ n: 3 });
    expect(openIngestCache(dir, 'code-a').through('k', ['x', null], compute)).toEqual({ n: 4 });
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"value": {"n": ');
    const c = openIngestCache(dir, 'code-a');
    expect(c.through('k', ['x', Buffer.from([1, 2])], compute)).toEqual({ n: 5 });
    expect(c.stats).toEqual({ hits: {}, misses: { k: 1 } });
    c.prune();
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

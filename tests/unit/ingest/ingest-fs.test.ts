import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { summarizeIngest } from '../../../src/lib/ingest/summary.ts';
import { scratchDir } from './helpers.ts';

const GOLDEN_SOURCE = 'tests/fixtures/ingest/golden/source';

function setUp() {
  const dir = scratchDir();
  cpSync(GOLDEN_SOURCE, join(dir, 'sources'), { recursive: true });
  const options = { sourcesDir: join(dir, 'sources'), plansDir: join(dir, 'plans'), reportPath: join(dir, 'ingest-report.json') };
  const snapshot = () => Object.fromEntries(
    [...readdirSync(options.plansDir).map((f) => join(options.plansDir, f)), options.reportPath].map((f) => [f, readFileSync(f, 'utf8')]),
  );
  return { dir, options, snapshot, plan: (id: string) => join(options.plansDir, `${id}.md`) };
}

describe('running the ingest over a directory', () => {
  it('gives byte-identical files when run twice, and writes nothing the second time', () => {
    const { options, snapshot } = setUp();
    const first = runIngest(options);
    expect(first.decisions.map((d) => d.action)).toEqual(['create', 'create']);
    const before = snapshot();
    const second = runIngest(options);
    expect(second.decisions.map((d) => d.action)).toEqual(['unchanged', 'unchanged']);
    expect(second.reportChanged).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('keeps a plan file edited by hand, says so, and records it in the report', () => {
    const { options, plan } = setUp();
    runIngest(options);
    const edited = readFileSync(plan('140107-women'), 'utf8').replace('妇女常见病筛查率(%', '妇女常见病筛查率(%)');
    writeFileSync(plan('140107-women'), edited);
    const outcome = runIngest(options);
    expect(readFileSync(plan('140107-women'), 'utf8')).toBe(edited);
    expect(outcome.decisions).toContainEqual({ id: '140107-women', action: 'keep-hand-edit' });
    expect(summarizeIngest(outcome).join('\n')).toContain(`kept ${plan('140107-women')}: edited by hand (npm run ingest -- --force 140107-women regenerates it)`);
    expect(JSON.parse(readFileSync(options.reportPath, 'utf8')).kept_files).toEqual([
      { plan: '140107-women', file: plan('140107-women'), reason: 'edited by hand since it was generated; --force <plan-id> regenerates it' },
    ]);
  });

  it('regenerates a hand-edited plan named with --force, and only that one', () => {
    const { options, plan } = setUp();
    runIngest(options);
    const original = readFileSync(plan('140107-women'), 'utf8');
    writeFileSync(plan('140107-women'), `${original}\n手改。 {#hand-1}\n`);
    writeFileSync(plan('140107-children'), `${readFileSync(plan('140107-children'), 'utf8')}\n手改。 {#hand-1}\n`);
    const outcome = runIngest({ ...options, force: ['140107-women'] });
    expect(outcome.decisions).toEqual([{ id: '140107-women', action: 'force' }, { id: '140107-children', action: 'keep-hand-edit' }]);
    expect(readFileSync(plan('140107-women'), 'utf8')).toBe(original);
  });

  it('refuses --force with an id no source holds', () => {
    const { options } = setUp();
    expect(() => runIngest({ ...options, force: ['999999-women'] })).toThrow('--force 999999-women: no source holds a plan with this id');
  });

  it('removes an untouched plan file no source holds any more, but leaves one edited by hand', () => {
    const { options, plan } = setUp();
    runIngest(options);
    const generated = readFileSync(plan('140107-women'), 'utf8');
    writeFileSync(plan('999998-women'), generated.replace(/^generated_hash: .*$/m, 'generated_hash: 0'));
    writeFileSync(plan('999997-women'), generated);
    const outcome = runIngest(options);
    expect(outcome.decisions.slice(2)).toEqual([{ id: '999997-women', action: 'delete-stale', source: '140107-excerpt.txt' }, { id: '999998-women', action: 'keep-stale' }]);
    expect(existsSync(plan('999997-women'))).toBe(false);
    expect(existsSync(plan('999998-women'))).toBe(true);
  });
});

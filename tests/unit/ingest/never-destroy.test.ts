/**
 * The ingest never destroys by accident and fails with one line: no sources, sources moved into a
 * subfolder, a dangling link, a folder named like a source, an unwritable report, a broken hand edit.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { formatIngestError, isIngestError } from '../../../src/lib/ingest/errors.ts';
import { summarizeIngest } from '../../../src/lib/ingest/summary.ts';
import { scratchDir } from './helpers.ts';

const GOLDEN_SOURCE = 'tests/fixtures/ingest/golden/source';

function setUp() {
  const dir = scratchDir();
  cpSync(GOLDEN_SOURCE, join(dir, 'sources'), { recursive: true });
  const options = { sourcesDir: join(dir, 'sources'), plansDir: join(dir, 'plans'), reportPath: join(dir, 'ingest-report.json') };
  runIngest(options);
  const plans = () => readdirSync(options.plansDir).sort();
  return { dir, options, plans };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (!isIngestError(error)) throw error;
    return formatIngestError(error);
  }
  return '(accepted)';
}

describe('the ingest never deletes plans by accident', () => {
  it('refuses a sources directory with no sources, and deletes nothing', () => {
    const { options, plans } = setUp();
    const before = plans();
    for (const f of readdirSync(options.sourcesDir)) renameSync(join(options.sourcesDir, f), join(options.sourcesDir, '..', f));
    expect(refusal(() => runIngest(options))).toBe(`${options.sourcesDir}: no sources (.txt, .html, .docx, .pdf, .doc) in this directory; nothing was written or deleted (put the raw documents and their .yaml sidecars directly in it, or pass --sources <dir>)`);
    expect(plans()).toEqual(before);
  });

  it('refuses sources moved into a subfolder, and deletes nothing', () => {
    const { options, plans } = setUp();
    const before = plans();
    mkdirSync(join(options.sourcesDir, '2023'));
    for (const f of ['140107-excerpt.txt', '140107-excerpt.yaml']) renameSync(join(options.sourcesDir, f), join(options.sourcesDir, '2023', f));
    expect(refusal(() => runIngest(options))).toBe(`${options.sourcesDir}: sources are in subfolders (2023/), and the ingest reads only files directly in this directory; nothing was written or deleted (move the sources and their .yaml up into ${options.sourcesDir})`);
    expect(plans()).toEqual(before);
  });

  it('keeps a plan file no source holds when it was edited by hand', () => {
    const { options, plans } = setUp();
    writeFileSync(join(options.plansDir, '140108-women.md'), readFileSync(join(options.plansDir, '140107-women.md'), 'utf8').replace('source_file: 140107-excerpt.txt', 'source_file: gone.txt'));
    const outcome = runIngest(options);
    // The copy's hash no longer matches its text, so it counts as edited by hand and stays.
    expect(outcome.decisions.find((d) => d.id === '140108-women')).toEqual({ id: '140108-women', action: 'keep-stale' });
    expect(plans()).toContain('140108-women.md');
  });
});

describe('file-system problems stop the ingest with one line naming the file', () => {
  it('a dangling symbolic link named like a source', () => {
    const { options } = setUp();
    symlinkSync(join(options.sourcesDir, 'nowhere.txt'), join(options.sourcesDir, 'broken.txt'));
    expect(refusal(() => runIngest(options))).toBe(`${join(options.sourcesDir, 'broken.txt')}: cannot read it: does not exist (ENOENT) (replace the link with the file itself, or remove it)`);
  });

  for (const name of ['x.txt', 'x.yaml']) {
    it(`a directory named ${name}`, () => {
      const { options } = setUp();
      mkdirSync(join(options.sourcesDir, name));
      expect(refusal(() => runIngest(options))).toBe(`${join(options.sourcesDir, name)}: is a directory, not a file (a source and its sidecar are files; rename or remove the folder ${name})`);
    });
  }

  it('a report path that is a directory, before any plan is written', () => {
    const { dir, options } = setUp();
    const reportPath = join(dir, 'report-dir');
    mkdirSync(reportPath);
    const plansDir = join(dir, 'fresh-plans');
    expect(refusal(() => runIngest({ ...options, plansDir, reportPath }))).toBe(`${reportPath}: the report path is a directory (pass --report <file>, a file name)`);
    expect(existsSync(plansDir) ? readdirSync(plansDir) : []).toEqual([]);
  });

  it('a report path under a file (it cannot be created), before any plan is written', () => {
    const { dir, options } = setUp();
    writeFileSync(join(dir, 'not-a-dir'), '');
    const plansDir = join(dir, 'fresh-plans');
    expect(refusal(() => runIngest({ ...options, plansDir, reportPath: join(dir, 'not-a-dir', 'r.json') })))
      .toBe(`${join(dir, 'not-a-dir')}: cannot create the directory: a file of that name is in the way (EEXIST) (check the path and its permissions, or pass another one)`);
    expect(readdirSync(plansDir)).toEqual([]);
  });

  it('a sources path that is a file', () => {
    const { options } = setUp();
    const file = join(options.sourcesDir, '140107-excerpt.txt');
    expect(refusal(() => runIngest({ ...options, sourcesDir: file }))).toBe(`${file}: is a file, not the directory of sources (pass --sources <dir>, the folder that holds the .txt/.html sources and their .yaml)`);
  });

  it('invalid YAML in the front matter of a plan edited by hand names the file', () => {
    const { options } = setUp();
    const file = join(options.plansDir, '140107-women.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^county: .*$/m, 'county: [盐湖区'));
    expect(refusal(() => runIngest(options))).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: the front matter is not valid YAML: .+ \\(correct the hand edit, or regenerate the file from its source: npm run ingest -- --force 140107-women\\)$`));
  });
});

describe('a broken hand edit stops the ingest with one line naming the file', () => {
  it('a paragraph added without its {#id}', () => {
    const { options } = setUp();
    const file = join(options.plansDir, '140107-children.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n手改。\n`);
    expect(refusal(() => runIngest(options))).toBe(`${file}: the plan text cannot be read: a paragraph "手改。" has no {#id}: paragraph "手改。" (correct the hand edit, or regenerate the file from its source: npm run ingest -- --force 140107-children)`);
  });
});

describe('the summary says which plans were removed and why', () => {
  it('names a plan whose source is gone', () => {
    const { options } = setUp();
    // A second, generated source whose plan file is then orphaned by removing the source.
    cpSync(join(options.sourcesDir, '140107-excerpt.txt'), join(options.sourcesDir, 'b.txt'));
    writeFileSync(join(options.sourcesDir, 'b.yaml'), readFileSync(join(options.sourcesDir, '140107-excerpt.yaml'), 'utf8').replace('"140107"', '"140108"').replace('杏花岭区', '万柏林区'));
    runIngest(options);
    renameSync(join(options.sourcesDir, 'b.txt'), join(options.sourcesDir, '..', 'b.txt'));
    renameSync(join(options.sourcesDir, 'b.yaml'), join(options.sourcesDir, '..', 'b.yaml'));
    const outcome = runIngest(options);
    const lines = summarizeIngest(outcome);
    expect(lines).toContain(`  removed ${join(options.plansDir, '140108-women.md')}: its source b.txt is no longer among the sources`);
    expect(lines.find((l) => l.startsWith('plans:'))).toMatch(/2 obsolete removed/);
  });
});

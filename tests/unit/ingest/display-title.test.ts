/**
 * A title damaged by extraction: the ingest says so, a curator gives the display title in the
 * sidecar (`titles`), and the printed title is kept beside it, never lost.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { warningForReaders } from '../../../src/lib/plan/reader-notes.ts';
import { scratchDir } from './helpers.ts';

// 002_19b4bc2005f807a8.txt:517 prints the children's title as "威宁自治县儿童发展规划20212025年)";
// its notice (line 1) names the plan 《威宁自治县儿童发展 规划(2021—2025年)》.
const PRINTED = '威宁自治县儿童发展规划20212025年)';
const SOURCE = '002_19b4bc2005f807a8';

function ingestWith(sidecar: string) {
  const dir = scratchDir();
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  copyFileSync(`content/sources/${SOURCE}.txt`, join(sources, `${SOURCE}.txt`));
  writeFileSync(join(sources, `${SOURCE}.yaml`), sidecar);
  runIngest({ sourcesDir: sources, plansDir: join(dir, 'plans'), reportPath: join(dir, 'report.json') });
  const file = readFileSync(join(dir, 'plans', '520526-children.md'), 'utf8');
  return parse(file.slice(4, file.indexOf('\n---\n', 4))) as { title: string; printed_title?: string; warnings: string[] };
}

const committed = readFileSync(`content/sources/${SOURCE}.yaml`, 'utf8');
const withoutTitles = committed.replace(/\ntitles:\n {2}children: .*\n/, '\n');

describe('a title damaged in extraction', () => {
  it('is published as printed, with a warning that its brackets do not pair, when the sidecar gives no display title', () => {
    expect(withoutTitles).not.toContain('titles:');
    const fm = ingestWith(withoutTitles);
    expect(fm.title).toBe(PRINTED);
    expect(fm.printed_title).toBeUndefined();
    expect(fm.warnings.join('\n')).toContain(`the title "${PRINTED}" has unbalanced brackets`);
  });

  it('shows the sidecar’s display title and keeps the printed one beside it', () => {
    const fm = ingestWith(committed);
    expect(fm.title).toBe('威宁自治县儿童发展规划(2021—2025年)');
    expect(fm.printed_title).toBe(PRINTED);
    const note = fm.warnings.find((w) => w.includes('display title'))!;
    expect(warningForReaders(note)).toBe(`原文标题印作“${PRINTED}”（文字提取时受损）；本页标题《威宁自治县儿童发展规划(2021—2025年)》为整理者据原文校正的写法。`);
  });

});

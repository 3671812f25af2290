import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildSite, makeBuildDir, renderedPages } from '../../src/lib/bench/build-fs.ts';
import { distHashes as hashes } from '../support/dist-hashes.ts';
import { tail } from '../../src/lib/bench/run-fs.ts';

/**
 * Incremental builds: after one plan changes, a rebuild renders again the pages that show what
 * changed and copies every other page (and every unchanged search-index shard) from the last
 * build; the alignment of the plan type that did not change is read back, not derived again;
 * and the result is the same, byte for byte, as a clean build of the changed corpus.
 */
const work = mkdtempSync(join(tmpdir(), 'liangui-incremental-'));
const plansDir = join(work, 'plans');
const cacheDir = join(work, 'astro-cache');
const [incremental, clean] = [makeBuildDir('incremental-'), makeBuildDir('clean-')];
afterAll(() => [work, incremental, clean].forEach((d) => rmSync(d, { recursive: true, force: true })));

const CHANGED = '320582-children';
const BEFORE = '5.中小学《国家学生体质健康标准》合格率达到95%以上。';
const AFTER = '5.中小学《国家学生体质健康标准》合格率达到96%以上。';

/** The derived-alignment directory of each plan type in the cache: named by the digest of its plans. */
function derivedDirs(): Record<string, string> {
  const names = readdirSync(join(cacheDir, 'derived'));
  expect(names).toHaveLength(2);
  return Object.fromEntries(names.map((n) => [n.split('-')[0]!, n]));
}

describe('a rebuild after one plan changes', () => {
  it('renders that plan’s pages and what quotes it, copies the rest, and equals a clean build', async () => {
    cpSync(process.env.PLANS_DIR ?? 'content/plans', plansDir, { recursive: true });
    const first = await buildSite({ plansDir, outDir: incremental, cacheDir, logLevel: 'info' });
    expect(first.exitCode, tail(first.stderr)).toBe(0);
    const firstPages = renderedPages(first.stdout);
    expect(firstPages.rendered).toContain(`/plans/${CHANGED}/index.html`);
    expect(firstPages.copied).toEqual([]);

    const derivedBefore = derivedDirs();

    const file = join(plansDir, `${CHANGED}.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(BEFORE);
    writeFileSync(file, text.replace(BEFORE, AFTER));

    const second = await buildSite({ plansDir, outDir: incremental, cacheDir, logLevel: 'info' });
    expect(second.exitCode, tail(second.stderr)).toBe(0);
    const { rendered, copied } = renderedPages(second.stdout);
    // The alignment of the unchanged plan type is read back from the cache, the changed type's is derived again.
    const derivedAfter = derivedDirs();
    expect(derivedAfter.women).toBe(derivedBefore.women);
    expect(derivedAfter.children).not.toBe(derivedBefore.children);
    // The changed plan's own pages and the indicator whose target moved are rendered again …
    for (const page of [`/plans/${CHANGED}/index.html`, `/data/plans/${CHANGED}.json`, `/data/align/${CHANGED}.json`, '/indicators/student-fitness-pass/index.html']) {
      expect(rendered).toContain(page);
    }
    // … pages of the other plan type, other plans' data and untouched indicators are not.
    expect(rendered.filter((p) => /^\/plans\/[^/]+-women\//.test(p) || /^\/data\/(plans|align)\/(?!320582-children)/.test(p))).toEqual([]);
    expect(copied).toContain('/indicators/maternal-mortality/index.html');
    expect(copied.length).toBeGreaterThan(rendered.length * 4);

    // Nothing changed: every keyed page is copied, and so is the search index (the plans' shard and the indicator and clause pages').
    const third = await buildSite({ plansDir, outDir: incremental, cacheDir, logLevel: 'info' });
    expect(third.exitCode, tail(third.stderr)).toBe(0);
    const again = renderedPages(third.stdout);
    expect(again.rendered.filter((p) => p.startsWith('/plans/') || p.startsWith('/data/plans/'))).toEqual([]);
    expect(stripVTControlCharacters(third.stdout)).toMatch(/search index: \d+ pages \(p[\d-]+ \d+ cached in [\d.]+ s, pages \d+ cached in [\d.]+ s\)/);

    const cleanRun = await buildSite({ plansDir, outDir: clean });
    expect(cleanRun.exitCode, tail(cleanRun.stderr)).toBe(0);
    const [a, b] = [hashes(incremental), hashes(clean)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a.keys()].filter((f) => a.get(f) !== b.get(f))).toEqual([]);
    expect(readFileSync(join(incremental, 'plans', CHANGED, 'index.html'), 'utf8')).toContain('96%');
  }, 900_000);
});

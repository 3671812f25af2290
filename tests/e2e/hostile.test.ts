/**
 * Plan text is data, never markup: a source full of <script>, onerror handlers, javascript: links
 * and Markdown/MDX syntax, and one with a 1 MB single line, are ingested into a corpus of their
 * own, built, and opened in Chromium. Each must render as inert text, or be refused by the ingest
 * with one clear line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildSite, makeBuildDir } from '../../src/lib/bench/build-fs.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/lib/bench/no-script-fs.ts';
import { runNode, tail, type StageRun } from '../../src/lib/bench/run-fs.ts';
import { createStaticServer, listen } from '../../src/lib/serve/static-server-fs.ts';

const FIXTURE = 'tests/fixtures/hostile';
const text = readFileSync(join(FIXTURE, 'hostile.txt'), 'utf8');
const sidecar = readFileSync(join(FIXTURE, 'hostile.yaml'), 'utf8');

// One line of 1 MB (UTF-8), markup sprinkled through it, as item 3 of the measures.
const LONG_LINE = `3.${`${'长行文字内容，'.repeat(16)}<b>粗</b><script>window.__pwned='long'</script>`.repeat(2800)}。`;

const CASES = [
  { name: 'hostile', code: '149901', text, sidecar },
  {
    name: 'long-line',
    code: '149902',
    text: `${text.replaceAll('试验县', '长行县').trimEnd()}\n\n${LONG_LINE}\n`,
    sidecar: sidecar.replaceAll('试验县', '长行县').replace('149901', '149902'),
  },
];

interface Outcome { name: string; code: string; ingest: StageRun; outFiles: string[] }

const work = mkdtempSync(join(tmpdir(), 'liangui-hostile-'));
const dist = makeBuildDir('hostile-');
const outcomes: Outcome[] = [];
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  const plansDir = join(work, 'plans');
  mkdirSync(plansDir);
  for (const c of CASES) {
    const sources = join(work, c.name, 'sources');
    const out = join(work, c.name, 'plans');
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(sources, `${c.name}.txt`), c.text);
    writeFileSync(join(sources, `${c.name}.yaml`), c.sidecar);
    const ingest = await runNode(['scripts/ingest.ts', '--sources', sources, '--out', out]);
    const outFiles = ingest.exitCode === 0 ? readdirSync(out).filter((f) => f.endsWith('.md')) : [];
    for (const f of outFiles) copyFileSync(join(out, f), join(plansDir, f));
    outcomes.push({ name: c.name, code: c.code, ingest, outFiles });
  }
  if (!readdirSync(plansDir).length) return;
  const build = await buildSite({ plansDir, outDir: dist });
  if (build.exitCode !== 0) throw new Error(`the build failed on hostile text:\n${tail(build.stderr)}`);
  server = createStaticServer(dist);
  base = await listen(server);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((ok) => server!.close(ok));
  rmSync(work, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

describe('hostile text', () => {
  it('the long line really is a 1 MB single line', () => {
    expect(Buffer.byteLength(LONG_LINE)).toBeGreaterThan(1024 * 1024);
    expect(LONG_LINE).not.toContain('\n');
  });

  for (const c of CASES) {
    it(`${c.name}: the ingest accepts it, or refuses it with one line naming the file`, () => {
      const outcome = outcomes.find((o) => o.name === c.name)!;
      if (outcome.ingest.exitCode === 0) {
        expect(outcome.outFiles).toEqual([`${c.code}-women.md`]);
        return;
      }
      const lines = outcome.ingest.stderr.trim().split('\n');
      expect(outcome.ingest.exitCode).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${c.name}.`);
      expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+|Error:/);
    });

    it(`${c.name}: renders as inert text — no script runs, no image, link or frame comes from the text`, async () => {
      const outcome = outcomes.find((o) => o.name === c.name)!;
      if (outcome.ingest.exitCode !== 0) return; // refused, checked above
      const context = await browser!.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      const response = await page.goto(`${base}/plans/${c.code}-women/`);
      expect(response?.status()).toBe(200);

      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      const main = page.locator('main');
      for (const tag of ['img', 'iframe', 'svg', 'style', 'script', 'b', 'strong', 'em', 'code', 'blockquote', 'ul']) {
        await expect(main.locator(`.plan-body ${tag}, .notice ${tag}`).count(), `<${tag}> from the text`).resolves.toBe(0);
      }
      // The only links in the plan text are its own permalinks.
      const hrefs = await main.locator('.plan-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual([]);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      // The plan around the hostile text is all there (the ingest may keep or drop the markup itself).
      const body = await page.locator('.plan-body').innerText();
      expect(body).toContain('孕产妇死亡率控制在12/10万以下');
      expect(body).toContain('加粗');
      // Where the ingest keeps the markup, the reader sees it as the characters it is.
      if (body.includes('alert(')) expect(body).toContain("<script>alert('pwned')</script>");
      if (body.includes('加粗*')) expect(body).toContain('**加粗**');
      if (c.name === 'long-line') expect(body.length).toBeGreaterThan(200_000);
      await context.close();
    });
  }
});

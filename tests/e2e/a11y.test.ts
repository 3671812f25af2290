import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { listFiles } from '../../src/lib/check/links-fs.ts';
import { pageKinds } from '../../src/lib/check/page-kinds.ts';
import { openSite, newPage, type Site } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One page of every kind the build produced: home, county, plan, 404 today; indicator, diff,
// clause, compare and search pages are picked up the day they are built.
const KINDS = pageKinds(listFiles('dist').filter((f) => f.endsWith('.html')));

interface Violation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('every kind of page passes axe (no serious or critical violation)', () => {
  it('finds the page kinds to check', () => {
    expect(KINDS.map((k) => k.kind)).toEqual(expect.arrayContaining(['(home)', '404.html', 'counties/*', 'plans/*']));
  });

  for (const kind of KINDS) {
    it(`${kind.kind} (${kind.path})`, async () => {
      const { page } = await newPage(site);
      await page.goto(site.base + kind.path);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the Content-Security-Policy holds without breaking the site', () => {
  it('no page kind logs a CSP violation or any other console error', async () => {
    const problems: string[] = [];
    for (const kind of KINDS) {
      const { page, errors } = await newPage(site);
      await page.goto(site.base + kind.path, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      // 404.html answers with status 404, which Chromium logs as a failed resource load.
      const relevant = errors.filter((e) => !(kind.kind === '404.html' && /status of 404/.test(e)));
      problems.push(...relevant.map((e) => `${kind.path}: ${e}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
    // Every page kind is loaded in a fresh context, one after the other: on a busy machine that takes minutes.
  }, 300_000);
});

describe('keyboard', () => {
  /** Presses Tab until `selector` has focus; returns how many presses it took, or -1. */
  async function tabTo(page: import('playwright-core').Page, selector: string, limit = 80): Promise<number> {
    // The page counts its own focus moves, so each press costs one round trip, not two.
    await page.evaluate((s) => {
      const w = window as unknown as { __tabs: number; __hit: number; __onFocus?: (e: FocusEvent) => void };
      if (w.__onFocus) document.removeEventListener('focusin', w.__onFocus);
      w.__tabs = 0;
      w.__hit = -1;
      w.__onFocus = (e) => {
        w.__tabs++;
        if (w.__hit < 0 && (e.target as Element).matches(s)) w.__hit = w.__tabs;
      };
      document.addEventListener('focusin', w.__onFocus);
    }, selector);
    for (let i = 1; i <= limit; i += 10) {
      for (let k = 0; k < 10 && i + k <= limit; k++) await page.keyboard.press('Tab');
      const hit = await page.evaluate(() => (window as unknown as { __hit: number }).__hit);
      if (hit > 0) {
        for (let k = hit; k < Math.min(i + 9, limit); k++) await page.keyboard.press('Shift+Tab');
        return hit;
      }
    }
    return -1;
  }

  it('Tab from the top reaches the skip link first, then the search box, then the plan’s table of contents', async () => {
    const plan = KINDS.find((k) => k.kind === 'plans/*')!;
    const { page } = await newPage(site);
    await page.goto(site.base + plan.path);
    expect(await tabTo(page, 'a.skip-link', 1)).toBe(1);
    expect(await page.locator('a.skip-link').isVisible()).toBe(true);
    expect(await tabTo(page, '#site-search-q')).toBeGreaterThan(0);
    // Every paragraph's permalink is a stop too, so the contents may lie several hundred presses on.
    expect(await tabTo(page, '.toc a', 3000)).toBeGreaterThan(0);
    await page.context().close();
  }, 300_000);

  it('the skip link moves focus past the header to the main content', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') != null);
    expect(inMain).toBe(true);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('a plan page is complete: title, text and contents all there before any script runs', async () => {
    const plan = KINDS.find((k) => k.kind === 'plans/*')!;
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.base + plan.path);
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(4);
    expect((await page.locator('.plan-body').innerText()).length).toBeGreaterThan(200);
    expect(await page.locator('.toc a').count()).toBeGreaterThan(0);
    await context.close();
  });
});

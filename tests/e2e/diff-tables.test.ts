/**
 * A diff a person can read: a plan's tables are tables in the plan's column order, the reader
 * can step from one change to the next and back, each domain has one heading, and 张家港's
 * indicator rows stand under their domains. Expectations read from the raw sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

// 000_30ea770318f86718.txt:1571-1579 the header, :1586-1594 item 1 of 杏花岭 children's first table.
const DEFECTS = '#d-s2-1-goals-t1-r2';

const cellTexts = (page: Page, selector: string) =>
  page.locator(selector).evaluate((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent?.trim() ?? ''));

describe('杏花岭 children’s diff: its tables are tables', () => {
  for (const width of [1280, 375]) {
    it(`shows 围产儿出生缺陷发生率 under 发展指标 | 2020 | 2025 | 指标性质, in that order (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-children/diff/`);
      const row = page.locator(DEFECTS);
      await row.scrollIntoViewIfNeeded();
      const table = page.locator(`table:has(${DEFECTS})`);
      expect(await cellTexts(page, `table:has(${DEFECTS}) thead tr`)).toEqual(['对照', '发展指标', '2020', '2025', '指标性质', '说明']);
      const cells = await cellTexts(page, DEFECTS);
      expect(cells[0]).toMatch(/^(相同|改动|无对应)$/);
      expect(cells.slice(1, 5)).toEqual(['围产儿出生缺陷发生率(/万)', '345.2', '99.0', '约束性']);
      expect(await table.textContent()).not.toContain(' | ');
      await page.screenshot({ path: `${SHOTS}/diff-table-${width}.png` });
      if (width === 375) {
        // The table scrolls inside its box, not the page; the status and the indicator stay in view.
        const wrap = page.locator(`.diff-table:has(${DEFECTS})`);
        const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
        expect(sizes.scroll).toBeGreaterThan(sizes.client);
        expect(sizes.page).toBeLessThanOrEqual(375);
        await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
        const wrapBox = (await wrap.boundingBox())!;
        const labelBox = (await row.locator('.row-label').boundingBox())!;
        expect(labelBox.x).toBeGreaterThanOrEqual(wrapBox.x);
        expect(labelBox.x).toBeLessThan(wrapBox.x + 100);
        await page.screenshot({ path: `${SHOTS}/diff-table-scrolled-375.png` });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

/** The change the page is at: the entry around the badge the address points to. */
async function landedStatus(page: Page): Promise<string> {
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/^#chg-\d+$/);
  const badge = page.locator(hash);
  // In view once the clauses around it are laid out (they are laid out as they come near the screen).
  await expect.poll(async () => {
    const y = (await badge.boundingBox())?.y ?? -1;
    return y >= 0 && y < 900;
  }, { timeout: 5000 }).toBe(true);
  return (await badge.textContent()) ?? '';
}

describe('previous/next change', () => {
  for (const width of [1280, 375]) {
    it(`steps through 改动, 无对应 and 未找到 with links and with n / p (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/320582-women/diff/`);
      await page.getByRole('link', { name: '跳到第一处' }).click();
      expect(await page.evaluate(() => location.hash)).toBe('#chg-1');
      expect(await landedStatus(page)).toMatch(/^(改动|无对应|未找到)$/);
      for (const n of [2, 3, 4]) {
        await page.locator(`#chg-${n - 1}`).locator('xpath=ancestor::*[self::li or self::tr][1]').getByRole('link', { name: '下一处' }).first().click();
        expect(await page.evaluate(() => location.hash)).toBe(`#chg-${n}`);
        expect(await landedStatus(page)).toMatch(/^(改动|无对应|未找到)$/);
      }
      await page.locator('#chg-4').locator('xpath=ancestor::*[self::li or self::tr][1]').getByRole('link', { name: '上一处' }).first().click();
      expect(await page.evaluate(() => location.hash)).toBe('#chg-3');
      await page.keyboard.press('n');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chg-4');
      await page.keyboard.press('p');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chg-3');
      await page.screenshot({ path: `${SHOTS}/diff-nav-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('张家港’s indicator tables under their domains, each heading once', () => {
  for (const id of ['320582-women', '320582-children', '140107-children', '140107-women']) {
    it(`${id}: every section heading appears once and no plan id shows`, async () => {
      const { page, errors } = await newPage(site);
      await page.goto(`${site.base}/plans/${id}/diff/`);
      const headings = await page.locator('#diff-view h3').allTextContents();
      expect(headings.length).toBeGreaterThan(10);
      expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
      expect(await page.locator('main').textContent()).not.toMatch(/\d{6}-(women|children)/);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('320582-women: 孕产妇死亡率 (003:59) stands in 妇女与健康 · 主要目标, 失业保险参保率 (003:95) in 妇女与社会保障', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/320582-women/diff/`);
    const sectionOf = (label: string) => page.locator('.diff-section', { has: page.locator('th.row-label', { hasText: label }) }).locator('h3').textContent();
    expect(await sectionOf('孕产妇死亡率(1/10万)')).toBe('妇女与健康 · 主要目标');
    expect(await sectionOf('失业保险参保率(%')).toBe('妇女与社会保障 · 主要目标');
    // 003:107 母婴设施建成率, named in no goal, goes by the indicator dictionary's 领域.
    expect(await sectionOf('应配置母婴设施的公共场所和女职工人数较多的用人单位母婴设施建成率(%')).toBe('妇女与环境 · 主要目标');
    const other = page.locator('.diff-section', { has: page.locator('h3', { hasText: '各领域' }) });
    expect(await other.locator('table').count()).toBe(0);
    const row = page.locator('tr', { has: page.locator('th.row-label', { hasText: '孕产妇死亡率(1/10万)' }) });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/diff-zjg-women-1280.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('diff pages with tables pass axe (no serious or critical violation)', () => {
  for (const id of ['140107-children', '320582-women']) {
    it(id, async () => {
      const { page } = await newPage(site, { width: 375, height: 900 });
      await page.goto(`${site.base}/plans/${id}/diff/`);
      await page.evaluate(AXE_SOURCE);
      const serious = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(serious).toEqual([]);
      await page.context().close();
    });
  }
});

describe('a plan chosen as the reference (?reference=) also shows tables', () => {
  for (const width of [1280, 375]) {
    it(`杏花岭 children against 张家港 children: the changed 2025 cell of 婴儿死亡率 is marked, with its edit (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-children/diff/?reference=320582-children`);
      await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
      // 000_30ea770318f86718.txt:1691-1699: 11 | 婴儿死亡率( | 2020: 4.7 | 2025: 2.8 | 预期性; 003_089270d5eef34d70.txt:427-429: 婴儿死亡率( | 4.
      const row = page.locator('tr', { has: page.locator('th.row-label', { hasText: /^婴儿死亡率\($/ }) });
      await row.scrollIntoViewIfNeeded();
      expect(await row.getAttribute('class')).toBe('c-modified');
      const cells = row.locator('th, td');
      expect(await cells.nth(0).textContent()).toBe('改动');
      expect(await cells.nth(3).getAttribute('class')).toBe('cell-changed');
      expect(await cells.nth(3).locator('del').allTextContents()).toEqual(['4']);
      expect(await cells.nth(3).locator('ins').allTextContents()).toEqual(['2.8']);
      expect(await cells.nth(1).getAttribute('class')).not.toContain('cell-changed');
      expect(await row.locator('.numbers-changed').textContent()).toMatch(/4\s*→\s*2\.8/);
      await page.screenshot({ path: `${SHOTS}/diff-table-changed-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('杏花岭 women against 盐湖 women: the plan’s rows in its own columns', async () => {
    const { page, errors } = await newPage(site, { width: 375, height: 900 });
    await page.goto(`${site.base}/plans/140107-women/diff/?reference=140802-women`);
    await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
    // 000_30ea770318f86718.txt:113-121: 1 | 妇女常见病筛查率(% | 108.66 | 98 | 约束性
    const row = page.locator('#d-s2-1-goals-t1-r2');
    await row.scrollIntoViewIfNeeded();
    expect((await cellTexts(page, '#d-s2-1-goals-t1-r2')).slice(1, 5)).toEqual(['妇女常见病筛查率(%', '108.66', '98', '约束性']);
    expect(await page.locator('#chg-1').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/diff-table-reference-375.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

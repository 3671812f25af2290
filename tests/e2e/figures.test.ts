import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

describe('figures as a reader sees them', () => {
  it('shows the national 孕产妇死亡率 target as 12/10万 for 2030, and 杏花岭区 as its table states it, 12.5/10万', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/indicators/maternal-mortality/`);
    const text = await page.locator('main').innerText();
    // 国发〔2021〕16号: 孕产妇死亡率下降到12/10万以下 (2030). 000_30ea770318f86718.txt:170-174: *孕产妇死亡率(1/10万) | 0 | 12.5.
    expect(text).toContain('≤12/10万（2030年');
    expect(text).toContain('12.5/10万');
    expect(text).not.toMatch(/121\/10万|12\.51\/10万/);
    await page.screenshot({ path: `${SHOTS}/indicator-maternal-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the dot plot for a phone at 375 px with labels of at least 11 px, each row reachable by keyboard', async () => {
    const { page } = await newPage(site, { width: 375, height: 812 });
    await page.goto(`${site.base}/indicators/myopia-primary/`);
    const narrow = page.locator('svg.layout-narrow');
    expect(await narrow.isVisible()).toBe(true);
    expect(await page.locator('svg.layout-wide').isVisible()).toBe(false);
    const sizes = await narrow.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/indicator-myopia-375.png` });
    const row = narrow.locator('a.row').first();
    await row.focus();
    expect(await row.evaluate((a) => document.activeElement === a)).toBe(true);
    expect(await row.getAttribute('aria-label')).toMatch(/%/);
    await page.context().close();
  });

  it('draws the diff page\'s wording chart for a phone at 375 px with labels of at least 11 px', async () => {
    const { page } = await newPage(site, { width: 375, height: 812 });
    await page.goto(`${site.base}/plans/320582-women/diff/`);
    const narrow = page.locator('svg.stacked-bars.layout-narrow');
    expect(await narrow.isVisible()).toBe(true);
    const sizes = await narrow.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await narrow.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/diff-chart-375.png` });
    await page.context().close();
  });

  for (const width of [1280, 375]) {
    it(`keeps each number of a plan table on one line at ${width} px, and lands on a linked row highlighted`, async () => {
      const { page } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-children/#s2-1-goals-t1-r2`);
      const row = page.locator("#s2-1-goals-t1-r2");
      // 000_30ea770318f86718.txt:1588-1592: 围产儿出生缺陷发生率(/万) | 345.2 | 99.0
      const cell = row.locator('td', { hasText: /^345\.2$/ });
      const lines = await cell.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
      const background = await row.locator('td').nth(2).evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      const box = await row.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      await page.screenshot({ path: `${SHOTS}/plan-table-${width}.png` });
      await page.context().close();
    });
  }

  it('shows a plan contradicting itself on its page, with a link to the other statement', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/plans/140107-women/`);
    await page.locator('details.plan-targets summary').click();
    // 000_30ea770318f86718.txt:458-462 (80 in the table) and :1499 (2025年底…达60%以上)
    const mark = page.locator('details.plan-targets .conflict', { hasText: '60%' }).first();
    expect(await mark.innerText()).toContain('本规划另处写作');
    await page.screenshot({ path: `${SHOTS}/plan-targets-1280.png`, fullPage: false });
    await page.context().close();
  });
});

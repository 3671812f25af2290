import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openSite, newPage, SHOTS, DIST, type Site } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const release = JSON.parse(readFileSync(`${DIST}/data/sources.json`, 'utf8')) as { release: { date: string | null } };

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

const today = () => new Date().toLocaleDateString('sv-SE');

describe('citing a plan and a paragraph', () => {
  it('gives 盐湖区’s plan in GB/T 7714 with today’s date and the address it was read at', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/140802-women/`);
    await page.locator('details.cite > summary').click();
    const gbt = page.locator('details.cite [data-cite-style="gbt"]');
    // 001_23d5c46fb19a73e3.txt:9 运城市盐湖区人民政府, :10 2023年4月20日, :12 盐湖区妇女发展“十四五”规划.
    await expect(gbt.innerText()).resolves.toBe(`运城市盐湖区人民政府. 盐湖区妇女发展“十四五”规划[EB/OL]. (2023-04-20)[${today()}]. ${site.base}/plans/140802-women/.`);
    expect(await page.locator('details.cite button.copy').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cites one paragraph by section and item, linked to it, with a pre-filled correction report', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/140802-women/`);
    // 001_23d5c46fb19a73e3.txt:24 （一）妇女与健康, :25 主要目标：, :27 2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。
    const para = page.locator('#s2-1-goals-2');
    await para.locator('button.cite-para').click();
    const panel = page.locator('.cite-panel');
    await expect(panel.locator('.cite-text').first().innerText()).resolves.toBe(
      `运城市盐湖区人民政府. 盐湖区妇女发展“十四五”规划: 妇女与健康 主要目标 第2条[EB/OL]. (2023-04-20)[${today()}]. ${site.base}/plans/140802-women/#s2-1-goals-2.`,
    );
    expect(await para.locator('button.cite-para').getAttribute('aria-expanded')).toBe('true');
    const href = (await panel.locator('a.report-link').getAttribute('href'))!;
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(body).toContain(`位置：${site.base}/plans/140802-women/#s2-1-goals-2`);
    expect(body).toContain('原文：2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。');

    await page.evaluate(AXE_SOURCE);
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const r = await axe.run({ include: [['.cite-panel'], ['details.cite']] }, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/cite-paragraph-1280.png` });

    await page.keyboard.press('Escape');
    await expect(panel.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads without JavaScript: the reference carries the release date', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.base}/plans/650502-children/`);
    await page.locator('details.cite > summary').click();
    // 004_7ac99738bb49d3ff.txt:10 《伊州区儿童发展规划(2021-2025年)》; no issuer or date in the text.
    const text = await page.locator('details.cite [data-cite-style="gbt"]').innerText();
    expect(text).toMatch(new RegExp(`^伊州区儿童发展规划\\(2021-2025年\\)\\[EB/OL\\]\\. \\[${release.release.date ?? '引用日期'}\\]\\. https?://\\S+/plans/650502-children/\\.$`));
    expect(await page.locator('button.cite-para').count()).toBe(0);
    await page.locator('details.cite').screenshot({ path: `${SHOTS}/cite-nojs-375.png` });
    await context.close();
  });

  it('shows the paragraph panel on a phone without running off the screen', async () => {
    const { page } = await newPage(site, { width: 375, height: 800 });
    await page.goto(`${site.base}/plans/140802-women/#s2-1-goals-2`);
    await page.locator('#s2-1-goals-2 button.cite-para').click();
    const box = await page.locator('.cite-panel').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('.cite-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/cite-paragraph-375.png` });
    await page.context().close();
  });
});

describe('downloading a comparison', () => {
  it('assembles in the browser the same CSV the build writes for a pre-rendered comparison', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/compare/?plans=140802-women,320582-women`);
    const link = page.locator('#compare-view a[download]');
    await link.waitFor();
    // A reader's click: the browser saves the file (the policy's connect-src keeps scripts from reading blob: URLs back).
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('140802-women--320582-women.csv');
    const assembled = readFileSync((await download.path())!, 'utf8');
    const prebuilt = readFileSync(`${DIST}/data/compare/140802-women--320582-women.csv`, 'utf8');
    expect(assembled).toBe(prebuilt);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the data page', () => {
  it('documents the columns and the licences, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const { page } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/data/`);
      const text = await page.locator('main').innerText();
      for (const s of ['数据版本', 'targets-zh.csv', 'plans.csv', 'sources.json', 'CC BY 4.0', 'MIT', '著作权法']) expect(text).toContain(s);
      expect(await page.locator('#targets-columns tbody tr').count()).toBeGreaterThan(20);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SHOTS}/data-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });
});

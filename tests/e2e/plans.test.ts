import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

/** One goal sentence per plan, copied by hand from the raw documents. */
const KNOWN: Record<string, { title: RegExp; sentence: string }> = {
  '140107-women': { title: /杏花岭区.*妇女发展规划/, sentence: '妇女全生命周期享有良好的卫生健康服务' },
  '140107-children': { title: /杏花岭区.*儿童发展规划/, sentence: '加快普惠托育服务体系建设,增加托育机构和托位数量' },
  '140802-women': { title: /盐湖区妇女发展/, sentence: '孕产妇死亡率下降到12.5/10万以内' },
  '140802-children': { title: /盐湖区儿童发展/, sentence: '小学生近视率降至38%以下' },
  '520526-women': { title: /威宁自治县妇女发展规划/, sentence: '孕产妇死亡率下降到12/10万以下' },
  '520526-children': { title: /威宁自治县儿童发展规划/, sentence: '每千人口拥有3岁以下婴幼儿托位数4.5张' },
  '320582-women': { title: /张家港市妇女发展规划/, sentence: '孕产妇死亡率稳定在7/10万以下' },
  '320582-children': { title: /张家港市儿童发展规划/, sentence: '探索建立多元化、多样化、多层次的婴幼儿照护服务体系' },
  '650502-children': { title: /伊州区儿童发展规划/, sentence: '城乡社区儿童之家覆盖率进一步巩固提高' },
};

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

describe('every plan page reads as a document', () => {
  for (const [id, known] of Object.entries(KNOWN)) {
    it(`${id}: title, a known goal, a table of contents and a working permalink`, async () => {
      const { page, errors } = await newPage(site);
      const response = await page.goto(`${site.base}/plans/${id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').innerText()).resolves.toMatch(known.title);
      expect(await page.title()).toMatch(known.title);
      const body = await page.locator('.plan-body').innerText();
      expect(body).toContain(known.sentence);

      const tocLinks = page.locator('.toc a');
      expect(await tocLinks.count()).toBeGreaterThan(3);
      const tocText = await page.locator('.toc').innerText();
      expect(tocText).toMatch(id.endsWith('women') ? /妇女与健康/ : /儿童与健康/);

      // The paragraph holding the known sentence has its own permalink that lands on it.
      const para = page.locator('.plan-body .block', { hasText: known.sentence }).last();
      const anchorId = await para.getAttribute('id');
      expect(anchorId).toMatch(/^[a-z0-9-]+$/);
      await para.locator('a.anchor').click();
      expect(new URL(page.url()).hash).toBe(`#${anchorId}`);
      expect(await page.locator(':target').getAttribute('id')).toBe(anchorId);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('plan page layout', () => {
  it('fits a 375 px phone without horizontal scrolling, and a desktop with the contents beside the text', async () => {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]] as const) {
      const { page } = await newPage(site, viewport);
      await page.goto(`${site.base}/plans/520526-children/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} horizontal overflow`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/plan-${name}.png` });
      await page.context().close();
    }
  });

  it('the home page lists every county by province and links each plan', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/`);
    for (const province of ['山西省', '贵州省', '江苏省', '新疆维吾尔自治区']) {
      await expect(page.locator('h2', { hasText: province }).count()).resolves.toBe(1);
    }
    for (const id of Object.keys(KNOWN)) {
      await expect(page.locator(`a[href="/plans/${id}/"]`).count()).resolves.toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await page.context().close();
  });

  it('an unknown address shows the 404 page with a way home', async () => {
    const { page } = await newPage(site);
    const response = await page.goto(`${site.base}/plans/000000-women/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('页面不存在');
    await expect(page.locator('main a[href="/"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});

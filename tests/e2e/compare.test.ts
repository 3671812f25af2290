import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

const THREE = ['140802-children', '520526-children', '650502-children'];

describe('comparing plans side by side', () => {
  it('opens from its URL with the myopia goals of all three plans on one row, each with its own numbers', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/compare/?plans=${THREE.join(',')}`);
    await page.waitForSelector('.compare-clauses');
    const heads = await page.locator('.compare-targets thead th').allInnerTexts();
    expect(heads).toEqual(['指标', '盐湖区', '威宁彝族回族苗族自治县', '伊州区', '国家目标']);

    const row = page.locator('.compare-clauses tr', { hasText: '小学生近视率' }).filter({ has: page.locator('td:not(.empty)') });
    const cells = await row.first().locator('td').allInnerTexts();
    expect(cells).toHaveLength(3);
    expect(cells[0]).toMatch(/小学生近视率降至38%以下/);
    expect(cells[1]).toMatch(/初中生近视率降至65%以下/);
    expect(cells[2]).toMatch(/小学生近视率降至38%以下/);

    const myopia = page.locator('.compare-targets tr', { hasText: '小学生近视率' }).first();
    const links = myopia.locator('td a:not(.report-link)');
    expect(await links.count()).toBe(3);
    // Beside each number, a pre-filled correction report.
    expect(await myopia.locator('td a.report-link').count()).toBe(3);
    // Each reference names its own year: content/indicators.yaml:1142 (小学生近视率 ≤38%, 2030).
    expect(await myopia.locator('td[data-label="国家目标"]').innerText()).toBe('≤38%（2030年）');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/plans\/\d{6}-children\/#[\w-]+$/);
    await page.screenshot({ path: `${SHOTS}/compare-desktop.png` });

    const before = await page.locator('.compare-clauses tbody tr:visible').count();
    await page.locator('label[for="goals-only"]').click();
    const after = await page.locator('.compare-clauses tbody tr:visible').count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('.compare-clauses tbody tr:visible:not(.role-goal)').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const PAIR = ['140107-children', '140802-children'];

  it('lines up clauses with the diff page\'s aligner: both "1.优先保障儿童健康" measures on one row, and the goals alone', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/compare/?plans=${PAIR.join(',')}`);
    await page.waitForSelector('.compare-clauses');
    // 000_30ea770318f86718.txt:1985 (杏花岭) and 001_23d5c46fb19a73e3.txt:279 (盐湖): the same measure, bodies rewritten.
    const rows = page.locator('.compare-clauses tbody tr', { hasText: '1.优先保障儿童健康' });
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/^1\.优先保障儿童健康。落实国家相关法律/);
    expect(cells[1]).toMatch(/^1\.优先保障儿童健康。将儿童健康理念融入经济社会发展各领域的相关政策/);
    expect(cells.join()).not.toContain('（未找到对应条款）');
    // The page says which plan the others are lined up against.
    expect(await page.locator('.compare-rule').innerText()).toContain('以第一列杏花岭区的规划为基准逐条对齐');
    await page.locator('.compare-clauses tr', { hasText: '1.优先保障儿童健康' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-aligned-desktop.png` });

    await page.locator('label[for="goals-only"]').click();
    expect(await page.locator('.compare-clauses tbody tr:visible:not(.role-goal)').count()).toBe(0);
    // 000_30ea770318f86718.txt:2013 holds 001_23d5c46fb19a73e3.txt:295 and :296, and opens with the lead of :297
    // (减少儿童伤害所致死亡和残疾, its 20% dropped): one row, 盐湖's three goals in one cell.
    const safety = page.locator('.compare-clauses tbody tr:visible', { hasText: '1.减少儿童伤害所致死亡与残疾' });
    expect(await safety.count()).toBe(1);
    const yanhu = await safety.locator('td').nth(1).locator('p').allInnerTexts();
    expect(yanhu).toEqual([
      '1.儿童在人身、精神方面的安全得到保障。', '2.提高儿童的自我保护意识和能力。', '3.减少儿童伤害所致死亡和残疾。儿童伤害死亡率以2020年为基数下降20%。',
    ]);
    expect(await safety.locator('th').innerText()).toContain('分合不同');
    await safety.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-goals-desktop.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the same rows in the browser as on the pre-rendered page', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/compare/?plans=${PAIR.join(',')}`);
    await page.waitForSelector('.compare-clauses');
    const assembled = await page.locator('.compare-clauses').evaluateAll((ts) => ts.map((t) => t.outerHTML));
    await page.goto(`${site.base}/compare/${PAIR.join('--')}/`);
    const prerendered = await page.locator('.compare-clauses').evaluateAll((ts) => ts.map((t) => t.outerHTML));
    expect(prerendered.length).toBeGreaterThan(5);
    expect(assembled).toEqual(prerendered);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads the aligned rows on a phone', async () => {
    const { page } = await newPage(site, { width: 375, height: 812 });
    await page.goto(`${site.base}/compare/?plans=${PAIR.join(',')}`);
    await page.waitForSelector('.compare-clauses');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.compare-clauses tr', { hasText: '1.减少儿童伤害所致死亡与残疾' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-aligned-phone.png` });
    await page.context().close();
  });

  it('prints each figure as the plan states it in the comparison the browser draws: 12.5/10万, the national ≤12/10万 of 2030', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/compare/?plans=140802-women,140107-women`);
    await page.waitForSelector('.compare-targets');
    const row = page.locator('.compare-targets tr', { hasText: '孕产妇死亡率' }).first();
    const cells = await row.locator('td').allInnerTexts();
    // 000_30ea770318f86718.txt:170-176 (table 1 row 6: *孕产妇死亡率(1/10万) | 0 | 12.5); 国发〔2021〕16号: 12/10万以下 by 2030.
    expect(cells.join(' | ')).toContain('12.5/10万');
    expect(cells[cells.length - 1]).toBe('≤12/10万（2030年）');
    expect(cells.join(' ')).not.toMatch(/121\/10万|12\.51\/10万/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads as stacked cards on a phone, without horizontal scrolling', async () => {
    const { page } = await newPage(site, { width: 375, height: 812 });
    await page.goto(`${site.base}/compare/?plans=${THREE.join(',')}`);
    await page.waitForSelector('.compare-clauses');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const label = await page.locator('.compare-clauses td').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toMatch(/盐湖区|威宁|伊州区/);
    await page.locator('.compare-clauses').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/compare-phone.png` });
    await page.context().close();
  });

  it('is pre-rendered for plans of one province and readable without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/compare/140107-children--140802-children/`);
    expect(await page.locator('.compare-clauses tr').count()).toBeGreaterThan(20);
    expect(await page.locator('h1').innerText()).toContain('杏花岭区、盐湖区');
    await context.close();
  });

  for (const [what, query, expected] of [
    ['an unknown plan', '140802-children,999999-children,650502-children', /没有找到规划“999999-children”/],
    ['plans of different types', '140802-children,140802-women', /只能比较同一类规划/],
    ['the same plan twice', '140802-children,140802-children', /选了两次/],
    ['more than four plans', '140107-children,140802-children,320582-children,520526-children,650502-children', /最多并排比较 4 部规划/],
  ] as const) {
    it(`explains ${what} and offers a way to fix the choice`, async () => {
      const { page, errors } = await newPage(site);
      await page.goto(`${site.base}/compare/?plans=${query}`);
      const message = page.locator('#compare-message');
      await message.waitFor({ state: 'visible' });
      expect(await message.innerText()).toMatch(expected);
      expect(await page.locator('#plan-picker').isVisible()).toBe(true);
      const fix = message.locator('a');
      if (await fix.count()) {
        await fix.click();
        await page.waitForSelector('.compare-clauses');
        expect(await page.locator('#compare-message').isHidden()).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('links each plan page to its comparisons and its diff', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/plans/140107-children/`);
    await page.locator('a', { hasText: '措辞对照' }).first().click();
    expect(page.url()).toContain('/plans/140107-children/diff/');
    await page.goBack();
    const compare = page.locator('.compare-with a').first();
    expect(await compare.getAttribute('href')).toMatch(/^\/compare\//);
    await page.context().close();
  });
});

describe('a table row on the compare page', () => {
  for (const path of ['/compare/140107-children--140802-children/', '/compare/?plans=140107-children,140802-children']) {
    it(`reads in its table's own column order, on the row of the goal that states its indicator (${path})`, async () => {
      const { page, errors } = await newPage(site);
      await page.goto(`${site.base}${path}`);
      await page.waitForSelector('.compare-clauses');
      // 000_30ea770318f86718.txt:1571-1579 header 序号 | 发展指标 | 2020 | 2025 | 指标性质, 000:1691-1699 the row
      // 11 | 婴儿死亡率( | 4.7 | 2.8 | 预期性; 001_23d5c46fb19a73e3.txt:268 (盐湖) "3.新生儿、婴儿和5岁以下儿童死亡率分别控制在3.2‰、5.3‰和6.5‰以下…".
      const row = page.locator('.compare-clauses tbody tr', { hasText: '婴儿死亡率(' });
      expect(await row.count()).toBe(1);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).toContain('婴儿死亡率(　2020：4.7　2025：2.8　指标性质：预期性');
      expect(cells[0]).not.toContain('| 2.8 | 4.7');
      expect(cells[1]).toContain('新生儿、婴儿和5岁以下儿童死亡率分别控制在3.2‰、5.3‰和6.5‰以下');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

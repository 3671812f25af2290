import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

describe('an indicator page', () => {
  it('shows every county’s primary-school myopia target against the national 38 %, each clicking through to its sentence', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/`);
    await page.locator('a', { hasText: '小学生近视率' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/indicators/myopia-primary/');
    expect(await page.locator('main').innerText()).toContain('国家目标：≤38%');
    const rows = page.locator('#targets tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    const counties = await rows.locator('td:first-child').allInnerTexts();
    expect(counties).toEqual(expect.arrayContaining(['盐湖区', '伊州区']));
    // One drawing per width; the wide one is shown at 1280 px.
    expect(await page.locator('svg.dot-plot.layout-wide circle.target').count()).toBe(await rows.count());
    expect(await page.locator('svg.dot-plot title').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/indicator.png`, fullPage: true });

    // Sorting by target value puts the lowest (strictest) first.
    await page.getByRole('button', { name: '目标', exact: true }).click();
    const values = await rows.locator('td:nth-child(3)').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value ?? ''));
    const numbers = values.filter(Boolean).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    const target = rows.filter({ hasText: '盐湖区' }).locator('a.target-link');
    await target.click();
    const hash = new URL(page.url()).hash;
    expect(page.url()).toContain('/plans/140802-children/');
    expect(await page.locator(hash).innerText()).toContain('小学生近视率降至38%以下');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers the whole table as CSV with a BOM', async () => {
    const response = await fetch(`${site.base}/data/targets.csv`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('a diff page', () => {
  it('shows 伊州区’s changed child-mortality numbers, filters to departures and switches the reference', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/650502-children/`);
    await page.locator('a', { hasText: '措辞对照' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/plans/650502-children/diff/');
    expect(await page.locator('#reference-title').innerText()).toContain('重建');
    const mortality = page.locator('.clause', { hasText: '5岁以下儿童死亡率' }).filter({ has: page.locator('.numbers-changed') }).first();
    // Off-screen clauses are laid out once scrolled to (content-visibility), as a reader sees them.
    await mortality.scrollIntoViewIfNeeded();
    await expect.poll(() => mortality.locator('.numbers-changed').innerText(), { timeout: 10_000 }).toMatch(/→ 4\.2‰.*→ 6\.5‰.*→ 9\.6‰/);
    expect(await mortality.locator('ins').count()).toBeGreaterThan(0);
    // 004:35 words the myopia goal like 001:274 alone; no two other plans share a wording (002:569 says 65%, 76%).
    const myopia = page.locator('.clause', { hasText: '高中阶段学生近视率' }).filter({ has: page.locator('.numbers-changed') }).first();
    expect(await myopia.getAttribute('class')).toContain('c-modified');
    await expect.poll(() => myopia.locator('.numbers-changed').innerText(), { timeout: 10_000 }).toMatch(/65% → 60%.*76% → 70%/);
    await page.screenshot({ path: `${SHOTS}/diff.png` });

    const all = await page.locator('.clause:visible').count();
    await page.locator('label[for="only-departures"]').click();
    expect(await page.locator('.clause.c-identical:visible').count()).toBe(0);
    expect(await page.locator('.clause:visible').count()).toBeLessThan(all);

    // The clause links to its paragraph in the plan.
    const anchorLink = mortality.locator('a', { hasText: '原文' }).first();
    expect(await anchorLink.getAttribute('href')).toMatch(/^\/plans\/650502-children\/#s[\w-]+$/);

    // Every other children's plan is offered, grouped by province; the plan itself is not.
    const childrenPlans = readdirSync('content/plans').filter((f) => f.endsWith('-children.md')).map((f) => f.replace(/\.md$/, ''));
    await page.waitForFunction((n) => document.querySelectorAll('#reference-select optgroup option').length === n, childrenPlans.length - 1);
    const offered = await page.locator('#reference-select optgroup option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.sort()).toEqual(childrenPlans.filter((id) => id !== '650502-children').sort());
    expect(await page.locator('#reference-select optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label))).toContain('山西省');

    await page.selectOption('#reference-select', '140802-children');
    await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
    expect(await page.locator('#reference-title').innerText()).toContain('盐湖区');
    expect(new URL(page.url()).searchParams.get('reference')).toBe('140802-children');
    const changed = await page.locator('.numbers-changed').allTextContents();
    expect(changed.join(' ')).toMatch(/6\.5‰ → 9\.6‰/);
    await page.screenshot({ path: `${SHOTS}/diff-switched.png` });

    // The address with ?reference= opens the same comparison.
    await page.goto(`${site.base}/plans/650502-children/diff/?reference=140802-children`);
    await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
    expect(await page.locator('#reference-select').inputValue()).toBe('140802-children');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders the default reference without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/plans/320582-women/diff/`);
    expect(await page.locator('.clause').count()).toBeGreaterThan(50);
    expect(await page.locator('svg.stacked-bars:visible').count()).toBe(1);
    expect(await page.locator('#reference-choice').isHidden()).toBe(true);
    await context.close();
  });
});

describe('the clause explorer', () => {
  it('lists shared clauses and shows every plan’s wording of one', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/clauses/`);
    await page.locator('.cluster-list a').first().click();
    expect(await page.locator('.common-wording blockquote').innerText()).not.toBe('');
    const variants = page.locator('.variants .clause');
    expect(await variants.count()).toBeGreaterThanOrEqual(2);
    const link = await variants.first().locator('.variant-plan a').getAttribute('href');
    expect(link).toMatch(/^\/plans\/\d{6}-(women|children)\/#[\w-]+$/);
    // The common wording links its source: each plan whose wording it is, to that paragraph or row.
    const identical = await page.locator('.variants .clause.c-identical .variant-plan a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const sources = await page.locator('.common-source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sources).toEqual(identical);
    if (sources.length) {
      await page.goto(`${site.base}${sources[0]}`);
      expect(await page.locator(`[id="${sources[0]!.split('#')[1]}"]`).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links the common wording of every clause page to the plans that word it so', async () => {
    const { page } = await newPage(site);
    const ids = readdirSync('dist/clauses', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(ids.length).toBeGreaterThan(10);
    let linked = 0;
    for (const id of ids.slice(0, 12)) {
      await page.goto(`${site.base}/clauses/${id}/`);
      const identical = await page.locator('.variants .clause.c-identical').count();
      expect(await page.locator('.common-source a').count(), id).toBe(identical);
      linked += identical;
    }
    expect(linked).toBeGreaterThan(0);
    await page.context().close();
  });
});

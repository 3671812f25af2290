/**
 * The diff view tells the truth about merged items, look-alike indicators and its reference,
 * as a reader sees it. Expectations read from the raw sources (cited by file and line).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { openSite, newPage, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

describe('杏花岭 women against 盐湖 women (?reference=140802-women)', () => {
  for (const width of [1280, 375]) {
    it(`shows 盐湖’s goal 8 inside 杏花岭’s goal 6, not as 未找到 (omitted) (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-women/diff/?reference=140802-women`);
      await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
      // 001_23d5c46fb19a73e3.txt:84 "8.增强农村低收入妇女群体的可持续发展能力。" stands in 000_30ea770318f86718.txt:512.
      const goal6 = page.locator('#d-s2-3-goals-6');
      await goal6.scrollIntoViewIfNeeded();
      expect(await goal6.locator('.merged-part').count()).toBe(2);
      expect(await goal6.textContent()).toContain('增强农村低收入妇女群体的可持续发展能力');
      const omitted = await page.locator('.clause.c-omitted').allTextContents();
      expect(omitted.join('\n')).not.toContain('增强农村低收入妇女群体的可持续发展能力');
      await page.screenshot({ path: `${SHOTS}/diff-merged-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('张家港 women against the common template (default page)', () => {
  it('never pairs its 失业保险 goal with a 养老保险 clause', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/320582-women/diff/`);
    // 003_089270d5eef34d70.txt: "4.完善失业保险制度。…失业保险参保率达98%以上。"
    const unemployment = page.locator('#d-s3-5-goals-4');
    await unemployment.scrollIntoViewIfNeeded();
    expect(await unemployment.textContent()).toMatch(/完善失业保险.*98%以上/);
    expect(await unemployment.textContent()).not.toContain('养老保险参保率');
    expect(await unemployment.locator('.numbers-changed').count()).toBe(0);
    const text = (await page.locator('#diff-view').textContent()) ?? '';
    // Its real 养老保险 goal (003:251 城乡基本养老保险参保率达98%以上) is the template's 养老保险 clause, changed.
    const pension = page.locator('#d-s3-5-goals-3');
    expect(await pension.locator('.numbers-changed').textContent()).toMatch(/95%\s*→\s*98%/);
    expect(await page.locator('#reference-description').textContent()).toContain('只收至少 2 份其他规划');
    expect(text).not.toMatch(/\d{6}-(women|children)/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('杏花岭 women against 盐湖 women (?reference=140802-women): reworded, merged and role-crossing items', () => {
  for (const width of [1280, 375]) {
    it(`shows 杏花岭’s goal 5 as 盐湖’s measure 10 reworded, and says 盐湖 has it among its measures (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-women/diff/?reference=140802-women`);
      await page.waitForFunction(() => document.getElementById('reference-status')?.textContent?.includes('已改为'));
      // 000_30ea770318f86718.txt:510 "5.落实国家渐进式延迟法定退休年龄政策充分开发大龄女性人力资源。" (a goal)
      // 001_23d5c46fb19a73e3.txt:96 "10.充分开发大龄女性人力资源。落实渐进式延迟法定退休年龄政策…" (a measure)
      const goal5 = page.locator('#d-s2-3-goals-5');
      await goal5.scrollIntoViewIfNeeded();
      expect(await goal5.locator('.status').first().textContent()).toBe('改动');
      expect(await goal5.textContent()).toContain('基准把这一条写在策略措施中');
      // 001_23d5c46fb19a73e3.txt:196 "4.深入实施反家庭暴力法律法规，预防和制止针对妇女一切形式的家庭暴力。…" stands in
      // 000_30ea770318f86718.txt:1376 (goal 3): it is not omitted (未找到).
      const omitted = await page.locator('.clause.c-omitted').allTextContents();
      expect(omitted.join('\n')).not.toContain('深入实施反家庭暴力法律法规');
      await page.screenshot({ path: `${SHOTS}/diff-role-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('杏花岭’s default pages: a 未找到 clause can be checked in one click', () => {
  for (const width of [1280, 375]) {
    it(`links the template’s wording to the plan it was taken from (${width} px)`, async () => {
      const { page, errors } = await newPage(site, { width, height: 900 });
      await page.goto(`${site.base}/plans/140107-women/diff/`);
      // 001_23d5c46fb19a73e3.txt:106 (盐湖) "5.各级各类事业单位领导班子成员中的女性比例不断提高。", marked 未找到 here.
      const omitted = page.locator('.clause.c-omitted', { hasText: '各级各类事业单位领导班子成员中的女性比例不断提高' });
      expect(await omitted.count()).toBe(1);
      const source = omitted.getByRole('link', { name: '基准措辞出处：盐湖区' });
      // As a reader gets there (下一处 links): clauses off screen are laid out on arrival (content-visibility).
      const change = await omitted.locator('.status').getAttribute('id');
      await page.evaluate((id) => { location.hash = id; }, change!);
      await page.waitForTimeout(300);
      expect(await source.isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/diff-source-${width}.png` });
      await source.click();
      await page.waitForURL(/\/plans\/140802-women\/#s2-4-goals-5$/);
      expect(await page.locator('[id="s2-4-goals-5"]').textContent()).toContain('各级各类事业单位领导班子成员中的女性比例不断提高');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('pairs its 孕产妇死亡率 table row with the template’s paragraph of that indicator, and shows that paragraph beside the row', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/140107-women/diff/#d-s2-1-goals-t1-r8`);
    // 000_30ea770318f86718.txt:170-174 "*孕产妇死亡率(1/10万) | 0 | 12.5 | 约束性" (杏花岭's table);
    // 001_23d5c46fb19a73e3.txt:27 (盐湖) "2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。", the template's wording.
    const row = page.locator('tr#d-s2-1-goals-t1-r8');
    expect(await row.locator('.status').textContent()).toBe('改动');
    expect(await row.locator('th').textContent()).toBe('*孕产妇死亡率(1/10万)');
    expect(await row.locator('.row-notes').textContent()).toContain('基准在段落中写这一指标：2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。');
    expect(await row.locator('.numbers-changed').count()).toBe(0);
    const omitted = await page.locator('.clause.c-omitted').allTextContents();
    expect(omitted.join('\n')).not.toContain('孕产妇死亡率下降到12.5/10万以内');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the paragraph a hint points to in view when only departures are shown, even a 相同 one', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/140107-children/diff/`);
    await page.locator('label[for="only-departures"]').click();
    // 001_23d5c46fb19a73e3.txt:286 (盐湖) "8.规范儿童免疫规划疫苗管理和接种。…", marked 未找到 here; its hint points to
    // 000_30ea770318f86718.txt:1565 "5.加强儿童卫生保健服务和管理适龄儿童免疫规划疫苗接种率…", a 相同 paragraph.
    const omitted = page.locator('.clause.c-omitted', { hasText: '规范儿童免疫规划疫苗管理和接种' });
    const hint = omitted.locator('.nearest a');
    expect(await hint.getAttribute('href')).toBe('#d-s2-1-goals-5');
    const target = page.locator('#d-s2-1-goals-5');
    expect(await target.getAttribute('class')).toContain('c-identical');
    expect(await target.isVisible()).toBe(false);
    await hint.click();
    expect(await target.isVisible()).toBe(true);
    expect(await target.textContent()).toContain('加强儿童卫生保健服务和管理');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

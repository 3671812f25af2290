/**
 * Reworded, merged and role-crossing items on the diff view, as a reader sees them.
 * Expectations read from the raw sources (cited by file and line).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openSite, SHOTS, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

describe('杏花岭 women against 盐湖 women (?reference=140802-women)', () => {
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
      // 000_30ea770318f86718.txt:1376 (goal 3): it is not 缺少.
      const omitted = await page.locator('.clause.c-omitted').allTextContents();
      expect(omitted.join('\n')).not.toContain('深入实施反家庭暴力法律法规');
      await page.screenshot({ path: `${SHOTS}/diff-role-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

/**
 * Full-text search in Chromium against the built site: the results a reader gets for a word are
 * exactly the plans whose text holds it (computed here from content/plans/*.md), filters narrow
 * them, each result lands on its paragraph, the URL carries the search, and bad input is harmless.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, newPage, serveTemporary, SHOTS, type Site } from '../support/browser.ts';
import { markdownToBlocks } from '../../src/lib/plan/blocks.ts';
import { planShards } from '../../src/lib/search/shards.ts';
import { buildSearchIndex } from '../../src/lib/search/index-fs.ts';
import { readDomainDictionary } from '../../src/lib/search/domains-fs.ts';
import { domainAliases, isInCanonicalDomain } from '../../src/lib/search/domains.ts';
import { readSearchableIndicators, readSearchableClauses, expectedPages, readSearchablePlans, expectedPlans, seededRandom } from '../support/search-corpus.ts';
import { bigramWords, foldForSearch, MAX_QUERY_WORDS } from '../../src/lib/search/bigrams.ts';
import type { ChunkCosts } from '../../src/lib/search/chunk-costs.ts';

interface PlanText { id: string; province: string; plan: string; body: string; domainText: Map<string, string> }

// The plans as built: every content/plans/*.md that has a page in dist/.
const PLANS: PlanText[] = readdirSync('content/plans')
  .filter((f) => f.endsWith('.md') && readdirSync('dist/plans').includes(f.replace(/\.md$/, '')))
  .map((f) => {
    const raw = readFileSync(join('content/plans', f), 'utf8');
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
    const domainText = new Map<string, string>();
    for (const b of markdownToBlocks(body)) if (b.domain) domainText.set(b.domain, `${domainText.get(b.domain) ?? ''}\n${b.text}`);
    return {
      id: f.replace(/\.md$/, ''),
      province: /^province: (.+)$/m.exec(raw)![1]!.trim(),
      plan: f.includes('-women') ? '妇女' : '儿童',
      body,
      domainText,
    };
  });
const plansWith = (term: string, keep: (p: PlanText) => boolean = () => true) => PLANS.filter((p) => keep(p) && p.body.includes(term)).map((p) => p.id).sort();

// Indicator pages (found by name and aliases, content/indicators.yaml) and clause pages (by their common wording).
const INDICATORS = readSearchableIndicators();
const CLAUSES = readSearchableClauses('dist');

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => site?.close());

/** Waits until the search has answered (the status no longer says it is searching). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text.length > 0 && !text.startsWith('正在');
  }, null, { timeout: 30_000 });
  return page.locator('#search-status').innerText();
}

/** Opens the search page at a URL, loads every result, and returns the plan ids shown. */
async function searchAll(page: Page, query: string, base = site.base): Promise<string[]> {
  await page.goto(`${base}/search/${query}`);
  await settled(page);
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('.search-result').count();
    await page.locator('#search-more').click();
    // Done when the batch has added results, or when every remaining candidate was checked.
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n
      || !(document.getElementById('search-status')?.textContent ?? '').startsWith('约'), before);
  }
  return resultIds(page);
}

/** The plans among the results (indicator and clause pages, listed after them, are pageIds'). */
async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => !/^\/(indicators|clauses)\//.test(h)).map((h) => /\/plans\/([^/]+)\//.exec(h)?.[1] ?? h).sort();
}

/** Every result in list order, as indicators/<id>, clauses/<id> or a plan id. */
async function resultOrder(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /^\/(?:plans\/)?([^#]+?)\/$/.exec(h)?.[1] ?? h);
}

describe('what a search finds', () => {
  it('近视 finds every plan that mentions it and no plan that does not', async () => {
    const expected = plansWith('近视');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(PLANS.length);
    const { page, errors } = await newPage(site);
    expect(await searchAll(page, '?q=近视')).toEqual(expected);
    // Every result shows at least one paragraph with the word highlighted.
    for (const result of await page.locator('.search-result').all()) {
      await expect(result.locator('.hit-excerpt mark').first().innerText()).resolves.toContain('近视');
    }
    // The count takes in the indicator and clause pages that hold it too (listed after the plans).
    const pages = expectedPages([...INDICATORS, ...CLAUSES], '近视');
    expect((await resultOrder(page)).slice(expected.length).sort()).toEqual(pages);
    await expect(page.locator('#search-status').innerText()).resolves.toContain(`${expected.length + pages.length} 个结果`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const term of ['托位', '留守', '儿童之家覆盖率', '孕产妇死亡率', '12/10万', '4.5']) {
    it(`${term}: the results are exactly the plans whose text holds it`, async () => {
      const { page, errors } = await newPage(site);
      expect(await searchAll(page, `?q=${encodeURIComponent(term)}`)).toEqual(plansWith(term));
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('traditional characters find the simplified text: 近視 as 近视, 託位 as 托位', async () => {
    const { page } = await newPage(site);
    expect(await searchAll(page, '?q=近視')).toEqual(plansWith('近视'));
    await expect(page.locator('#search-status').innerText()).resolves.toContain('按「近视」搜索');
    expect(await searchAll(page, '?q=託位')).toEqual(plansWith('托位'));
    await page.context().close();
  });

  it('two words must both be in a plan', async () => {
    const { page } = await newPage(site);
    const both = PLANS.filter((p) => p.body.includes('留守') && p.body.includes('心理')).map((p) => p.id).sort();
    expect(await searchAll(page, `?q=${encodeURIComponent('留守 心理')}`)).toEqual(both);
    await page.context().close();
  });
});

describe('substrings, document numbers and several words', () => {
  /** Opens a search as a reader does and waits until its answer is complete (the list is no longer busy). */
  async function answer(page: Page, query: string): Promise<string> {
    await page.goto(`${site.base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
    return page.locator('#search-status').innerText();
  }

  it('千人口 finds the three plans that say 每千人口拥有3岁以下婴幼儿托位数, however the segmenter cut it', async () => {
    // 001_23d5c46fb19a73e3.txt, 002_19b4bc2005f807a8.txt, 003_089270d5eef34d70.txt: "每千人口拥有3岁以下婴幼儿托位数"
    const { page, errors } = await newPage(site);
    const expected = plansWith('每千人口');
    expect(expected).toHaveLength(3);
    expect(await searchAll(page, `?q=${encodeURIComponent('千人口')}`)).toEqual(expected);
    expect(await searchAll(page, `?q=${encodeURIComponent('每千人口')}`)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a 文号 finds its plans, and the result says the match is in the 文号', async () => {
    const { page } = await newPage(site);
    // 002_19b4bc2005f807a8.yaml: doc_number 威府发〔2023〕4号, both plans of 威宁自治县
    for (const q of ['威府发〔2023〕4号', '威府发', '威府发2023']) {
      expect(await searchAll(page, `?q=${encodeURIComponent(q)}`), q).toEqual(['520526-children', '520526-women']);
      const first = page.locator('.search-result').first().locator('.search-hit').first();
      await expect(first.locator('.hit-section').innerText()).resolves.toBe('文号');
      await expect(first.locator('mark').innerText()).resolves.toContain('威府发');
    }
    // 003_089270d5eef34d70.yaml: 张政办〔2021〕131号
    expect(await searchAll(page, `?q=${encodeURIComponent('张政办')}`)).toEqual(['320582-children', '320582-women']);
    await page.context().close();
  });

  it('托育 服务: paragraphs holding both words come first, and the result says how many', async () => {
    const { page } = await newPage(site);
    const both = PLANS.filter((p) => p.body.includes('托育') && p.body.includes('服务')).map((p) => p.id).sort();
    expect(await searchAll(page, `?q=${encodeURIComponent('托育 服务')}`)).toEqual(both);
    const plansWithBoth: string[] = [];
    for (const result of await page.locator('.search-result').all()) {
      const note = await result.locator('.search-all-terms').innerText();
      const n = Number(/^(\d+) 段同时含有全部词语/.exec(note)?.[1] ?? 0);
      // The first n hits hold both words (their excerpts show them where one window can), none after them does.
      const all = await result.locator('.search-hit').evaluateAll((lis) => lis.map((li) => li.classList.contains('search-hit-all')));
      expect(all).toEqual(all.map((_, i) => i < n));
      for (const marks of await result.locator('.search-hit-all .hit-excerpt').evaluateAll((ps) => ps.map((p) => p.querySelectorAll('mark').length))) expect(marks).toBeGreaterThan(0);
      const href = await result.locator('.search-result-title a').getAttribute('href') ?? '';
      if (n > 0 && href.startsWith('/plans/')) plansWithBoth.push(href);
    }
    // Plans with a paragraph (or table row) holding both words; computed from the text.
    const holdsBoth = (t: string) => t.includes('托育') && t.includes('服务');
    const paragraphsWithBoth = PLANS.filter((p) => markdownToBlocks(p.body).some((b) => (b.kind === 'table' ? b.rows.some((r) => holdsBoth(r.join(''))) : holdsBoth(b.text)))).length;
    expect(plansWithBoth).toHaveLength(paragraphsWithBoth);
    await page.context().close();
  });

  it('近视率 links each matching table row to that row, and the row is highlighted on arrival', async () => {
    const { page } = await newPage(site);
    await answer(page, '近视率');
    const rowLinks = await page.locator('.search-hit a[href*="-r"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // 000_30ea770318f86718.txt: 杏花岭区's children's table lists 近视率下降 as item 28 (row 2 is 出生缺陷, where the link used to land).
    const xinghualing = rowLinks.filter((h) => h.startsWith('/plans/140107-children/'));
    expect(xinghualing).toHaveLength(1);
    await page.goto(`${site.base}${xinghualing[0]}`);
    await expect(page.locator(':target td').first().innerText()).resolves.toBe('28');
    for (const href of rowLinks) {
      await page.goto(`${site.base}${href}`);
      const row = page.locator(':target');
      await expect(row.evaluate((e) => e.tagName)).resolves.toBe('TR');
      await expect(row.innerText()).resolves.toContain('近视率');
      await expect(row.evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    }
    await page.context().close();
  });

  it('a query that finds nothing says so and offers the nearest queries that do find something', async () => {
    const { page, errors } = await newPage(site);
    await expect(answer(page, '妇女儿童发展规划')).resolves.toContain('没有找到');
    await expect(page.locator('#search-suggest a').allInnerTexts()).resolves.toEqual(['儿童发展规划', '妇女发展规划']);
    await page.locator('#search-suggest a').first().click();
    await page.waitForURL(/q=/);
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    // A 文号 with a typo: 2024 for 2023.
    await expect(answer(page, '威府发〔2024〕4号')).resolves.toContain('没有找到');
    await expect(page.locator('#search-suggest a').allInnerTexts()).resolves.toContain('威府发〔2023〕4号');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]] as const) {
    it(`${name}: a 文号 result and a suggestion, as a reader sees them`, async () => {
      const { page } = await newPage(site, viewport);
      await answer(page, '威府发');
      await page.screenshot({ path: `${SHOTS}/search-docnumber-${name}.png`, fullPage: name === 'phone' });
      await answer(page, '妇女儿童发展规划');
      await page.screenshot({ path: `${SHOTS}/search-suggest-${name}.png` });
      await answer(page, '托育 服务');
      await page.screenshot({ path: `${SHOTS}/search-words-${name}.png` });
      await page.context().close();
    });
  }
});

describe('filters', () => {
  it('a province and a plan type narrow the results to exactly those plans', async () => {
    const { page } = await newPage(site);
    const expected = plansWith('近视', (p) => p.province === '山西省' && p.plan === '儿童');
    expect(expected.length).toBeGreaterThan(0);
    expect(await searchAll(page, `?q=近视&plan=儿童&province=${encodeURIComponent('山西省')}`)).toEqual(expected);
    await expect(page.locator('select[name="province"]').inputValue()).resolves.toBe('山西省');
    await expect(page.locator('select[name="plan"]').inputValue()).resolves.toBe('儿童');
    // The county list now holds the province's counties only.
    const counties = await page.locator('select[name="county"] option').allInnerTexts();
    expect(counties.slice(1).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('choosing filters in the form writes them to the URL', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/search/?q=近视`);
    await settled(page);
    await page.locator('select[name="province"]').selectOption('贵州省');
    // The status line still shows the previous search until the new one starts: wait for the results themselves.
    await expect.poll(() => resultIds(page), { timeout: 20_000 }).toEqual(plansWith('近视', (p) => p.province === '贵州省'));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('近视');
    expect(url.searchParams.get('province')).toBe('贵州省');
    await page.context().close();
  });

  it('the domain filter keeps only paragraphs of that 领域, and only plans with such a paragraph', async () => {
    const { page } = await newPage(site);
    // content/search-domains.yaml: a plan's own heading (妇女与决策管理) → the national domain.
    const aliases = domainAliases(readDomainDictionary());
    const inDomain = (p: PlanText, domain: string, term: string) => [...p.domainText].some(([own, text]) => (aliases[own] ?? own) === domain && text.includes(term));
    for (const [domain, term] of [['儿童与健康', '近视'], ['儿童与教育', '近视'], ['妇女与健康', '近视'], ['妇女参与决策和管理', '女性比例'], ['儿童与法律保护', '未成年人']] as const) {
      const expected = PLANS.filter((p) => inDomain(p, domain, term)).map((p) => p.id).sort();
      // The national names whose plans use other wording must find something, or the test proves nothing.
      if (domain === '妇女参与决策和管理' || domain === '儿童与法律保护') expect(expected.length, domain).toBeGreaterThan(0);
      const got = await searchAll(page, `?q=${encodeURIComponent(term)}&domain=${encodeURIComponent(domain)}`);
      expect(got, domain).toEqual(expected);
      for (const section of await page.locator('.hit-section').allTextContents()) expect(isInCanonicalDomain(section.replace('（表格行）', ''), domain, aliases), section).toBe(true);
    }
    await page.context().close();
  });

  it('the 领域 filter offers the national domains only: 8 for women’s plans, 7 for children’s', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/search/`);
    const groups = await page.locator('select[name="domain"] optgroup').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('option')].map((o) => o.value)));
    expect(groups.map((g) => g.length)).toEqual([8, 7]);
    expect(groups.flat()).not.toContain('妇女与决策管理');
    expect(groups.flat()).not.toContain('儿童与法律');
    await page.context().close();
  });
});

describe('indicator and clause pages', () => {

  it('托位数 lists the plans first, then the indicator pages named so (content/indicators.yaml), each linking to its names', async () => {
    const { page, errors } = await newPage(site);
    // content/indicators.yaml:1533: childcare-slots is 每千人口拥有3岁以下婴幼儿托位数, also written 托位数.
    const expectedIndicators = expectedPages(INDICATORS, '托位数');
    expect(expectedIndicators).toContain('indicators/childcare-slots');
    await searchAll(page, `?q=${encodeURIComponent('托位数')}`);
    const order = await resultOrder(page);
    const plans = plansWith('托位数');
    expect(plans.length).toBeGreaterThan(0);
    expect(order.slice(0, plans.length).sort()).toEqual(plans);
    expect(order.slice(plans.length).filter((id) => id.startsWith('indicators/')).sort()).toEqual(expectedIndicators);
    const result = page.locator('.search-result').filter({ has: page.locator('.search-result-title a[href="/indicators/childcare-slots/"]') });
    await expect(result.locator('.search-hit a').first().getAttribute('href')).resolves.toBe('/indicators/childcare-slots/#names');
    await expect(result.locator('.search-result-place').innerText()).resolves.toContain('指标');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the 类型 filter keeps one kind of result, and the URL carries it', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('近视率')}`);
    await settled(page);
    const expected = expectedPages(INDICATORS, '近视率');
    expect(expected.length).toBeGreaterThan(1);
    await page.locator('select[name="type"]').selectOption('指标');
    // The first batch of results is indicator pages only; then 显示更多结果 until all are shown.
    await expect.poll(async () => (await resultOrder(page)).every((id) => id.startsWith('indicators/')) && (await resultOrder(page)).length > 0, { timeout: 20_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe('指标');
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('.search-result').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
    expect(await resultOrder(page)).toEqual(expected);
    await searchAll(page, `?q=${encodeURIComponent('近视率')}&type=${encodeURIComponent('规划')}`);
    expect((await resultOrder(page)).sort()).toEqual(plansWith('近视率'));
    await page.context().close();
  });

  it('a clause page is found by its common wording, under 类型 条款', async () => {
    const { page } = await newPage(site);
    // A wording of 12 characters from the middle of the first clause page's common wording.
    const clause = CLAUSES.find((c) => [...c.text].length > 30)!;
    const query = [...clause.text].slice(10, 22).join('');
    const expected = expectedPages(CLAUSES, query);
    expect(expected).toContain(clause.id);
    await searchAll(page, `?q=${encodeURIComponent(query)}&type=${encodeURIComponent('条款')}`);
    expect(await resultOrder(page)).toEqual(expected);
    const href = await page.locator('.search-hit a').first().getAttribute('href');
    expect(href).toMatch(/^\/clauses\/c[0-9a-f]{10}\/#common$/);
    await page.context().close();
  });
});

describe('results link to the paragraph itself', () => {
  it('clicking a result lands on the paragraph (the URL hash is its id, and it holds the word)', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('儿童之家')}`);
    await settled(page);
    const link = page.locator('.search-hit a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/plans\/\d{6}-(women|children)\/#[A-Za-z0-9_-]+$/);
    await link.click();
    await page.waitForURL(/\/plans\//);
    const hash = new URL(page.url()).hash.slice(1);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe(hash);
    await expect(target.innerText()).resolves.toContain('儿童之家');
    await expect(target.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the URL carries the search', () => {
  it('a shared ?q= URL reproduces the search, and back/forward walk through searches', async () => {
    const { page } = await newPage(site);
    const shown = (p: Page) => p.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.goto(`${site.base}/search/?q=留守`);
    await settled(page);
    const direct = await shown(page);
    await page.goto(`${site.base}/search/`);
    await page.locator('#search-q').fill('留守');
    await page.locator('#search-q').press('Enter');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('留守');
    expect(await shown(page)).toEqual(direct);

    await page.locator('#search-q').fill('近视');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=%E8%BF%91%E8%A7%86/);
    await settled(page);
    await page.goBack();
    await page.waitForFunction(() => (document.getElementById('search-q') as HTMLInputElement).value === '留守');
    await settled(page);
    await expect(page.locator('.search-hit mark').first().innerText()).resolves.toContain('留守');
    await page.goForward();
    await page.waitForFunction(() => (document.getElementById('search-q') as HTMLInputElement).value === '近视');
    await page.context().close();
  });
});

describe('bad input does nothing harmful', () => {
  const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  for (const [name, q] of [
    ['an empty query', ''],
    ['punctuation only', '。，、！？……%%'],
    ['1,000 characters', '近视'.repeat(500)],
    ['markup', MARKUP],
  ] as const) {
    it(`${name}: no error, nothing injected`, async () => {
      const { page, errors } = await newPage(site);
      await page.goto(`${site.base}/search/`);
      await page.locator('#search-q').evaluate((el, v) => { (el as HTMLInputElement).value = v; }, q);
      await page.locator('#search-q').press('Enter');
      if (q.trim()) await settled(page);
      else await page.waitForTimeout(300);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      await expect(page.locator('main img, main script:not([src])').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('markup in a URL parameter is shown as text in the form', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent(MARKUP)}&province=${encodeURIComponent('<b>x</b>')}`);
    await settled(page);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe(MARKUP);
    await expect(page.locator('main b, main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * A small site of its own: the built search page and the given plan pages (each edited by
 * `edit`), indexed with at most `shardPlans` plans per shard. The search page is told its shards,
 * and that it has no indicator and clause pages' index.
 */
async function miniSite(ids: string[], shardPlans: number, edit: (html: string) => string = (h) => h) {
  const root = mkdtempSync(join(tmpdir(), 'liangui-search-mini-'));
  cpSync('dist/_astro', join(root, '_astro'), { recursive: true });
  cpSync('dist/favicon.svg', join(root, 'favicon.svg'));
  for (const id of ids) {
    mkdirSync(join(root, 'plans', id), { recursive: true });
    writeFileSync(join(root, 'plans', id, 'index.html'), edit(readFileSync(`dist/plans/${id}/index.html`, 'utf8')));
  }
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><title>x</title></html>');
  const names = planShards(ids, shardPlans).map((sh) => sh.name).join(' ');
  mkdirSync(join(root, 'search'));
  writeFileSync(join(root, 'search', 'index.html'), readFileSync('dist/search/index.html', 'utf8').replace(/data-shards="[^"]*"/, `data-shards="${names}"`).replace(/data-pages-index="[^"]*"/, 'data-pages-index=""'));
  const report = await buildSearchIndex(root, { shardPlans });
  return { report, ...(await serveTemporary(root)) };
}

describe('an index split into shards', () => {
  it('one search finds plans in every shard, each once', async () => {
    // One plan of each province, one province per shard: four indexes, merged by the page.
    const ids = [...new Map(PLANS.filter((p) => p.plan === '儿童').map((p) => [p.id.slice(0, 2), p.id])).values()].sort();
    expect(ids.length).toBeGreaterThan(2);
    const term = '近视';
    const expected = ids.filter((id) => PLANS.find((p) => p.id === id)!.body.includes(term));
    expect(expected.length).toBeGreaterThan(1);
    const mini = await miniSite(ids, 1);
    const { page, errors } = await newPage(site);
    try {
      expect(Object.keys(mini.report.shards)).toHaveLength(ids.length);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await expect(searchAll(page, `?q=${encodeURIComponent(term)}`, mini.base)).resolves.toEqual(expected);
      for (const name of Object.keys(mini.report.shards)) expect(requested.some((p) => p.startsWith(`/pagefind/${name}/`))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await mini.close();
    }
  });

  // The route table (src/lib/search/shard-routes.ts) tells which shards may hold a query: a 文号,
  // a term no plan holds and a province filter each fetch only the shards that can answer, and a
  // query that finds nothing checks its suggestions one shard at a time.
  describe('only the shards that may hold the query are fetched', () => {
    const ids = [...new Map(PLANS.filter((p) => p.plan === '儿童').map((p) => [p.id.slice(0, 2), p.id])).values()].sort();
    let mini: Awaited<ReturnType<typeof miniSite>>;
    beforeAll(async () => {
      mini = await miniSite(ids, 1);
    });
    afterAll(() => mini?.close());

    /** Searches as a reader does and lists the shards whose index files the page fetched. */
    async function shardsFetched(query: string): Promise<{ found: string[]; shards: string[]; status: string }> {
      const { page, errors } = await newPage(site);
      try {
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        const found = await searchAll(page, query, mini.base);
        const status = await page.locator('#search-status').innerText();
        expect(errors).toEqual([]);
        const shards = Object.keys(mini.report.shards).filter((name) => requested.some((p) => p.startsWith(`/pagefind/${name}/`)));
        return { found, shards, status };
      } finally {
        await page.context().close();
      }
    }

    it('a 文号 only 威宁 states (seeds/002_19b4bc2005f807a8.txt:11): 威宁\'s shard alone, not even the first', async () => {
      const weining = ids.find((id) => id.startsWith('52'))!;
      const { found, shards } = await shardsFetched(`?q=${encodeURIComponent('威府发〔2023〕4号')}`);
      expect(found).toEqual([weining]);
      expect(shards).toEqual(['p52']);
    });

    it('a term no plan holds: no shard but the first (the page needs one Pagefind), and the page says nothing was found', async () => {
      const term = '量子纠缠';
      expect(PLANS.filter((p) => p.body.includes(term))).toEqual([]);
      const { found, shards, status } = await shardsFetched(`?q=${encodeURIComponent(term)}`);
      expect(found).toEqual([]);
      expect(shards).toEqual(['p14']);
      expect(status).toContain('没有找到');
    });

    it('a query no plan holds, of words every shard holds: the answer from the first shard, each shorter query tried in one shard that may hold it, not in all', async () => {
      const term = '妇女儿童发展规划';
      expect(PLANS.filter((p) => p.body.includes(term))).toEqual([]);
      // These are children's plans: each calls itself a 儿童发展规划.
      for (const id of ids) expect(PLANS.find((p) => p.id === id)!.body).toContain('儿童发展规划');
      const { page, errors } = await newPage(site);
      try {
        const requested: string[] = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        await page.goto(`${mini.base}/search/?q=${encodeURIComponent(term)}`);
        await expect(settled(page)).resolves.toContain('没有找到');
        await page.locator('#search-suggest a').first().waitFor();
        await expect(page.locator('#search-suggest').innerText()).resolves.toContain('儿童发展规划');
        await page.waitForLoadState('networkidle');
        const all = Object.keys(mini.report.shards);
        const shards = all.filter((name) => requested.some((p) => p.startsWith(`/pagefind/${name}/`)));
        expect(shards[0]).toBe('p14');
        expect(shards.length).toBeLessThan(all.length);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it('a province filter: only that province\'s shard, with every plan there that holds the term', async () => {
      const zhangjiagang = ids.find((id) => id.startsWith('32'))!;
      const term = '近视';
      expect(PLANS.find((p) => p.id === zhangjiagang)!.body).toContain(term);
      const province = PLANS.find((p) => p.id === zhangjiagang)!.province;
      const { found, shards } = await shardsFetched(`?q=${encodeURIComponent(term)}&province=${encodeURIComponent(province)}`);
      expect(found).toEqual([zhangjiagang]);
      expect(shards).toEqual(['p32']);
    });
  });
});

describe('markup in plan text stays text in results', () => {
  // Pagefind's excerpts carry page text unescaped; a plan page with markup-like text is indexed
  // on its own and searched, to show the result renders it as text.
  it('an excerpt of a paragraph reading <img onerror> and <script> shows those as text', async () => {
    const id = PLANS[0]!.id;
    const mini = await miniSite([id], 1, (html) => html.replace(
      '<div class="plan-text">',
      '<div class="plan-text"><p id="hostile-1" class="block" data-pagefind-title="引言"><bdi>试验词 &lt;img src=x onerror="window.__pwned=3"&gt; &lt;script&gt;window.__pwned=4&lt;/script&gt; 试验词</bdi></p>',
    ));
    const { page, errors } = await newPage(site);
    try {
      await page.goto(`${mini.base}/search/?q=${encodeURIComponent('试验词')}`);
      await settled(page);
      const excerpt = await page.locator('.hit-excerpt').first().innerText();
      expect(excerpt).toContain('<img src=x onerror="window.__pwned=3">');
      expect(excerpt).toContain('<script>');
      await expect(page.locator('main img, main script:not([src])').count()).resolves.toBe(0);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await mini.close();
    }
  });
});

describe('getting to search', () => {
  it('"/" on a plan page focuses the header box, and Enter searches', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(`${site.base}/plans/${PLANS[0]!.id}/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('近视');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript the page says search needs it and offers browsing by region', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/search/?q=近视`);
    await expect(page.locator('main').innerText()).resolves.toContain('搜索需要浏览器启用 JavaScript');
    const regions = page.locator('.search-regions a');
    expect(await regions.count()).toBeGreaterThan(0);
    await regions.first().click();
    await page.waitForURL((u) => u.pathname === '/');
    await context.close();
  });
});

describe('how it looks', () => {
  it('a page of results passes axe (no serious or critical violation)', async () => {
    const { page } = await newPage(site);
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('儿童之家')}`);
    await settled(page);
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await page.context().close();
  });

  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]] as const) {
    it(`${name}: results fit without horizontal scrolling`, async () => {
      const { page } = await newPage(site, viewport);
      await page.goto(`${site.base}/search/?q=${encodeURIComponent('儿童之家')}&plan=${encodeURIComponent('儿童')}`);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/search-${name}.png`, fullPage: name === 'phone' });
      await page.context().close();
    });
  }

  it('phone: the header with its search box stays tidy on a plan page', async () => {
    const { page } = await newPage(site, { width: 375, height: 812 });
    await page.goto(`${site.base}/plans/${PLANS[0]!.id}/`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(200);
    await page.locator('.site-header').screenshot({ path: `${SHOTS}/header-phone.png` });
    await page.context().close();
  });
});

describe('a long term asked by another window of its bigrams', () => {
  // The plans as search folds them, and long terms cut from them with a fixed seed (7–14 characters).
  const SEARCHABLE = readSearchablePlans('content/plans', PLANS.map((p) => p.id));
  const random = seededRandom(20261202);
  const cut: string[] = [];
  while (cut.length < 6) {
    const { segments } = SEARCHABLE[Math.floor(random() * SEARCHABLE.length)]!;
    const segment = [...segments[Math.floor(random() * segments.length)]!];
    const length = 7 + Math.floor(random() * 8);
    if (segment.length < length) continue;
    const start = Math.floor(random() * (segment.length - length + 1));
    cut.push(segment.slice(start, start + length).join(''));
  }
  // 001_23d5c46fb19a73e3.txt:352, 002_19b4bc2005f807a8.txt:11, and one no plan holds.
  const TERMS = ['每千人口拥有3岁以下婴幼儿托位数', '威府发〔2023〕4号', '儿童之家覆盖率', '妇女儿童发展规划', ...cut];

  it('finds exactly the plans whose text holds it when the index says its opening pairs are costly', async () => {
    const { page, errors } = await newPage(site);
    for (const term of TERMS) {
      // A table of large chunks (src/lib/search/chunk-costs.ts) holding the term's opening pairs, each alone:
      // the search page must ask another window of the term.
      const words = bigramWords(foldForSearch(term));
      const opening = [...new Set(words.filter((_, i) => i % 2 === 0).slice(0, MAX_QUERY_WORDS))].sort();
      const table: ChunkCosts = { median: 35_000, fragment: 30_000, large: opening.map((w): [string, string, number] => [w, w, 1_000_000]) };
      let served = 0;
      await page.unroute('**/chunk-costs.json');
      await page.route('**/chunk-costs.json', (route) => {
        served++;
        return route.fulfill({ json: table });
      });
      const found = await searchAll(page, `?q=${encodeURIComponent(term)}`);
      expect(served, term).toBe(1);
      expect(found, term).toEqual(expectedPlans(SEARCHABLE, term));
      console.log(`${term}: ${found.length} plans`);
    }
    expect(errors).toEqual([]);
  }, 240_000);
});

/**
 * Measured: what search finds, against what the plan texts hold. A reader's queries — every
 * term the search issue names, the core indicator names, the 文号 and issuers, short strings —
 * and 300 substrings cut at random (fixed seed) from the plan texts are typed into /search/ in
 * Chromium, each answer loaded to the end with 显示更多结果. The plans each query should find are
 * computed from content/plans/*.md (tests/support/search-corpus.ts), never from the index.
 * Prints plan-level recall and precision and deep-link accuracy (the element a result links to
 * holds the query); the figures are on /methodology/#search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Page } from 'playwright-core';
import { openSite, newPage, serveTemporary, DIST, type Site } from '../support/browser.ts';
import { readSearchablePlans, expectedPlans, sampleSubstrings, readSearchableIndicators, readSearchableClauses, expectedPages } from '../support/search-corpus.ts';
import { foldForSearch } from '../../src/lib/search/bigrams.ts';
import { buildSearchIndex } from '../../src/lib/search/index-fs.ts';
import { planShards } from '../../src/lib/search/shards.ts';

const BUILT = readdirSync(`${DIST}/plans`);
const PLANS = readSearchablePlans('content/plans', BUILT);

// /work/shared/indicators-core.tsv, copied here as its names: name_zh and also_written_as.
const INDICATORS = [
  '孕产妇死亡率', '妇女人均预期寿命', '女性人均预期寿命', '适龄妇女宫颈癌人群筛查率', '宫颈癌筛查率', '适龄妇女乳腺癌人群筛查率', '乳腺癌筛查率',
  '艾滋病母婴传播率', '孕产妇贫血患病率', '孕产妇贫血率', '孕产妇系统管理率', '妇女健康素养水平', '妇女经常参加体育锻炼的人数比例',
  '妇女体质测定标准合格率', '女性高等教育毛入学率', '女性劳动年龄人口平均受教育年限', '就业人员中的女性比例', '村委会成员中女性比例',
  '居委会成员中女性比例', '城乡基本养老保险参保率', '基本医疗保险参保率', '妇女法律知识普及率', '出生人口性别比', '新生儿死亡率',
  '婴儿死亡率', '5岁以下儿童死亡率', '适龄儿童免疫规划疫苗接种率', '5岁以下儿童贫血患病率', '5岁以下儿童贫血率', '5岁以下儿童生长迟缓率',
  '小学生近视率', '初中生近视率', '高中阶段学生近视率', '儿童青少年总体近视率年均下降', '总体近视率每年降低', '0-6岁儿童眼保健和视力检查覆盖率',
  '国家学生体质健康标准达标优良率', '每千人口拥有3岁以下婴幼儿托位数', '托位数', '学前教育毛入园率', '普惠性幼儿园覆盖率', '九年义务教育巩固率',
  '高中阶段毛入学率', '城乡社区儿童之家覆盖率', '3岁以下儿童系统管理率', '7岁以下儿童健康管理率',
];
// The search issue's own examples, document numbers and issuers, and short everyday strings.
const ISSUE_TERMS = [
  '每千人口', '千人口', '每千人', '托位数', '托位数量', '威府发〔2023〕4号', '威府发', '张政办', '张政办〔2021〕131号', '运盐政发〔2023〕7号',
  '杏政发', '托育 服务', '近视率', '妇女参与决策和管理', '妇女参与决策管理', '妇女与决策管理', '儿童与法律保护', '儿童与法律',
  '太原市杏花岭区人民政府', '运城市盐湖区人民政府', '张家港市人民政府办公室', '威宁自治县人民政府', '2023年5月31日',
  '印发', '留守', '心理', '留守 心理', '儿童之家', '12/10万', '4.5', '38%', '近视', '托位', '托育', '普惠', '反家庭暴力', '校园欺凌',
  '家庭教育', '性别平等', '母婴室', '妇联', '网络', '出生缺陷', '心理健康',
];
// Wordings the clause pages share (their common wording, e.g. /clauses/ "5.保障妇女获得公平的劳动报酬，全面落实男女同工同酬。").
const CLAUSE_TERMS = ['男女同工同酬', '家庭家教家风', '监测评估领导小组', '一切形式的暴力', '儿童福利救助服务'];
const NAMED = [...new Set([...ISSUE_TERMS, ...INDICATORS, ...CLAUSE_TERMS])];
const SAMPLED = sampleSubstrings(PLANS, 300, 20261201);
// Indicator pages (found by name and aliases) and clause pages (by their common wording).
const PAGES = [...readSearchableIndicators(), ...readSearchableClauses(DIST)];

let site: Site;
let page: Page;
/** Each built plan page's elements by id → their folded text, for the deep-link check. */
const elementText = new Map<string, Map<string, string>>();

function textsById(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  const open: { id: string | null; text: string }[] = [];
  const parser = new Parser({
    onopentag(_name, attrs) {
      open.push({ id: attrs.id ?? null, text: '' });
    },
    ontext(text) {
      for (const o of open) o.text += text;
    },
    onclosetag(name) {
      const o = open.pop();
      if (o?.id) texts.set(o.id, foldForSearch(o.text));
      if (name === 'h1' && o) texts.set('', foldForSearch(o.text));
    },
  }, { decodeEntities: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return texts;
}

beforeAll(async () => {
  site = await openSite();
  ({ page } = await newPage(site));
  await page.goto(`${site.base}/search/`);
  for (const id of BUILT) elementText.set(id, textsById(readFileSync(`${DIST}/plans/${id}/index.html`, 'utf8')));
  for (const { id } of PAGES) elementText.set(id, textsById(readFileSync(`${DIST}/${id}/index.html`, 'utf8')));
});
afterAll(async () => {
  await page?.context().close();
  await site?.close();
});

/** Types a query into the box as a reader does, waits, presses 显示更多结果 until all are shown. */
async function ask(query: string): Promise<{ plans: string[]; pages: string[]; order: string[]; links: string[] }> {
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  const done = () => page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 30_000 });
  await done();
  while (await page.locator('#search-more').isVisible()) {
    await page.locator('#search-more').click();
    await done();
  }
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const order = hrefs.map((h) => /^\/(?:plans\/([^/]+)|((?:indicators|clauses)\/[^/]+))\/$/.exec(h)?.slice(1).find(Boolean) ?? `unknown ${h}`);
  const links = await page.locator('.search-hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const isPage = (id: string) => /^(indicators|clauses)\//.test(id);
  return { plans: order.filter((id) => !isPage(id)).sort(), pages: order.filter(isPage).sort(), order, links };
}

interface Count { expected: number; found: number; shown: number; correct: number }
interface Tally { queries: number; plans: Count; pages: Count; links: number; goodLinks: number; misordered: number; misses: string[] }

const count = (): Count => ({ expected: 0, found: 0, shown: 0, correct: 0 });
function tallyOf(c: Count, expected: readonly string[], shown: readonly string[]): void {
  c.expected += expected.length;
  c.found += expected.filter((id) => shown.includes(id)).length;
  c.shown += shown.length;
  c.correct += shown.filter((id) => expected.includes(id)).length;
}

/** Where a result stands in the list: plans first, then indicator pages, then clause pages. */
const rankOf = (id: string) => (id.startsWith('indicators/') ? 1 : id.startsWith('clauses/') ? 2 : 0);

async function measure(queries: readonly string[]): Promise<Tally> {
  const t: Tally = { queries: 0, plans: count(), pages: count(), links: 0, goodLinks: 0, misordered: 0, misses: [] };
  for (const q of queries) {
    const expected = expectedPlans(PLANS, q);
    const expectedPageIds = expectedPages(PAGES, q);
    const { plans, pages, order, links } = await ask(q);
    t.queries++;
    tallyOf(t.plans, expected, plans);
    tallyOf(t.pages, expectedPageIds, pages);
    if (plans.join() !== expected.join()) t.misses.push(`${q}: expected ${expected.join(' ') || 'none'}, shown ${plans.join(' ') || 'none'}`);
    if (pages.join() !== expectedPageIds.join()) t.misses.push(`${q}: expected pages ${expectedPageIds.join(' ') || 'none'}, shown ${pages.join(' ') || 'none'}`);
    const ranks = order.map(rankOf);
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) {
      t.misordered++;
      t.misses.push(`${q}: results not in the order plans, indicators, clauses: ${order.join(' ')}`);
    }
    const terms = q.split(/\s+/).map(foldForSearch);
    for (const link of links) {
      const [, id = '', hash = ''] = /^\/(?:plans\/)?([^#]+?)\/(?:#(.*))?$/.exec(link) ?? [];
      const text = elementText.get(id)?.get(decodeURIComponent(hash));
      t.links++;
      // A link lands on an element that holds at least one of the query's words.
      if (text !== undefined && terms.some((term) => text.includes(term))) t.goodLinks++;
      else t.misses.push(`${q}: link ${link} does not land on the words`);
    }
  }
  return t;
}

/** The sampled substrings' goals: recall ≥ 99%, precision 100%, every link on the words, plans before pages. */
function expectSampledGoals(t: Tally): void {
  expect(t.plans.found / t.plans.expected).toBeGreaterThanOrEqual(0.99);
  expect(t.plans.correct).toBe(t.plans.shown);
  expect(t.pages.found / t.pages.expected).toBeGreaterThanOrEqual(0.99);
  expect(t.pages.correct).toBe(t.pages.shown);
  expect(t.goodLinks).toBe(t.links);
  expect(t.misordered).toBe(0);
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
function report(name: string, t: Tally): void {
  const line = (what: string, c: Count) => `${what} recall ${pct(c.found, c.expected)} (${c.found}/${c.expected}), precision ${pct(c.correct, c.shown)} (${c.correct}/${c.shown})`;
  console.log(`search ${name}: ${t.queries} queries; ${line('plan', t.plans)}; ${line('indicator/clause page', t.pages)}; deep links ${pct(t.goodLinks, t.links)} (${t.goodLinks}/${t.links})`);
  for (const m of t.misses.slice(0, 20)) console.log(`  ${m}`);
}

describe('measured recall and precision', () => {
  it(`the named queries (${NAMED.length}) find exactly the plans, indicator and clause pages whose text holds them, each link on the words`, async () => {
    expect(NAMED.length).toBeGreaterThanOrEqual(60);
    const t = await measure(NAMED);
    report('named queries', t);
    // Indicator and clause pages are among what the named queries must find, or this proves nothing about them.
    expect(expectedPages(PAGES, '男女同工同酬').some((id) => id.startsWith('clauses/'))).toBe(true);
    expect(expectedPages(PAGES, '托位数').some((id) => id.startsWith('indicators/'))).toBe(true);
    expect(t.misses).toEqual([]);
  }, 600_000);

  it('300 substrings sampled at random from the plan texts: recall ≥ 99%, precision and deep links 100%', async () => {
    expect(SAMPLED).toHaveLength(300);
    const t = await measure(SAMPLED);
    report('sampled substrings', t);
    expectSampledGoals(t);
  }, 900_000);
});

/**
 * The built site with its search index split into one shard per province (the nine plans: four
 * shards and the indicator and clause pages' index), served on its own: the route table
 * (src/lib/search/shard-routes.ts) then decides which shards each query searches.
 */
async function shardedSite(): Promise<{ base: string; shards: string[]; close(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'liangui-recall-sharded-'));
  cpSync(DIST, root, { recursive: true });
  const report = await buildSearchIndex(root, { shardPlans: 1 });
  const shards = planShards(BUILT, 1).map((sh) => sh.name);
  expect(Object.keys(report.shards).filter((name) => shards.includes(name))).toEqual(shards);
  const searchPage = join(root, 'search', 'index.html');
  writeFileSync(searchPage, readFileSync(searchPage, 'utf8').replace(/data-shards="[^"]*"/, `data-shards="${shards.join(' ')}"`));
  return { shards, ...(await serveTemporary(root)) };
}

describe('the same queries in an index of one shard per province, each searched only in the shards the route table names', () => {
  let sharded: Awaited<ReturnType<typeof shardedSite>>;
  beforeAll(async () => {
    sharded = await shardedSite();
    expect(sharded.shards.length).toBeGreaterThan(2);
    await page.goto(`${sharded.base}/search/`);
  });
  afterAll(() => sharded?.close());

  it('the named queries: exactly the plans, indicator and clause pages whose text holds them, each link on the words', async () => {
    const t = await measure(NAMED);
    report('named queries, one shard per province', t);
    expect(t.misses).toEqual([]);
  }, 600_000);

  it('the 300 sampled substrings: recall ≥ 99%, precision and deep links 100%', async () => {
    const t = await measure(SAMPLED);
    report('sampled substrings, one shard per province', t);
    expectSampledGoals(t);
  }, 900_000);
});

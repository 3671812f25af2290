import { describe, expect, it } from 'vitest';
import { hitsOf, markTerms, excerptOf, fragmentWords } from '../../../src/lib/search/hits.ts';
import type { PagefindFragment } from '../../../src/lib/search/pagefind-types.ts';

// A fragment as Pagefind 1.6 hands a plan page back: words joined by U+200B (< and > escaped),
// table cells by plain spaces, one titled anchor per block, a row anchor per table row, and the
// plan's metadata (PlanSearchMeta.astro).
const words = [
  '某县', '儿童', '发展', '规划', '. ', // 0–4: the title
  '近视', '防控', '。 ', // 5–7: intro-p1
  '孕', '产妇', '死亡率', '12.5', '/', '10', '万', '。 ', // 8–15: s2-1-goals-1
  '指标 2020 2025', // 16–18: the table head, three words joined by spaces
  '出生', '缺陷', '发生率 99.0', // 19–22: row 1
  '近视', '率 38%', '. ', // 23–26: row 2
  '&lt;', 'img', '&gt;', '近视', '. ', // 27–31: s3-1-p1
];
const fragment: PagefindFragment = {
  url: '/plans/x/',
  content: words.join('\u200b'),
  meta: { title: '某县儿童发展规划', doc_number: '威府发〔2023〕4号', issuer: '威宁自治县人民政府' },
  filters: { plan: ['儿童'] },
  anchors: [
    { element: 'p', id: 'intro-p1', title: '引言', location: 5 },
    { element: 'p', id: 's2-1-goals-1', title: '儿童与健康 › 主要目标', location: 8 },
    { element: 'div', id: 's2-1-goals-t1', title: '儿童与健康 › 主要目标', location: 16 },
    { element: 'tr', id: 's2-1-goals-t1-r1', location: 19 },
    { element: 'tr', id: 's2-1-goals-t1-r2', location: 23 },
    { element: 'p', id: 's3-1-p1', title: '组织实施', location: 27 },
  ],
};
const urls = (terms: string[], domain?: string) => hitsOf(fragment, terms, domain).hits.map((h) => h.url);

describe('hitsOf: which paragraphs of a result are shown', () => {
  it('lists every paragraph holding the term, each linked to its own permalink, a table row where it is one', () => {
    const { shown, hits } = hitsOf(fragment, ['近视']);
    expect(shown).toBe(true);
    expect(hits.map((h) => h.url)).toEqual(['/plans/x/#intro-p1', '/plans/x/#s2-1-goals-t1-r2', '/plans/x/#s3-1-p1']);
    expect(hits.map((h) => h.section)).toEqual(['引言', '儿童与健康 › 主要目标', '组织实施']);
    expect(hits.map((h) => h.kind)).toEqual(['text', 'row', 'text']);
  });

  it('links a match in a table to its own row, counting space-joined cells as Pagefind does (出生缺陷 is row 1, 近视 row 2)', () => {
    expect(urls(['出生缺陷'])).toEqual(['/plans/x/#s2-1-goals-t1-r1']);
    const row = hitsOf(fragment, ['38%']).hits[0]!;
    expect(row.url).toBe('/plans/x/#s2-1-goals-t1-r2');
    expect(row.excerpt.map((p) => p.text).join('')).toBe('近视率 38%');
  });

  it('drops the "." that closes an indicator page\'s content: its names end 托位数, not 托位数.', () => {
    const names = { ...fragment, content: '每千人口拥有3岁以下婴幼儿托位数 · 也写作：托位数 .', raw_content: '每千人口拥有3岁以下婴幼儿托位数 · 也写作：托位数 .' };
    expect(fragmentWords(names).join('')).toBe('每千人口拥有3岁以下婴幼儿托位数 · 也写作：托位数 ');
  });

  it('reads the ". " Pagefind ends each block with as a cell separator, which search folds away', () => {
    expect(fragmentWords(fragment).slice(16, 27).join('')).toBe('指标 2020 2025出生缺陷发生率 99.0近视率 38% | ');
    expect(urls(['发生率99.0'])).toEqual(['/plans/x/#s2-1-goals-t1-r1']);
    expect(hitsOf(fragment, ['率38%.']).shown).toBe(false);
  });

  it('shows a table row with its cells apart, as the page does: 1.74 | 4.2, never 1.744.2', () => {
    // 杏花岭's children's plan, table row 5 (content/sources/000_30ea770318f86718.txt:2412–2420, one cell a line: 5, #3岁以下婴幼儿托位数(个)/千人, 1.74, 4.2, 预期性),
    // as Pagefind 1.6 stores it: every cell closed by a word ". ".
    const cells = ['5', '. ', '#', '3', '岁', '以下', '婴', '幼儿', '托', '位', '数', '(', '个', ')', '/', '千人', '. ', '1.74', '. ', '4.2', '. ', '预期', '性', '. '];
    const table: PagefindFragment = {
      url: '/plans/y/', content: cells.join('\u200b'), meta: { title: '某县儿童发展规划' }, filters: {},
      anchors: [{ element: 'div', id: 's2-4-goals-t1', title: '儿童与福利 › 主要目标', location: 0 }, { element: 'tr', id: 's2-4-goals-t1-r5', location: 0 }],
    };
    const [row] = hitsOf(table, ['托位数']).hits;
    expect(row!.url).toBe('/plans/y/#s2-4-goals-t1-r5');
    expect(row!.excerpt.map((p) => p.text).join('')).toBe('5 | #3岁以下婴幼儿托位数(个)/千人 | 1.74 | 4.2 | 预期性');
    expect(row!.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(['托位数']);
    // A query across cells still finds the row (whitespace and punctuation are folded away), and is marked across the separator.
    const across = hitsOf(table, ['千人1.74']).hits[0]!;
    expect(across.url).toBe('/plans/y/#s2-4-goals-t1-r5');
    expect(across.excerpt.filter((p) => p.marked).map((p) => p.text).join('')).toBe('千人 | 1.74');
  });

  it('every matching row is a hit of its own', () => {
    expect(urls(['率'])).toEqual(['/plans/x/#s2-1-goals-1', '/plans/x/#s2-1-goals-t1-r1', '/plans/x/#s2-1-goals-t1-r2']);
  });

  it('with a domain, keeps only the paragraphs in that 领域', () => {
    expect(urls(['近视'], '儿童与健康')).toEqual(['/plans/x/#s2-1-goals-t1-r2']);
    expect(hitsOf(fragment, ['近视'], '儿童与教育').shown).toBe(false);
  });

  it('drops a paragraph, and the result, that does not hold the term (12/10万 is not in 12.5/10万)', () => {
    expect(hitsOf(fragment, ['12/10万']).shown).toBe(false);
    expect(urls(['12.5/10万'])).toEqual(['/plans/x/#s2-1-goals-1']);
  });

  it('ignores whitespace and punctuation between the characters of a term', () => {
    expect(urls(['孕产妇死亡率12.5/10万'])).toEqual(['/plans/x/#s2-1-goals-1']);
  });

  it('finds the metadata and says where: 文号, 发布机关, 标题', () => {
    const [hit] = hitsOf(fragment, ['威府发〔2023〕4号']).hits;
    expect(hit).toMatchObject({ section: '文号', url: '/plans/x/#meta', kind: 'meta' });
    expect(hit!.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(['威府发〔2023〕4号']);
    expect(hitsOf(fragment, ['威府发']).hits[0]!.section).toBe('文号');
    expect(hitsOf(fragment, ['威宁自治县人民政府']).hits[0]!.section).toBe('发布机关');
    expect(hitsOf(fragment, ['某县儿童']).hits.map((h) => [h.section, h.url])).toEqual([['标题', '/plans/x/']]);
  });

  it('several words: a plan needs every one; segments holding all come first, and are counted', () => {
    const both = hitsOf(fragment, ['近视', '38%']);
    expect(both.hits.map((h) => h.url)).toEqual(['/plans/x/#s2-1-goals-t1-r2', '/plans/x/#intro-p1', '/plans/x/#s3-1-p1']);
    expect(both.allTerms).toBe(1);
    const apart = hitsOf(fragment, ['防控', '出生']);
    expect(apart.shown).toBe(true);
    expect(apart.allTerms).toBe(0);
    expect(hitsOf(fragment, ['近视', '托位']).shown).toBe(false);
  });

  it('reads the browser’s shape of a fragment too: separators kept only in raw_content', () => {
    const browser = { ...fragment, raw_content: fragment.content, content: fragment.content.replace(/\u200b/g, '') };
    expect(hitsOf(browser, ['出生缺陷']).hits.map((h) => h.url)).toEqual(['/plans/x/#s2-1-goals-t1-r1']);
    expect(hitsOf(browser, ['近视']).hits.map((h) => h.url)).toEqual(urls(['近视']));
  });

  it('gives markup-like page text back as text', () => {
    expect(fragmentWords(fragment).slice(27, 30).join('')).toBe('<img>');
    const hit = hitsOf(fragment, ['近视']).hits[2]!;
    expect(hit.excerpt.map((p) => p.text).join('')).toBe('<img>近视');
  });
});

describe('excerptOf: a window of the paragraph around the first match', () => {
  it('cuts long paragraphs with ellipses and marks the terms', () => {
    const text = `${'甲'.repeat(50)}近视${'乙'.repeat(100)}`;
    const parts = excerptOf(text, ['近视'])!;
    expect(parts[0]).toEqual({ text: '…', marked: false });
    expect(parts.at(-1)).toEqual({ text: '…', marked: false });
    expect(parts.find((p) => p.marked)?.text).toBe('近视');
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(82);
  });

  it('shows every word of the query together where one window can', () => {
    const text = `托育${'甲'.repeat(100)}托育机构和服务${'乙'.repeat(100)}`;
    const shown = excerptOf(text, ['托育', '服务'])!.filter((p) => p.marked).map((p) => p.text);
    expect(shown).toEqual(['托育', '服务']);
  });

  it('is null when the paragraph holds no term', () => {
    expect(excerptOf('没有', ['近视'])).toBeNull();
  });
});

describe('markTerms: the terms themselves are marked, not each of their words', () => {
  it('marks 儿童之家 and leaves a lone 儿童 unmarked', () => {
    expect(markTerms('建设儿童之家，服务儿童', ['儿童之家'])).toEqual([
      { text: '建设', marked: false },
      { text: '儿童之家', marked: true },
      { text: '，服务儿童', marked: false },
    ]);
  });

  it('finds a term across full-width forms and letter case', () => {
    expect(markTerms('达到９０％，HPV疫苗', ['90%', 'hpv']).filter((p) => p.marked).map((p) => p.text)).toEqual(['９０％', 'HPV']);
  });
});


import { describe, expect, it } from 'vitest';
import { hitsOf, excerptParts, anchorAt, markTerms, remark } from '../../../src/lib/search/hits.ts';
import type { PagefindFragment } from '../../../src/lib/search/pagefind-types.ts';

// A fragment as Pagefind 1.6 writes it for a plan page: words joined by U+200B, one titled
// anchor per block, a table row anchor inside the table block.
const words = ['标题', '. ', '近视', '防控', '。 ', '孕', '产妇', '死亡率', '12.5', '/', '10', '万', '。 ', '近视', '率', '38%', '. '];
const fragment: PagefindFragment = {
  url: '/plans/x/',
  raw_content: words.join('\u200b'),
  content: words.join(''),
  excerpt: '',
  meta: { title: '某县儿童发展规划' },
  filters: { plan: ['儿童'] },
  anchors: [
    { element: 'p', id: 'intro-p1', title: '引言', location: 2 },
    { element: 'p', id: 's2-1-goals-1', title: '儿童与健康 › 主要目标', location: 5 },
    { element: 'div', id: 's2-1-goals-t1', title: '儿童与健康 › 主要目标', location: 13 },
    { element: 'tr', id: 's2-1-goals-t1-r1', location: 13 },
  ],
  sub_results: [
    { title: '引言', url: '/plans/x/#intro-p1', excerpt: '<mark>近视</mark>防控。', locations: [2], anchor: { element: 'p', id: 'intro-p1', title: '引言', location: 2 } },
    // Pagefind's prefix match: 12 in a query for 12/10万 also matched 12.5 here.
    { title: '儿童与健康 › 主要目标', url: '/plans/x/#s2-1-goals-1', excerpt: '<mark>12.5</mark>/10万', locations: [8], anchor: { element: 'p', id: 's2-1-goals-1', title: '儿童与健康 › 主要目标', location: 5 } },
    { title: '儿童与健康 › 主要目标', url: '/plans/x/#s2-1-goals-t1', excerpt: '<mark>近视</mark>率38%', locations: [13], anchor: { element: 'div', id: 's2-1-goals-t1', title: '儿童与健康 › 主要目标', location: 13 } },
  ],
  locations: [2, 8, 13],
};

describe('hitsOf: which paragraphs of a result are shown', () => {
  it('lists each paragraph holding the term, linked to its own permalink (a table row where it is one)', () => {
    const { shown, hits } = hitsOf(fragment, ['近视']);
    expect(shown).toBe(true);
    expect(hits.map((h) => h.url)).toEqual(['/plans/x/#intro-p1', '/plans/x/#s2-1-goals-t1-r1']);
    expect(hits[1]!.section).toBe('儿童与健康 › 主要目标');
  });

  it('with a domain, keeps only the paragraphs in that 领域', () => {
    expect(hitsOf(fragment, ['近视'], '儿童与健康').hits.map((h) => h.url)).toEqual(['/plans/x/#s2-1-goals-t1-r1']);
    expect(hitsOf(fragment, ['近视'], '儿童与教育').shown).toBe(false);
  });

  it('drops a result whose text does not hold the literal term (Pagefind matched 12 as a prefix of 12.5)', () => {
    expect(hitsOf(fragment, ['12/10万']).shown).toBe(false);
    expect(hitsOf(fragment, ['12.5/10万']).shown).toBe(true);
  });
});

describe('excerptParts: Pagefind’s excerpt is split at <mark>, never parsed', () => {
  it('marks the matched words and keeps everything else as text, markup included', () => {
    // Pagefind escapes < and > but not &: "&amp;" in an excerpt is page text, not an entity.
    expect(excerptParts('a<mark>近视</mark>b &lt;img src=x onerror=alert(1)&gt; &amp;')).toEqual([
      { text: 'a', marked: false },
      { text: '近视', marked: true },
      { text: 'b <img src=x onerror=alert(1)> &amp;', marked: false },
    ]);
  });

  it('joins adjacent marks (Pagefind marks 孕 and 产妇 separately)', () => {
    expect(excerptParts('<mark>孕</mark><mark>产妇</mark>')).toEqual([{ text: '孕产妇', marked: true }]);
  });
});

describe('anchorAt', () => {
  it('finds the last element starting at or before a word', () => {
    expect(anchorAt(fragment.anchors, 7)?.id).toBe('s2-1-goals-1');
    expect(anchorAt(fragment.anchors, 1)).toBeUndefined();
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

  it('keeps Pagefind’s marks where the excerpt holds no whole term', () => {
    const parts = [{ text: '儿童', marked: true }, { text: '活动', marked: false }];
    expect(remark(parts, ['儿童之家'])).toEqual(parts);
  });
});

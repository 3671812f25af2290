import { describe, expect, it } from 'vitest';
import { hitsOf, anchorAt, markTerms, excerptOf, fragmentWords } from '../../../src/lib/search/hits.ts';
import type { PagefindFragment } from '../../../src/lib/search/pagefind-types.ts';

// A fragment as Pagefind 1.6 hands it back for a plan page: words joined by U+200B (< and >
// escaped), one titled anchor per block, a table row anchor inside the table block.
const words = [
  '某县', '儿童', '发展', '规划', '. ', // 0–4: the title
  '近视', '防控', '。 ', // 5–7: intro-p1
  '孕', '产妇', '死亡率', '12.5', '/', '10', '万', '。 ', // 8–15: s2-1-goals-1
  '近视', '率', '38%', '. ', // 16–19: the table, row 1
  '&lt;', 'img', '&gt;', '近视', '. ', // 20–24: s3-1-p1
];
const fragment: PagefindFragment = {
  url: '/plans/x/',
  raw_content: words.join('\u200b'),
  content: words.join(''),
  meta: { title: '某县儿童发展规划' },
  filters: { plan: ['儿童'] },
  anchors: [
    { element: 'p', id: 'intro-p1', title: '引言', location: 5 },
    { element: 'p', id: 's2-1-goals-1', title: '儿童与健康 › 主要目标', location: 8 },
    { element: 'div', id: 's2-1-goals-t1', title: '儿童与健康 › 主要目标', location: 16 },
    { element: 'tr', id: 's2-1-goals-t1-r1', location: 16 },
    { element: 'p', id: 's3-1-p1', title: '组织实施', location: 20 },
  ],
};

describe('hitsOf: which paragraphs of a result are shown', () => {
  it('lists each paragraph holding the term once, linked to its own permalink (a table row where it is one)', () => {
    const { shown, hits } = hitsOf(fragment, [5, 16, 23, 16], ['近视']);
    expect(shown).toBe(true);
    expect(hits.map((h) => h.url)).toEqual(['/plans/x/#intro-p1', '/plans/x/#s2-1-goals-t1-r1', '/plans/x/#s3-1-p1']);
    expect(hits.map((h) => h.section)).toEqual(['引言', '儿童与健康 › 主要目标', '组织实施']);
  });

  it('a match in a table row is excerpted from that row', () => {
    const [, row] = hitsOf(fragment, [5, 16], ['近视']).hits;
    expect(row!.excerpt.map((p) => p.text).join('')).toBe('近视率38%.');
  });

  it('with a domain, keeps only the paragraphs in that 领域', () => {
    expect(hitsOf(fragment, [5, 16, 23], ['近视'], '儿童与健康').hits.map((h) => h.url)).toEqual(['/plans/x/#s2-1-goals-t1-r1']);
    expect(hitsOf(fragment, [5, 16, 23], ['近视'], '儿童与教育').shown).toBe(false);
  });

  it('drops a paragraph, and the result, that does not hold the literal term (12 matched 12.5 as a prefix)', () => {
    expect(hitsOf(fragment, [11, 13, 14], ['12/10万']).shown).toBe(false);
    expect(hitsOf(fragment, [11, 12, 13, 14], ['12.5/10万']).hits.map((h) => h.url)).toEqual(['/plans/x/#s2-1-goals-1']);
  });

  it('ignores matches outside the plan text (the title)', () => {
    expect(hitsOf(fragment, [1], ['儿童']).shown).toBe(false);
  });

  it('gives markup-like page text back as text', () => {
    expect(fragmentWords(fragment).slice(20, 23).join('')).toBe('<img>');
    const [hit] = hitsOf(fragment, [23], ['近视']).hits;
    expect(hit!.excerpt.map((p) => p.text).join('')).toBe('<img>近视.');
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

describe('anchorAt', () => {
  it('finds the last element starting at or before a word', () => {
    expect(anchorAt(fragment.anchors, 10)?.id).toBe('s2-1-goals-1');
    expect(anchorAt(fragment.anchors, 17)?.id).toBe('s2-1-goals-t1-r1');
    expect(anchorAt(fragment.anchors, 1)).toBeUndefined();
  });
});

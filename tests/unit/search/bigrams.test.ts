import { describe, expect, it } from 'vitest';
import { bigramContent, bigramQuery, bigramWords, charCode, foldForSearch, MAX_QUERY_BIGRAMS } from '../../../src/lib/search/bigrams.ts';

/** The words of a bigram record, and where a query's phrase sits in them (-1: not found). */
const words = (segments: string[]) => bigramContent(segments).split(/\s+/).filter(Boolean);
function phraseAt(segments: string[], query: string): number {
  const q = bigramQuery(query)!;
  const phrase = q.replace(/"/g, '').split(' ');
  const ws = words(segments);
  return ws.findIndex((_, i) => phrase.every((p, j) => ws[i + j] === p));
}

describe('foldForSearch', () => {
  it('drops whitespace and punctuation, keeps . / % inside numbers, folds width and case', () => {
    expect(foldForSearch('每千人口 拥有，“托位”')).toBe('每千人口拥有托位');
    expect(foldForSearch('１２／１０万、HPV')).toBe('12/10万hpv');
    expect(foldForSearch('威府发〔2023〕4号')).toBe('威府发20234号');
  });
});

describe('bigram words', () => {
  it('writes each character as three base-36 digits, so a bigram is one six-letter ASCII word', () => {
    expect(charCode('每')).toBe((0x6bcf).toString(36));
    expect(bigramWords('每千人口')).toEqual([charCode('每') + charCode('千'), charCode('千') + charCode('人'), charCode('人') + charCode('口')]);
    for (const w of bigramWords('每千人口12/10万')) expect(w).toMatch(/^[0-9a-z]{6}$/);
  });

  it('writes characters beyond U+B63F with a marker, so no two characters share a code', () => {
    expect(charCode('𠀀')).toMatch(/^_[0-9a-z]{4}$/);
    expect(new Set(['가', '힣', '丽', 'ｶ'].map(charCode)).size).toBe(4);
  });
});

describe('a query is found exactly where the text holds it', () => {
  // 140107-children.md: "每千人口拥有3岁以下婴幼儿托位数" (also 001_23d5c46fb19a73e3.txt's wording)
  const plan = ['（四）每千人口拥有3岁以下婴幼儿托位数达到4.5个。', '托位数量稳步增加'];
  it('finds 每千人口 and 千人口, which segmenters cut as 每千人|口', () => {
    expect(phraseAt(plan, '每千人口')).toBe(1); // after （四）, whose 四 is the first character kept
    expect(phraseAt(plan, '千人口')).toBeGreaterThanOrEqual(0);
    expect(phraseAt(plan, '托位数')).toBeGreaterThanOrEqual(0);
  });

  it('does not find a string that spans two segments, or one the text does not hold', () => {
    expect(phraseAt(plan, '个托位')).toBe(-1);
    expect(phraseAt(plan, '每千人拥有')).toBe(-1);
    expect(phraseAt(plan, '4.5')).toBeGreaterThanOrEqual(0);
    expect(phraseAt(plan, '45')).toBe(-1);
  });
});

describe('bigramQuery', () => {
  it('is an exact phrase of the bigrams for a short term, a prefix for one character', () => {
    expect(bigramQuery('近视')).toBe(`"${charCode('近')}${charCode('视')}"`);
    expect(bigramQuery('近')).toBe(charCode('近'));
    expect(bigramQuery('。，')).toBeNull();
  });

  it('asks for a spread of at most MAX_QUERY_BIGRAMS bigrams of a long term, first and last included', () => {
    const q = bigramQuery('每千人口拥有3岁以下婴幼儿托位数')!;
    const all = bigramWords(foldForSearch('每千人口拥有3岁以下婴幼儿托位数'));
    const asked = q.split(' ');
    expect(asked.length).toBeLessThanOrEqual(MAX_QUERY_BIGRAMS);
    expect(asked[0]).toBe(all[0]);
    expect(asked.at(-1)).toBe(all.at(-1));
    for (const w of asked) expect(all).toContain(w);
  });
});

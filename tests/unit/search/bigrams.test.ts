import { describe, expect, it } from 'vitest';
import { bigramContents, bigramQuery, bigramRecord, bigramWords, charCode, foldForSearch, isExactQuery, MAX_QUERY_WORDS } from '../../../src/lib/search/bigrams.ts';

/** The words of each bigram record, as Pagefind numbers them (segment breaks are no words). */
const records = (segments: string[]) => bigramContents(segments).map((r) => r.split(/\s+/).filter(Boolean));

/** Where each searched phrase of a query stands in the records, as [record, position]; null if one is missing. */
function phrasesAt(segments: string[], query: string): [number, number][] | null {
  const found: [number, number][] = [];
  for (const piece of bigramQuery(query)) {
    const phrase = piece.replace(/"/g, '').split(' ');
    const at = records(segments).map((ws) => ws.findIndex((_, i) => phrase.every((p, j) => ws[i + j] === p)));
    const k = at.findIndex((i) => i >= 0);
    if (k < 0) return null;
    found.push([k, at[k]!]);
  }
  return found;
}
const finds = (segments: string[], query: string) => phrasesAt(segments, query) !== null;

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
  it('finds 每千人口 and 千人口, which segmenters cut as 每千人|口: one from an odd offset, one from an even', () => {
    // 四每千人口…: 每 is at offset 1 (odd record), 千 at offset 2 (even record).
    expect(phrasesAt(plan, '每千人口')).toEqual([[1, 0]]);
    expect(phrasesAt(plan, '千人口')?.[0]).toEqual([0, 1]);
    expect(finds(plan, '托位数')).toBe(true);
  });

  it('finds every substring of the text, whatever its length and offset', () => {
    const text = foldForSearch(plan[0]!);
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) for (let j = i + 2; j <= chars.length; j++) expect(finds(plan, chars.slice(i, j).join('')), chars.slice(i, j).join('')).toBe(true);
  });

  it('keeps both runs whole in the one record a page gets, so every substring is one phrase of it', () => {
    const record = bigramRecord(plan).split(/\s+/).filter(Boolean);
    expect(record).toEqual(records(plan).flat());
    const chars = [...foldForSearch(plan[0]!)];
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 2; j <= chars.length; j++) {
        const phrase = bigramQuery(chars.slice(i, j).join(''))[0]!.replace(/"/g, '').split(' ');
        expect(record.some((_, k) => phrase.every((p, m) => record[k + m] === p)), chars.slice(i, j).join('')).toBe(true);
      }
    }
  });

  it('does not find a string that spans two segments, or an exact one the text does not hold', () => {
    expect(finds(plan, '个托位')).toBe(false);
    expect(finds(plan, '每千人拥有')).toBe(false);
    expect(finds(plan, '4.5')).toBe(true);
    expect(finds(plan, '45')).toBe(false);
  });
});

describe('bigramQuery', () => {
  it('is one exact phrase of non-overlapping bigrams for a term of an even count of characters, a prefix for one character', () => {
    expect(bigramQuery('近视')).toEqual([`"${charCode('近')}${charCode('视')}"`]);
    expect(bigramQuery('妇女发展规划')).toEqual([`"${['妇女', '发展', '规划'].map((w) => bigramWords(w)[0]).join(' ')}"`]);
    expect(isExactQuery('妇女发展规划')).toBe(true);
    expect(bigramQuery('近')).toEqual([charCode('近')]);
    expect(bigramQuery('。，')).toEqual([]);
  });

  it('adds the last bigram of a term of three characters (then the text check decides)', () => {
    expect(bigramQuery('托位数')).toEqual([`"${bigramWords('托位')[0]}"`, `"${bigramWords('位数')[0]}"`]);
    expect(isExactQuery('托位数')).toBe(false);
  });

  it('asks for a long term by its opening MAX_QUERY_WORDS pairs, as an exact phrase', () => {
    for (const term of ['每千人口拥有3岁以下婴幼儿托位数', '妇女儿童发展规划', '威府发〔2023〕4号']) {
      const pairs = bigramWords(foldForSearch(term)).filter((_, i) => i % 2 === 0);
      expect(bigramQuery(term)).toEqual([`"${pairs.slice(0, MAX_QUERY_WORDS).join(' ')}"`]);
      expect(isExactQuery(term)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bigramContents, bigramQuery, bigramRecord, bigramWords, charCode, foldForSearch, isExactQuery, MAX_QUERY_WORDS, needsWindowChoice, bigramCheck, chunksAsked } from '../../../src/lib/search/bigrams.ts';
import type { ChunkCosts } from '../../../src/lib/search/chunk-costs.ts';

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

  it('asks for a long term by its opening MAX_QUERY_WORDS pairs when it has no table of common bigrams', () => {
    for (const term of ['每千人口拥有3岁以下婴幼儿托位数', '妇女儿童发展规划', '威府发〔2023〕4号']) {
      const pairs = bigramWords(foldForSearch(term)).filter((_, i) => i % 2 === 0);
      expect(bigramQuery(term)).toEqual([`"${pairs.slice(0, MAX_QUERY_WORDS).join(' ')}"`]);
      expect(isExactQuery(term)).toBe(false);
    }
  });
});

describe('choosing the window of a long term by what its index chunks cost', () => {
  const word = (pair: string) => bigramWords(pair)[0]!;
  const phrase = (...pairs: string[]) => [`"${pairs.map(word).join(' ')}"`];
  /** A table where each listed pair sits alone in a large chunk of the given KB; any other word costs the median, 35 KB. */
  const tableOf = (large: Record<string, number>): ChunkCosts => ({
    median: 35_000,
    fragment: 30_000,
    large: Object.entries(large).map(([pair, kb]): [string, string, number] => [word(pair), word(pair), kb * 1000]).sort(([a], [b]) => (a < b ? -1 : 1)),
  });
  // As at 1,000 plans: the chunks of the bigrams every plan holds many times are 2–3 × the median.
  const table = tableOf({ 妇女: 60, 儿童: 92, 发展: 50, 规划: 55, 人口: 70, 拥有: 60, 以下: 80, 幼儿: 75, 20: 90, '02': 70, 23: 88 });

  it('asks the window whose chunks cost least, from an even or an odd offset', () => {
    // 妇女儿童发展规划: 女儿 童发 展规 (odd offset, three median chunks) instead of 妇女 儿童 发展.
    expect(bigramQuery('妇女儿童发展规划', table)).toEqual(phrase('女儿', '童发', '展规'));
    // 001_23d5c46fb19a73e3.txt:352 "每千人口拥有3岁以下婴幼儿托位数": a window of none of the large chunks.
    const long = bigramQuery('每千人口拥有3岁以下婴幼儿托位数', table)[0]!;
    for (const common of ['人口', '拥有', '以下', '幼儿']) expect(long).not.toContain(word(common));
    expect(long.split(' ')).toHaveLength(MAX_QUERY_WORDS);
    // 002_19b4bc2005f807a8.txt:11 "威府发〔2023〕4号": 威府 发2 02 (02: 70 KB) beats 府发 20 23 (178 KB).
    expect(bigramQuery('威府发〔2023〕4号', table)).toEqual(phrase('威府', '发2', '02'));
  });

  it('asks the opening pairs where no chunk is large (as at 9 plans), or where the page has the large ones already', () => {
    expect(bigramQuery('妇女儿童发展规划', tableOf({}))).toEqual(bigramQuery('妇女儿童发展规划'));
    expect(bigramQuery('妇女儿童发展规划')).toEqual(phrase('妇女', '儿童', '发展'));
    expect(bigramQuery('妇女儿童发展规划', table, new Set(['妇女', '儿童', '发展'].map((p) => `#${word(p)}`)))).toEqual(phrase('妇女', '儿童', '发展'));
  });

  it('keeps a term its phrase covers whole as it is, and says so (isExactQuery)', () => {
    for (const term of ['近视', '妇女儿童', '妇女发展规划']) {
      expect(needsWindowChoice(term)).toBe(false);
      expect(bigramQuery(term, table)).toEqual(bigramQuery(term));
      expect(isExactQuery(term)).toBe(true);
    }
    expect(needsWindowChoice('托位数')).toBe(false);
    expect(bigramQuery('托位数', table)).toEqual(bigramQuery('托位数'));
    for (const term of ['托位数量', '儿童之家覆盖率', '妇女儿童发展规划', '威府发〔2023〕4号']) expect(isExactQuery(term)).toBe(term === '托位数量');
    for (const term of ['儿童之家覆盖率', '妇女儿童发展规划', '每千人口拥有3岁以下婴幼儿托位数']) expect(needsWindowChoice(term)).toBe(true);
  });

  it('checks a suggestion by a shorter phrase and one plan text where that costs less than the whole phrase', () => {
    // After 妇女儿童发展规划 was asked as 女儿 童发 展规: 妇女发展规划 whole is 妇女 发展 规划 (165 KB);
    // 女发 展规 is one median chunk (35 KB) and two plan texts to check (60 KB).
    const loaded = new Set(chunksAsked(bigramQuery('妇女儿童发展规划', table), table));
    expect(bigramCheck('妇女发展规划', table, loaded)).toEqual({ pieces: phrase('女发', '展规'), exact: false });
    // 儿童发展规划: 童发 展规 are downloaded already.
    expect(bigramCheck('儿童发展规划', table, loaded)).toEqual({ pieces: phrase('童发', '展规'), exact: false });
    // Where no chunk is large the whole phrase is cheaper than two plan texts: exact, no check.
    expect(bigramCheck('妇女发展规划', tableOf({}), new Set([word('妇女'), word('发展')]))).toEqual({ pieces: phrase('妇女', '发展', '规划'), exact: true });
    expect(bigramCheck('妇女发展规划')).toEqual({ pieces: bigramQuery('妇女发展规划'), exact: true });
  });

  it('finds every substring of a plan\'s text whatever window the table picks: every window of a term is a phrase of the record', () => {
    // 002_19b4bc2005f807a8.txt:727, the whole line as one segment.
    const line = '4.加快普惠托育服务体系建设,到2025年实现每千人口拥有3岁以下婴幼儿托位数4.5张。(牵头单位:自治县卫生健康局、发展改革局、住房城乡建设局;';
    const record = bigramRecord([line]).split(/\s+/).filter(Boolean);
    const chars = [...foldForSearch(line)];
    const holds = (piece: string) => {
      const asked = piece.replace(/"/g, '').split(' ');
      return record.some((_, k) => asked.every((p, m) => record[k + m] === p));
    };
    let checked = 0;
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 4; j <= Math.min(chars.length, i + 16); j++) {
        const term = chars.slice(i, j).join('');
        const words = bigramWords(term);
        // Tables that make each start the cheapest in turn: every word in a large chunk but one.
        for (let start = 0; start < words.length; start++) {
          const costs: ChunkCosts = { median: 1, fragment: 1, large: [...new Set(words)].filter((w) => w !== words[start]).sort().map((w): [string, string, number] => [w, w, 1000]) };
          expect(holds(bigramQuery(term, costs)[0]!), term).toBe(true);
          expect(holds(bigramCheck(term, costs).pieces[0]!), term).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeQuery, holdsEveryTerm, MAX_QUERY_CHARS } from '../../../src/lib/search/query.ts';
import { toSimplified } from '../../../src/lib/search/t2s.ts';
import { bigramQuery } from '../../../src/lib/search/bigrams.ts';

describe('normalizeQuery: what a reader typed → what is searched', () => {
  it('keeps a Chinese word or phrase whole, as one term searched by its bigrams', () => {
    expect(normalizeQuery('近视')).toEqual({ text: '近视', terms: ['近视'], pieces: bigramQuery('近视') });
    expect(normalizeQuery('  儿童之家覆盖率 ').pieces).toEqual(bigramQuery('儿童之家覆盖率'));
  });

  it('reads traditional characters as simplified: 近視 is 近视, 託位 is 托位', () => {
    expect(normalizeQuery('近視').terms).toEqual(['近视']);
    expect(normalizeQuery('託位').terms).toEqual(['托位']);
    expect(normalizeQuery('孕產婦死亡率').terms).toEqual(['孕产妇死亡率']);
  });

  it('keeps numbers with their point, slash and percent sign: 12/10万, 4.5, 38%', () => {
    expect(normalizeQuery('12/10万').terms).toEqual(['12/10万']);
    expect(normalizeQuery('4.5').pieces).toEqual(bigramQuery('4.5'));
    expect(normalizeQuery('4.5').pieces).not.toEqual(bigramQuery('45'));
  });

  it('folds full-width input: １２／１０万 is 12/10万', () => {
    expect(normalizeQuery('１２／１０万').terms).toEqual(['12/10万']);
  });

  it('ignores other punctuation inside a term: 0-6岁 is searched as 06岁, 威府发〔2023〕4号 as 威府发20234号', () => {
    expect(normalizeQuery('0-6岁')).toEqual({ text: '0-6岁', terms: ['0-6岁'], pieces: bigramQuery('06岁') });
    expect(normalizeQuery('威府发〔2023〕4号').pieces).toEqual(bigramQuery('威府发20234号'));
  });

  it('treats spaces as AND: every term must be found', () => {
    expect(normalizeQuery('留守  心理').terms).toEqual(['留守', '心理']);
  });

  it('searches nothing for an empty query or one of punctuation only', () => {
    for (const q of ['', '   ', '。，、！？', '...', '%%', '<>/"\'', '\u0000\u200b']) expect(normalizeQuery(q).pieces, q).toEqual([]);
  });

  it('cuts a 1,000-character query to a bounded length', () => {
    const q = normalizeQuery('近视'.repeat(500));
    expect([...q.text].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(q.pieces.length).toBe(1);
  });

  it('keeps markup typed into the box as plain words, never as markup', () => {
    const q = normalizeQuery('<script>alert(1)</script>');
    expect(q.terms).toEqual(['<script>alert(1)</script>']);
    expect(q.pieces.join('')).toMatch(/^"?[0-9a-z_ ]+"?$/);
  });
});

describe('holdsEveryTerm: the literal check a result must pass', () => {
  it('finds 12/10万 but not in 12.5/10万', () => {
    expect(holdsEveryTerm('孕产妇死亡率控制在12/10万以下', ['12/10万'])).toBe(true);
    expect(holdsEveryTerm('孕产妇死亡率下降到12.5/10万以内', ['12/10万'])).toBe(false);
  });

  it('ignores Pagefind’s word separators, whitespace, punctuation and full-width forms in the text', () => {
    expect(holdsEveryTerm('孕\u200b产妇\u200b死亡率', ['孕产妇死亡率'])).toBe(true);
    expect(holdsEveryTerm('达到９０％以上', ['90%'])).toBe(true);
    expect(holdsEveryTerm('每千人口拥有3岁以下婴幼儿托位数', ['千人口'])).toBe(true);
    expect(holdsEveryTerm('“托位数量”', ['托位数'])).toBe(true);
  });

  it('needs all terms', () => {
    expect(holdsEveryTerm('留守儿童心理健康', ['留守', '心理'])).toBe(true);
    expect(holdsEveryTerm('留守儿童', ['留守', '心理'])).toBe(false);
  });
});

describe('toSimplified', () => {
  it('converts character by character and leaves simplified text and other scripts alone', () => {
    expect(toSimplified('兒童發展規劃')).toBe('儿童发展规划');
    expect(toSimplified('儿童 HPV 4.5')).toBe('儿童 HPV 4.5');
  });
});

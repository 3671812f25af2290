import { describe, expect, it } from 'vitest';
import { closestDocNumbers, editDistance, shorterQueries } from '../../../src/lib/search/suggest.ts';

// The 文号 of the seeds' sidecars (content/sources/*.yaml: doc_number).
const DOC_NUMBERS = ['杏政发〔2023〕 号', '运盐政发〔2023〕7号', '威府发〔2023〕4号', '张政办〔2021〕131号'];

describe('shorterQueries: the query with a piece left out', () => {
  it('offers 妇女发展规划 and 儿童发展规划 for 妇女儿童发展规划, before anything shorter', () => {
    const q = shorterQueries('妇女儿童发展规划');
    expect(q.slice(0, 3)).toEqual(['儿童发展规划', '妇童发展规划', '妇女发展规划']);
    expect(q.every((s) => [...s].length >= 2)).toBe(true);
  });

  it('never offers a single character', () => {
    expect(shorterQueries('近视')).toEqual([]);
    expect(shorterQueries('近视率')).toEqual(['视率', '近率', '近视']);
  });
});

describe('closestDocNumbers: a 文号 with a typo', () => {
  it('finds 威府发〔2023〕4号 for 威府发〔2023〕5号 and for 威府发〔2024〕4号', () => {
    expect(closestDocNumbers('威府发〔2023〕5号', DOC_NUMBERS)).toEqual(['威府发〔2023〕4号']);
    expect(closestDocNumbers('威府发[2024]4号', DOC_NUMBERS)).toEqual(['威府发〔2023〕4号']);
    expect(closestDocNumbers('张政办〔2021〕13号', DOC_NUMBERS)).toEqual(['张政办〔2021〕131号']);
  });

  it('offers nothing for a query that is no 文号, or is one exactly', () => {
    expect(closestDocNumbers('妇女儿童发展规划', DOC_NUMBERS)).toEqual([]);
    expect(closestDocNumbers('威府发〔2023〕4号', DOC_NUMBERS)).toEqual([]);
  });

  it('counts edits by character', () => {
    expect(editDistance('威府发', '威府')).toBe(1);
    expect(editDistance('', '号')).toBe(1);
  });
});

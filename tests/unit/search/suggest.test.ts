import { describe, expect, it } from 'vitest';
import { closestDocNumbers, docNumberShapes, editDistance, mayBeNearDocNumber, shorterQueries, shorterSuggestions } from '../../../src/lib/search/suggest.ts';

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

describe('mayBeNearDocNumber: whether the 文号 list is worth fetching', () => {
  const shapes = docNumberShapes(DOC_NUMBERS);

  it('describes each 文号 by its folded length and digits', () => {
    // Folded: 运盐政发20237号 10 characters, 5 digits; 张政办2021131号 11, 7; 杏政发2023号 8, 4; 威府发20234号 9, 5.
    expect(shapes).toEqual(['10:5', '11:7', '8:4', '9:5']);
  });

  it('says no for a query no 文号 can be near, and yes for a 文号 with a typo', () => {
    expect(mayBeNearDocNumber('妇女儿童发展规划实施情况', shapes)).toBe(false);
    expect(mayBeNearDocNumber('妇女儿童发展规划', shapes)).toBe(false);
    expect(mayBeNearDocNumber('威府发〔2023〕5号', shapes)).toBe(true);
    expect(mayBeNearDocNumber('张政办〔2021〕13号', shapes)).toBe(true);
  });

  it('never says no where closestDocNumbers offers a 文号', () => {
    // Every query within two edits of a seed 文号 (characters dropped, doubled or replaced), and
    // some that are not: whenever a 文号 is offered, the shapes must have allowed it.
    const alphabet = ['2', '0', '号', '府', '〔', '政', '发', 'x', '9'];
    const queries = new Set<string>();
    for (const d of DOC_NUMBERS) {
      const chars = [...d];
      for (let i = 0; i < chars.length; i++) {
        queries.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
        for (const c of alphabet) {
          queries.add([...chars.slice(0, i), c, ...chars.slice(i + 1)].join(''));
          queries.add([...chars.slice(0, i), c, ...chars.slice(i)].join(''));
          for (let j = i + 1; j < chars.length; j++) queries.add([...chars.slice(0, i), c, ...chars.slice(i + 1, j), ...chars.slice(j + 1)].join(''));
        }
      }
    }
    let offered = 0;
    for (const q of queries) {
      if (!closestDocNumbers(q, DOC_NUMBERS).length) continue;
      offered++;
      expect(mayBeNearDocNumber(q, shapes), q).toBe(true);
    }
    expect(offered).toBeGreaterThan(100);
  });
});

describe('shorterSuggestions: which shorter queries are tried', () => {
  /** A fake search: `holds` are the queries a plan holds, `exact` those an exact phrase answers (no plan text read). */
  const fake = (holds: string[], exact: string[]) => {
    const asked: { query: string; textCheck: boolean; textRead: boolean }[] = [];
    const check = async (query: string, textCheck: boolean) => {
      const needsText = !exact.includes(query);
      const textRead = needsText && textCheck;
      asked.push({ query, textCheck, textRead });
      if (needsText && !textCheck) return { found: false, textChecked: false };
      return { found: holds.includes(query), textChecked: needsText };
    };
    return { asked, check };
  };

  it('finds two, reading plan texts while they pay', async () => {
    // 妇女儿童发展规划: 儿童发展规划 is found first, so a failed 妇童发展规划 does not stop 妇女发展规划.
    const { asked, check } = fake(['儿童发展规划', '妇女发展规划'], []);
    await expect(shorterSuggestions(['儿童发展规划', '妇童发展规划', '妇女发展规划', '妇女儿展规划'], check)).resolves.toEqual(['儿童发展规划', '妇女发展规划']);
    expect(asked.map((a) => a.query)).toEqual(['儿童发展规划', '妇童发展规划', '妇女发展规划']);
  });

  it('reads no more plan texts after the first one that does not hold its query, before any is found', async () => {
    const { asked, check } = fake(['妇女发展规划实施情况', '规划实施'], ['规划实施']);
    await expect(shorterSuggestions(['儿童发展规划实施情况', '妇女发展规划实施情况', '规划实施'], check)).resolves.toEqual(['规划实施']);
    expect(asked.filter((a) => a.textRead).map((a) => a.query)).toEqual(['儿童发展规划实施情况']);
  });

  it('stops at the number wanted', async () => {
    const { asked, check } = fake(['甲乙', '乙丙', '丙丁'], ['甲乙', '乙丙', '丙丁']);
    await expect(shorterSuggestions(['甲乙', '乙丙', '丙丁'], check, 1)).resolves.toEqual(['甲乙']);
    expect(asked).toHaveLength(1);
  });
});

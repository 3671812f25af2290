/**
 * A combined 妇女儿童发展规划: one document under one title, the women's plan and the children's plan
 * as its two parts. Made from seed 001 by putting its two plans under one title: each part ingests to
 * the same plan the seed's own title gives, nothing lost, and the report says what was done. A
 * combined plan whose text has no parts is refused with one line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMBINED_TITLE_REASON, ingestSource, type SourceResult } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { readDocumentFacts } from '../../../src/lib/intake/document-facts.ts';
import { seedParts, seedToDocx } from '../../support/document-fixtures.ts';

const STEM = '001_23d5c46fb19a73e3';
const seedText = readFileSync(`content/sources/${STEM}.txt`, 'utf8');
const seed = seedText.split('\n');
const sidecar = readSidecar(`content/sources/${STEM}.yaml`, readFileSync(`content/sources/${STEM}.yaml`, 'utf8'));
const ingest = (name: string, bytes: Uint8Array) => ingestSource({ name, path: `content/sources/${name}`, bytes, sidecar });
const encode = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const seedPlans = ingest(`${STEM}.txt`, new TextEncoder().encode(seedText)).plans;
const blocksOf = (result: SourceResult) => result.plans.map((p) => ({ id: p.id, blocks: p.blocks }));

// 001_23d5c46fb19a73e3.txt:12 and :252, the two plans' own titles.
const WOMEN_TITLE = 11;
const CHILDREN_TITLE = 251;
const COMBINED = '盐湖区妇女儿童发展规划（2021—2030年）';

/** Seed 001 with its two titles replaced: `top` where the women's title was, `children` for the children's. */
const combinedLines = (top: readonly string[], children: readonly string[]) => [
  ...seed.slice(0, WOMEN_TITLE), ...top, ...seed.slice(WOMEN_TITLE + 1, CHILDREN_TITLE), ...children, ...seed.slice(CHILDREN_TITLE + 1),
];

describe('a combined plan in two parts, 第一部分 妇女发展规划 and 第二部分 儿童发展规划', () => {
  it('has the seed’s two titles where the parts go', () => {
    expect(seed[WOMEN_TITLE]).toBe('盐湖区妇女发展“十四五”规划');
    expect(seed[CHILDREN_TITLE]).toBe('盐湖区儿童发展“十四五”规划');
  });

  const lines = combinedLines([COMBINED, '第一部分　妇女发展规划'], ['第二部分　儿童发展规划']);
  const result = ingest('yanhu-combined.txt', encode(lines));

  it('is split into the women’s and the children’s plan, each as the seed’s own title gives it', () => {
    expect(blocksOf(result)).toEqual(blocksOf({ plans: seedPlans } as SourceResult));
  });
  it('titles each plan with the combined title and its part, and takes the period 2021–2030 from it', () => {
    const [women, children] = result.plans;
    expect(women!.frontmatter).toMatchObject({ title: `${COMBINED} 第一部分　妇女发展规划`, printed_title: '第一部分　妇女发展规划', period: { start: 2021, end: 2030 } });
    expect(children!.frontmatter).toMatchObject({ title: `${COMBINED} 第二部分　儿童发展规划`, printed_title: '第二部分　儿童发展规划', period: { start: 2021, end: 2030 } });
    expect(women!.frontmatter.warnings.join(' ')).not.toMatch(/states no period|display title/);
  });
  it('reports the split, and lists the combined title, which neither plan holds as text', () => {
    expect(result.report.combined).toEqual({ title: COMBINED, title_line: 12, parts: [{ type: 'women', line: 13 }, { type: 'children', line: 253 }], preamble: null });
    expect(result.report.removed).toContainEqual({ lines: [12, 12], reason: COMBINED_TITLE_REASON, text: COMBINED, inline: false });
    expect(result.report.plans).toEqual([{ id: '140802-women', title_line: 13 }, { id: '140802-children', title_line: 253 }]);
  });

  it('reads the same from a Word document', async () => {
    const docx = await seedToDocx(seedParts(lines.join('\n')));
    const fromWord = ingest('yanhu-combined.docx', docx);
    expect(blocksOf(fromWord)).toEqual(blocksOf(result));
    expect(fromWord.plans.map((p) => p.frontmatter.title)).toEqual(result.plans.map((p) => p.frontmatter.title));
  }, 120_000);

  it('is drafted by npm run add as both plans, titled and dated by the combined title', () => {
    const facts = readDocumentFacts(lines.join('\n'));
    expect(facts.plans?.value).toEqual(['women', 'children']);
    expect(facts.title?.value).toBe(COMBINED);
    expect(facts.period?.value).toEqual({ start: 2021, end: 2030 });
    expect(facts.division?.value).toMatchObject({ code: '140802', name: '盐湖区' });
    expect(facts.check).toContain("plans: line 12: 盐湖区妇女儿童发展规划（2021—2030年） is one combined 妇女儿童发展规划; it is read as the women's plan from line 13 and the children's plan from line 253");
  });
});

describe('a combined plan with a preamble both parts share', () => {
  // 001_23d5c46fb19a73e3.txt:14, the women's plan's first paragraph, moved above the first part.
  const preamble = seed[13]!;
  const lines = [
    ...seed.slice(0, WOMEN_TITLE), '盐湖区妇女儿童发展“十四五”规划', preamble, '上篇　妇女发展', ...seed.slice(WOMEN_TITLE + 1, 13), ...seed.slice(14, CHILDREN_TITLE),
    '下篇　儿童发展', ...seed.slice(CHILDREN_TITLE + 1),
  ];
  const result = ingest('yanhu-preamble.txt', encode(lines));

  it('keeps the preamble with the first part, so nothing is lost, and says so', () => {
    expect(preamble).toMatch(/^妇女是人类文明的开创者/);
    expect(blocksOf(result)).toEqual(blocksOf({ plans: seedPlans } as SourceResult));
    expect(result.report.combined).toMatchObject({ title_line: 12, parts: [{ type: 'women', line: 14 }, { type: 'children', line: 253 }], preamble: { lines: [13, 13], kept_with: 'women' } });
    expect(result.plans[0]!.frontmatter.period).toEqual({ start: 2021, end: 2025 });
  });
});

describe('a combined plan that cannot be split', () => {
  it('is refused with one line when its text has no women’s and children’s parts', () => {
    const lines = combinedLines([COMBINED], []);
    expect(() => ingest('yanhu-whole.txt', encode(lines))).toThrow(
      "content/sources/yanhu-whole.txt: line 12, 盐湖区妇女儿童发展规划（2021—2030年）, is one combined 妇女儿童发展规划, and its text is not divided into a women's part and a children's part (第一部分 妇女发展规划 … 第二部分 儿童发展规划), so it cannot be split into the two plans the site compares (put each plan in a part of its own headed 第一部分 妇女发展规划 / 第二部分 儿童发展规划 as the original document does, or add the two plans as two sources)",
    );
  });
  it('is refused when both parts are the women’s', () => {
    const lines = combinedLines([COMBINED, '第一部分　妇女发展规划'], ['第二部分　妇女发展规划']);
    expect(() => ingest('yanhu-twice.txt', encode(lines))).toThrow("is one combined 妇女儿童发展规划, and its parts are women (line 13), women (line 253), not one women's and one children's part");
  });
});

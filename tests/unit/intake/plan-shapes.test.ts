/**
 * Plans of other shapes than the seeds: a 2021–2030 plan (as counties following the national 纲要
 * issued them) keeps its period and its targets' year 2030; a prefecture's plan is drafted as one.
 * Made from seed 001 and 002 by changing only their titles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { planFromText } from '../../../src/lib/targets/plans-fs.ts';
import { readDocumentFacts } from '../../../src/lib/intake/document-facts.ts';
import { draftSidecar } from '../../../src/lib/intake/sidecar-draft.ts';
import { seedParts, seedToDocx } from '../../support/document-fixtures.ts';

const seed001 = readFileSync('content/sources/001_23d5c46fb19a73e3.txt', 'utf8');
// 001_23d5c46fb19a73e3.txt:12 盐湖区妇女发展“十四五”规划, and the children's title; the notice names them too.
const as2030 = seed001.replace(/(盐湖区(?:妇女|儿童)发展)“十四五”规划/g, '$1规划（2021—2030年）');

describe('a 2021–2030 plan published as a .docx', async () => {
  const sidecar = readSidecar('001.yaml', readFileSync('content/sources/001_23d5c46fb19a73e3.yaml', 'utf8'));
  const docx = await seedToDocx(seedParts(as2030));
  const result = ingestSource({ name: 'yanhu-2030.docx', path: 'content/sources/yanhu-2030.docx', bytes: docx, sidecar });
  const women = result.plans.find((p) => p.type === 'women')!;

  it('has the period its title states', () => {
    expect(as2030).toContain('盐湖区妇女发展规划（2021—2030年）');
    expect(women.frontmatter.title).toBe('盐湖区妇女发展规划（2021—2030年）');
    expect(women.frontmatter.period).toEqual({ start: 2021, end: 2030 });
    expect(women.frontmatter.warnings.join(' ')).not.toMatch(/states no period/);
  });
  it('gives a target that states no year the plan’s last year, 2030, never 2025', () => {
    // 001:27 "2.孕产妇死亡率下降到12.5/10万以内" names no year of its own.
    const { targets } = extractTargets(planFromText(women.content, `${women.id}.md`), readDictionary());
    const maternal = targets.map((t) => t.target).find((t) => t.source.text.includes('孕产妇死亡率下降到12.5/10万以内'));
    expect(maternal).toBeDefined();
    expect(maternal!.year).toBe(2030);
  });
});

describe('a prefecture’s plan', () => {
  // 002_19b4bc2005f807a8.txt:38 威宁自治县妇女发展规划(2021—2025年), retitled as 毕节市's.
  const text = readFileSync('content/sources/002_19b4bc2005f807a8.txt', 'utf8').replace(/威宁自治县((?:妇女|儿童)发展规划)/g, '毕节市$1');
  const facts = readDocumentFacts(text);
  const sidecar = draftSidecar({ facts, url: null, original: 'bijie.txt', today: '2026-12-01' });

  it('is drafted at level prefecture with the prefecture’s code', () => {
    expect(facts.division?.value).toMatchObject({ code: '520500', name: '毕节市', level: 'prefecture' });
    expect(sidecar).toMatch(/^level: prefecture # /m);
    const read = readSidecar('bijie.yaml', sidecar);
    expect(read).toMatchObject({ county: '毕节市', county_code: '520500', province: '贵州省', prefecture: '毕节市', level: 'prefecture' });
  });
});

describe('a combined 妇女儿童发展规划 without parts', () => {
  it('is named in what the curator must check, not taken for either plan', () => {
    const facts = readDocumentFacts('某某县妇女儿童发展规划（2021—2025年）\n一、总体要求\n');
    expect(facts.plans).toBeNull();
    expect(facts.check).toContain("plans: line 1: 某某县妇女儿童发展规划（2021—2025年） is one combined 妇女儿童发展规划, and its text is not divided into a women's part and a children's part (第一部分 妇女发展规划 … 第二部分 儿童发展规划), so it cannot be split into the two plans the site compares");
  });
});

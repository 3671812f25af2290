import { describe, expect, it } from 'vitest';
import { addEntry, createIndex, queryIndex } from '../../../src/lib/align/clause-index.ts';
import { dice, shinglesOf } from '../../../src/lib/align/shingles.ts';
import { seededRandom, syntheticPlans } from './synthetic.ts';
import { CANDIDATES_PER_CLAUSE, PARAGRAPH_MATCH } from '../../../src/lib/align/thresholds.ts';

const texts = [...new Set(syntheticPlans({ plans: 1, clausesPerPlan: 1500, seed: 3 })[0]!.blocks.map((b) => b.text.replace(/^\d+\./, '')))];

/** An edited copy: a few characters replaced, some text added or cut. */
function edit(text: string, r: () => number): string {
  let out = text;
  for (let k = 0; k < 3; k++) {
    const at = Math.floor(r() * out.length);
    out = r() < 0.5 ? out.slice(0, at) + '调整' + out.slice(at + 2) : out.slice(0, at) + out.slice(at + 3);
  }
  return out;
}

describe('the LSH candidate index', () => {
  const index = createIndex();
  texts.forEach((t) => addEntry(index, 'paragraph', t));

  it('finds the original among the candidates of an edited clause nearly always (Dice ≥ 0.6)', () => {
    const r = seededRandom(11);
    let tried = 0;
    let found = 0;
    for (let i = 0; i < texts.length && tried < 400; i += 3) {
      const edited = edit(texts[i]!, r);
      const d = dice(shinglesOf(edited), shinglesOf(texts[i]!));
      if (d < 0.6) continue;
      tried++;
      if (queryIndex(index, 'paragraph', shinglesOf(edited), CANDIDATES_PER_CLAUSE).includes(i)) found++;
    }
    expect(tried).toBeGreaterThan(200);
    expect(found / tried).toBeGreaterThan(0.97);
  });

  it('returns few candidates for an unrelated clause, so cost does not grow with the corpus', () => {
    const query = shinglesOf('铸牢中华民族共同体意识，引导儿童牢固树立休戚与共的共同体理念');
    const hits = queryIndex(index, 'paragraph', query, 1000);
    expect(hits.length).toBeLessThan(texts.length / 10);
    expect(hits.every((i) => dice(query, shinglesOf(texts[i]!)) < PARAGRAPH_MATCH)).toBe(true);
  });

  it('keeps one entry per wording and kind', () => {
    const before = index.keys.length;
    expect(addEntry(index, 'paragraph', texts[5]!)).toBe(5);
    expect(index.keys.length).toBe(before);
    expect(addEntry(index, 'row', texts[5]!)).toBe(before);
  });
});

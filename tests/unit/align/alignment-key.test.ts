/**
 * A plan's alignment key: the same for the same plan, reference and similar plans whatever corpus
 * object they come from, and different when anything alignPlan reads differs.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentKey } from '../../../src/lib/align/alignment-key.ts';
import { buildCorpus, planIn } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { similarPlans } from '../../../src/lib/align/similar-plans.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const women = readdirSync(DIR).filter((f) => f.endsWith('-women.md')).sort().map((f) => loadPlan(DIR + f));
const ID = '140107-women';

function keyIn(plans: typeof women, code = 'code', id = ID): string {
  const corpus = buildCorpus(plans);
  return alignmentKey(code, planIn(corpus, id), chooseReference(id, corpus), similarPlans(corpus, id, 20), (p) => corpus.plans.get(p)?.province);
}

describe('alignment keys', () => {
  it('has the four real women’s plans', () => expect(women).toHaveLength(4));

  const key = keyIn(women);

  it('are the same for the same plans in another corpus object, in any order', () => {
    expect(keyIn([...women].reverse())).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('change with the code, the plan’s own text, and its reference (another plan’s text)', () => {
    expect(keyIn(women, 'other code')).not.toBe(key);
    const edit = (id: string) => women.map((p) => {
      if (p.id !== id) return p;
      const block = p.blocks.find((b) => b.kind !== 'table' && b.text.includes('%'))!;
      return { ...p, blocks: p.blocks.map((b) => (b === block ? { ...b, text: b.text.replace('%', '‰') } : b)) };
    });
    expect(keyIn(edit(ID))).not.toBe(key);
    // 盐湖 is in the same province: its clauses stand in 杏花岭's reconstruction.
    expect(keyIn(edit('140802-women'))).not.toBe(key);
    // Without one plan the reconstruction and the similar plans change.
    expect(keyIn(women.filter((p) => p.id !== '320582-women'))).not.toBe(key);
  });
});

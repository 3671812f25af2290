import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/plan/blocks.ts';
import { alignPlan, toReuseRecord } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { FIXTURES, loadPlan, withTargets } from './load.ts';

const original = loadPlan(`${FIXTURES}140802-children.md`);

function edit(blocks: readonly Block[], id: string, from: string, to: string): Block[] {
  return blocks.map((b) => {
    if (b.kind === 'table' && b.rowIds.includes(id)) {
      const r = b.rowIds.indexOf(id) + 1;
      const rows = b.rows.map((row, i) => (i === r ? row.map((c) => (c === from ? to : c)) : row));
      expect(rows[r]).toContain(to);
      return { ...b, rows };
    }
    if (b.id !== id) return b;
    expect(b.text).toContain(from);
    return { ...b, text: b.text.replace(from, to) };
  });
}

/** A copy of 盐湖区's plan as another county might write it, with known departures. */
function editedCopy(base: AlignPlanInput, id: string, county: string, stem: string): AlignPlanInput {
  let blocks = base.blocks.map((b) => ({ ...b, text: b.text.replaceAll('盐湖', stem) }));
  // Three numbers changed.
  blocks = edit(blocks, 's1-1-goals-3', '3.2‰', '3.0‰');
  blocks = edit(blocks, 's1-1-goals-6', '90%', '95%');
  blocks = edit(blocks, 's1-1-goals-t1-r2', '5.3', '5.0');
  // Two goals deleted.
  blocks = blocks.filter((b) => b.id !== 's1-1-goals-4' && b.id !== 's1-1-goals-11');
  // One paragraph added after the measures.
  const last = blocks.findIndex((b) => b.id === 's1-1-measures-5');
  const added: Block = {
    ...blocks[last]!, id: 's1-1-measures-6',
    text: `6.建立${county}儿童友好城市建设联席会议制度，每年开展儿童议事会活动不少于2次，让儿童参与公共事务。`,
  };
  blocks.splice(last + 1, 0, added);
  // One goal moved to the 儿童与安全 section.
  const moved = blocks.find((b) => b.id === 's1-1-goals-7')!;
  const safety = blocks.find((b) => b.id === 's1-2-goals')!;
  blocks = blocks.filter((b) => b !== moved);
  blocks.push({ ...moved, id: 's1-2-goals-7', path: safety.path, domain: '儿童与安全' });
  return withTargets({ ...base, id, county, title: `${county}儿童发展“十四五”规划`, blocks });
}

describe('aligning a plan with a copy that has known edits', () => {
  const copy = editedCopy(original, '140825-children', '新绛县', '新绛');
  const corpus = buildCorpus([original, copy]);
  const detail = alignPlan(corpus, copy.id, chooseReference(copy.id, corpus, { plan: original.id }));
  const byStatus = (s: string) => detail.clauses.filter((c) => c.status === s);

  it('reports the three changed numbers as three modified clauses, each with its number', () => {
    expect(byStatus('modified').map((c) => [c.anchor, c.numbers_changed])).toEqual([
      ['s1-1-goals-3', [{ from: '3.2‰', to: '3.0‰' }]],
      ['s1-1-goals-6', [{ from: '90%', to: '95%' }]],
      ['s1-1-goals-t1-r2', [{ from: '5.3', to: '5.0' }]],
    ]);
    expect(detail.summary.numbers_changed).toBe(3);
  });

  it('shows a changed number as one replaced word, not scattered digits', () => {
    const goal = byStatus('modified')[0]!;
    expect(goal.edits.filter((e) => e.op !== 'equal')).toEqual([
      { op: 'delete', text: '3.2‰' },
      { op: 'insert', text: '3.0‰' },
    ]);
  });

  it('reports the two deleted goals as omitted, in place after the goal before them', () => {
    expect(byStatus('omitted').map((c) => [c.reference_anchor, c.anchor])).toEqual([
      ['s1-1-goals-4', 's1-1-goals-3'],
      ['s1-1-goals-11', 's1-1-goals-10'],
    ]);
    expect(detail.summary.omitted_clauses).toBe(2);
  });

  it('reports the added paragraph as the county’s own text', () => {
    expect(byStatus('original').map((c) => c.anchor)).toEqual(['s1-1-measures-6']);
  });

  it('finds the moved goal in its new section, identical', () => {
    const moved = detail.clauses.find((c) => c.anchor === 's1-2-goals-7')!;
    expect(moved).toMatchObject({ status: 'identical', reference_anchor: 's1-1-goals-7', domain: '儿童与安全', similarity: 1 });
  });

  it('does not count the county’s new name as a change (健康盐湖 → 健康新绛)', () => {
    const renamed = detail.clauses.find((c) => c.anchor === 's1-1-measures-1')!;
    expect(renamed.text).toContain('健康新绛');
    expect(renamed.status).toBe('identical');
  });

  it('keeps everything else identical', () => {
    const others = detail.clauses.length - 3 - 2 - 1;
    expect(byStatus('identical')).toHaveLength(others);
    expect(toReuseRecord(detail).clauses).toHaveLength(detail.clauses.length);
  });
});

describe('the reconstructed common template finds the same departures', () => {
  it('when two other plans share the template wording', () => {
    const twin = editedCopy(original, '140821-children', '临猗县', '临猗');
    const copy = editedCopy(original, '140825-children', '新绛县', '新绛');
    const corpus = buildCorpus([original, { ...original, ...restore(twin) }, copy]);
    const detail = alignPlan(corpus, copy.id);
    expect(detail.reference.kind).toBe('reconstructed');
    const departures = detail.clauses.filter((c) => c.status !== 'identical').map((c) => [c.status, c.anchor, c.reference_anchor === null]);
    expect(departures).toEqual([
      ['modified', 's1-1-goals-3', false],
      ['omitted', 's1-1-goals-3', false],
      ['modified', 's1-1-goals-6', false],
      ['omitted', 's1-1-goals-10', false],
      ['modified', 's1-1-goals-t1-r2', false],
      ['original', 's1-1-measures-6', true],
    ]);
  });
});

/** The twin keeps the original's text under its own name: only the county is renamed. */
function restore(twin: AlignPlanInput): AlignPlanInput {
  return withTargets({
    ...twin,
    blocks: original.blocks.map((b) => ({ ...b, text: b.text.replaceAll('盐湖', '临猗') })),
  });
}

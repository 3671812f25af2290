/**
 * Each domain and role of a diff has one heading, however the alignment scattered its clauses.
 */
import { describe, expect, it } from 'vitest';
import type { AlignedClause } from '../../../src/lib/align/classify.ts';
import { alignWithPlan } from '../../../src/lib/align/browser.ts';
import { sectionsOnce } from '../../../src/lib/diff-view/sections.ts';
import { loadPlan } from '../align/load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function clause(anchor: string, domain: string | null, status: AlignedClause['status'] = 'identical'): AlignedClause {
  return {
    status, anchor, reference_anchor: null, similarity: 1, numbers_changed: [], edits: [], kind: 'paragraph', domain, role: domain ? 'goal' : 'other',
    text: anchor, reference_text: null, chars: 1, supporters: [], support: 0, wordingSupport: 0, part: null, referenceRole: null,
  };
}

describe('sections of a diff', () => {
  it('gathers a domain’s stray clauses where most of its own clauses are, in document order', () => {
    const sections = sectionsOnce([
      clause('intro', null), clause('row-1', '妇女与健康'), clause('goal-p', null),
      clause('h1', '妇女与健康'), clause('h2', '妇女与健康'), clause('e1', '妇女与经济'),
      clause('missing', '妇女与健康', 'omitted'), clause('e2', '妇女与经济'), clause('end', null), clause('missing-2', null, 'omitted'),
    ]);
    expect(sections.map((s) => [s.title, s.clauses.map((c) => c.anchor)])).toEqual([
      ['各领域之前的部分（总体要求等）', ['intro', 'goal-p']],
      ['妇女与健康 · 主要目标', ['row-1', 'h1', 'h2', 'missing']],
      ['妇女与经济 · 主要目标', ['e1', 'e2']],
      ['各领域之后的部分（组织实施等）', ['end', 'missing-2']],
    ]);
  });

  it.each([
    ['140107-children', '320582-children'],
    ['320582-women', '140107-women'],
    ['140107-women', '140802-women'],
  ])('%s against %s: every heading once, every clause kept', (id, ref) => {
    const detail = alignWithPlan(loadPlan(`${ROOT}content/plans/${id}.md`), loadPlan(`${ROOT}content/plans/${ref}.md`));
    const sections = sectionsOnce(detail.clauses);
    const titles = sections.map((s) => s.title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(sections.flatMap((s) => s.clauses).length).toBe(detail.clauses.length);
  });
});

/** A 1 M-character goal line without 。 is read in bounded work: reported as unread, never copied into thousands of targets. */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { planFromText } from '../../../src/lib/targets/plans-fs.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { MAX_SENTENCE } from '../../../src/lib/targets/sentence.ts';
import { BASE_TEXT, ingestText, targetsOf } from './hostile-support.ts';

describe('a sentence longer than the bound', () => {
  // Item 11 of （一）妇女与健康 主要目标: 孕产妇死亡率 … repeated, with no sentence end, a million characters long.
  const run = '孕产妇死亡率下降到12.5/10万以内，'.repeat(50_001);
  const text = BASE_TEXT.replace('策略措施：', `11.${run}\n策略措施：`);

  it('is published whole, its numbers reported as unread, and adds no target', () => {
    expect(run.length).toBeGreaterThan(1_000_000);
    const result = ingestText(text);
    const plan = result.plans[0]!;
    expect(plan.blocks.find((b) => b.id === 's2-1-goals-11')).toMatchObject({ text: `11.${run}` });
    const extraction = extractTargets(planFromText(plan.content, `${plan.id}.md`), readDictionary());
    expect(extraction.problems).toContain(`140802-women #s2-1-goals-11 a sentence of ${run.length} characters without 。；！？ (more than ${MAX_SENTENCE}): its numbers were not read`);
    expect(targetsOf(result)).toEqual(targetsOf(ingestText(BASE_TEXT)));
  });
});

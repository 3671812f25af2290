import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash, preparePlanCached } from '../../../src/lib/align/prepared-cache-fs.ts';
import { preparePlan } from '../../../src/lib/align/prepare.ts';
import { FIXTURES, loadPlan } from './load.ts';

const dir = mkdtempSync(join(tmpdir(), 'align-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = loadPlan(`${FIXTURES}650502-children.md`);

describe('the prepared-plan cache', () => {
  it('gives back exactly what preparing gives, from disk the second time', () => {
    const fresh = preparePlan(plan);
    expect(preparePlanCached(plan, dir)).toEqual(fresh);
    expect(readdirSync(dir)).toEqual([`${inputHash(plan)}.json`]);
    expect(preparePlanCached(plan, dir)).toEqual(fresh);
  });

  it('keys entries by content, so an edited plan is prepared afresh', () => {
    const edited = { ...plan, blocks: plan.blocks.map((b, i) => (i === 5 ? { ...b, text: `${b.text}另加一句。` } : b)) };
    expect(inputHash(edited)).not.toBe(inputHash(plan));
  });

  it('ignores an unreadable entry and rebuilds it', () => {
    writeFileSync(join(dir, `${inputHash(plan)}.json`), '{not json');
    expect(preparePlanCached(plan, dir)).toEqual(preparePlan(plan));
  });
});

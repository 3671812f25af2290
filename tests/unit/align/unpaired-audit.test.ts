/**
 * How often the pages' 无对应 / 未找到 are right, on clauses drawn at random from what the diff
 * leaves unpaired and judged from the raw texts (tests/fixtures/align/unpaired-audit.ts). Prints
 * the figures and checks that /methodology/ publishes exactly them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan } from '../../../src/lib/align/align-plan.ts';
import type { AlignedClause } from '../../../src/lib/align/classify.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { AUDIT, DRAWN_FROM, TEMPLATE, type AuditItem } from '../../fixtures/align/unpaired-audit.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => loadPlan(DIR + f));
const full = buildCorpus(inputs);

const views = new Map<string, AlignedClause[]>();
function clausesOf(item: AuditItem): AlignedClause[] {
  const key = `${item.plan} ${item.reference}`;
  let clauses = views.get(key);
  if (!clauses) {
    const corpus = item.reference === TEMPLATE ? full : buildCorpus(inputs.filter((p) => p.id === item.plan || p.id === item.reference));
    const ref = item.reference === TEMPLATE ? undefined : chooseReference(item.plan, corpus, { plan: item.reference });
    clauses = alignPlan(corpus, item.plan, ref).clauses;
    views.set(key, clauses);
  }
  return clauses;
}

/** The item's entry on its page, if the diff still leaves it unpaired (无对应 or 未找到). */
function unpairedEntry(item: AuditItem): AlignedClause | undefined {
  const clauses = clausesOf(item);
  return item.side === 'plan'
    ? clauses.find((c) => c.anchor === item.anchor && c.status === 'original')
    : clauses.find((c) => c.status === 'omitted' && c.reference_anchor === item.anchor);
}

interface Tally { right: number; all: number }
const tally = (items: readonly AuditItem[]): Tally => ({ right: items.filter((i) => i.truth === 'none').length, all: items.length });
const pct = (t: Tally) => Math.round((100 * t.right) / t.all);

describe('unpaired clauses drawn at random and judged from the raw texts', () => {
  it('are still unpaired, and each is the clause the reader judged', () => {
    for (const item of AUDIT) {
      const entry = unpairedEntry(item);
      expect(entry, `#${item.n} ${item.plan} vs ${item.reference} ${item.side} #${item.anchor}: the diff now pairs it; measure again`).toBeDefined();
      const text = item.side === 'plan' ? entry!.text : entry!.reference_text ?? '';
      expect(text.startsWith(item.text.replace(/…$/u, '')), `#${item.n}: ${text}`).toBe(true);
      if (item.truth === 'counterpart') expect(item.source, `#${item.n}`).toMatch(/\b00[0-4]:\d+/);
    }
    expect(new Set(AUDIT.map((i) => i.n)).size).toBe(AUDIT.length);
  });

  it('publishes on /methodology/ how many are right, by group, and the weighted share for plan-vs-plan views', () => {
    const pvp = AUDIT.filter((i) => i.reference !== TEMPLATE);
    const def = AUDIT.filter((i) => i.reference === TEMPLATE);
    const notNear = tally(AUDIT.filter((i) => !i.near));
    const notNearPvp = tally(pvp.filter((i) => !i.near));
    const notNearDef = tally(def.filter((i) => !i.near));
    const near = tally(AUDIT.filter((i) => i.near));
    expect(def.filter((i) => i.near)).toEqual([]);
    // Each group weighs as many questions as it was drawn from.
    const { near: nNear, notNear: nNotNear } = DRAWN_FROM.planVsPlan;
    const weighted = (nNotNear * notNearPvp.right / notNearPvp.all + nNear * near.right / near.all) / (nNear + nNotNear);
    console.log(`Unpaired clauses judged from the raw texts: without a near clause ${notNear.right}/${notNear.all} have none `
      + `(plan-vs-plan ${notNearPvp.right}/${notNearPvp.all}, default ${notNearDef.right}/${notNearDef.all}); `
      + `with one ${near.right}/${near.all}; plan-vs-plan weighted ${(100 * weighted).toFixed(1)}%`);
    const page = readFileSync(new URL('../../../src/pages/methodology.astro', import.meta.url), 'utf8');
    expect(page).toContain(`对方同一部分没有用词相近条款的 ${notNear.all} 条中，${notNear.right} 条对方确实没有（${pct(notNear)}%；两两对照 ${notNearPvp.right}/${notNearPvp.all}，默认对照页 ${notNearDef.right}/${notNearDef.all}）`);
    expect(page).toContain(`有用词相近条款的 ${near.all} 条（两两对照）中，${near.right} 条对方确实没有（${pct(near)}%）`);
    expect(page).toContain(`（共 ${(nNear + nNotNear).toLocaleString('en-US')} 条，其中 ${nNotNear} 条没有相近条款）`);
    expect(page).toContain(`约 ${Math.round(100 * weighted)}% 对方确实没有`);
  });
});

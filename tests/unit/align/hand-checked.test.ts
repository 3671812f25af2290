/**
 * Precision and recall of each status, and precision of number changes, against the hand-checked sample
 * (tests/fixtures/align/hand-checked.ts, written from the raw sources). Prints the figures
 * published on /methodology/#alignment, plan-vs-plan views and default pages separately, the
 * same for the held-out pairs alone (never tuned against), all of them and each batch by the date
 * it was written (2026-12-01, 2026-12-02, and the third batch 2026-12-02b), and every item where the
 * diff disagrees with the sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignPlan, type ReuseDetail } from '../../../src/lib/align/align-plan.ts';
import { clusterId } from '../../../src/lib/align/consensus.ts';
import { buildCorpus, clustersOf, planIn, type Corpus } from '../../../src/lib/align/corpus.ts';
import { STATUS_HELP, STATUS_ZH } from '../../../src/lib/align/present.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import {
  CHECKED_NUMBER_CHANGES, CHECKED_PAIRS, CHECKED_PVP_NUMBER_CHANGES, TEMPLATE, type CheckedPair, type PlanItem,
} from '../../fixtures/align/hand-checked.ts';
import { loadPlan } from './load.ts';

const DIR = new URL('../../../content/plans/', import.meta.url).pathname;
const inputs = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => loadPlan(DIR + f));

type Status = 'identical' | 'modified' | 'original' | 'omitted';
const STATUSES: Status[] = ['identical', 'modified', 'original', 'omitted'];
type View = 'plan-vs-plan' | 'default';
const GOAL = 0.98;

interface Tally { right: number; all: number }
const tallies = new Map<string, Tally>();
/** Per truth: how many of the sample's items of that truth the diff gets (recall; printed, not asserted). */
const found = new Map<string, Tally>();
const countFound = (view: View, truth: string, right: boolean) => {
  for (const key of [`${view} ${truth}`, `all ${truth}`]) {
    const t = found.get(key) ?? { right: 0, all: 0 };
    t.all++;
    if (right) t.right++;
    found.set(key, t);
  }
};
const mismatches: string[] = [];
let numbers: Tally = { right: 0, all: 0 };
/** Number changes on the plan-vs-plan views: one indicator as worded, and by the dictionary. */
let pvpNumbers = { same: 0, dictionary: 0, all: 0 };
const pvpUnchecked: string[] = [];
const pvpSeen = new Set<string>();

type HeldOut = CheckedPair['heldOut'];
const HELD_OUT_DATES = ['2026-12-01', '2026-12-02', '2026-12-02b'] as const;

/**
 * Tallies go to the view and to 'all'; a held-out pair's also to 'held-out <view>' and
 * 'held-out all', and the same again under its batch's date ('held-out 2026-12-02 all').
 */
function count(view: View, status: Status, right: boolean, what: string, heldOut: HeldOut) {
  const keys = [`${view} ${status}`, `all ${status}`];
  if (heldOut) {
    keys.push(`held-out ${view} ${status}`, `held-out all ${status}`);
    keys.push(`held-out ${heldOut} ${view} ${status}`, `held-out ${heldOut} all ${status}`);
  }
  for (const key of keys) {
    const t = tallies.get(key) ?? { right: 0, all: 0 };
    t.all++;
    if (right) t.right++;
    tallies.set(key, t);
  }
  if (!right) mismatches.push(heldOut ? `[held out ${heldOut}] ${what}` : what);
}

const viewOf = (pair: CheckedPair): View => (pair.reference === TEMPLATE ? 'default' : 'plan-vs-plan');

/**
 * The reference anchors an item names. Against a plan: a block id of that plan. Against the
 * reconstruction: "<plan>#<block>" of plans that have the clause, each standing for the
 * reconstructed clause (cluster) its clause belongs to.
 */
function referenceAnchors(corpus: Corpus, pair: CheckedPair, ref: string): Set<string> {
  if (pair.reference !== TEMPLATE) {
    const ids = new Set(planIn(corpus, pair.reference).clauses.map((c) => c.anchor));
    expect(ids.has(ref), `${pair.reference} has no clause #${ref}; the sample names a clause that is not there`).toBe(true);
    return new Set([ref]);
  }
  const out = new Set<string>();
  for (const one of ref.split(' ')) {
    const [planId, anchor] = one.split('#') as [string, string];
    const plan = planIn(corpus, planId);
    const i = plan.clauses.findIndex((c) => c.anchor === anchor);
    expect(i, `${planId} has no clause #${anchor}; the sample names a clause that is not there`).toBeGreaterThanOrEqual(0);
    const tc = clustersOf(corpus, plan.plan_type);
    out.add(clusterId(tc.clusters[tc.clauseCluster.get(planId)![i]!]!, corpus.plans));
  }
  return out;
}

function statusOf(corpus: Corpus, pair: CheckedPair, detail: ReuseDetail, item: PlanItem): Status {
  const refs = item.ref ? referenceAnchors(corpus, pair, item.ref) : null;
  const entries = detail.clauses.filter((c) => c.anchor === item.anchor && c.status !== 'omitted');
  const entry = entries.find((c) => !refs || (c.reference_anchor !== null && refs.has(c.reference_anchor))) ?? entries[0];
  if (!entry) throw new Error(`${detail.plan}: no clause #${item.anchor} in the alignment; the sample names a paragraph that is not there`);
  return entry.status;
}

const isOmitted = (detail: ReuseDetail, refs: Set<string>) =>
  detail.clauses.some((c) => c.status === 'omitted' && c.reference_anchor !== null && refs.has(c.reference_anchor));

const pct = (t: Tally) => `${t.right}/${t.all} = ${((100 * t.right) / t.all).toFixed(0)}%`;

describe('the hand-checked sample', () => {
  const full = buildCorpus(inputs);

  beforeAll(() => {
    for (const pair of CHECKED_PAIRS) {
      const view = viewOf(pair);
      const corpus = view === 'default' ? full : buildCorpus(inputs.filter((p) => p.id === pair.plan || p.id === pair.reference));
      const detail = view === 'default'
        ? alignPlan(corpus, pair.plan)
        : alignPlan(corpus, pair.plan, chooseReference(pair.plan, corpus, { plan: pair.reference }));
      const label = view === 'default' ? `${pair.plan} (default page)` : `${pair.plan} vs ${pair.reference}`;
      const heldOut = pair.heldOut;
      const own = new Set(planIn(corpus, pair.plan).clauses.map((c) => c.anchor));
      for (const item of pair.planItems) {
        if (!own.has(item.anchor)) throw new Error(`${pair.plan} has no clause #${item.anchor}; the sample names a paragraph that is not there`);
        const status = statusOf(corpus, pair, detail, item);
        count(view, status, status === item.truth, `${label} #${item.anchor}${item.ref ? ` (${item.ref})` : ''}: truth ${item.truth}, got ${status}`, heldOut);
        countFound(view, item.truth, status === item.truth);
      }
      for (const item of pair.refItems) {
        const refs = referenceAnchors(corpus, pair, item.ref);
        const omitted = isOmitted(detail, refs);
        if (omitted) count(view, 'omitted', item.truth === 'absent', `${label} reference #${item.ref}: plan has it (${item.source}), got omitted`, heldOut);
        if (item.truth === 'absent') countFound(view, 'absent', omitted);
      }
    }
    // Every number change on the nine default pages is in the checked list.
    numbers = { right: 0, all: 0 };
    for (const id of full.plans.keys()) {
      for (const c of alignPlan(full, id).clauses) {
        for (const n of c.numbers_changed) {
          const key = `${id} ${c.anchor} ${n.from}→${n.to}`;
          const truth = CHECKED_NUMBER_CHANGES[key];
          numbers.all++;
          if (truth) numbers.right++;
          else mismatches.push(`number change ${key}: ${truth === undefined ? 'not in the checked list' : 'two different indicators'}`);
        }
      }
    }
    // Every number change on every plan-vs-plan view, each checked against the raw texts.
    pvpNumbers = { same: 0, dictionary: 0, all: 0 };
    for (const plan of inputs) {
      for (const reference of inputs) {
        if (plan.id === reference.id || plan.plan_type !== reference.plan_type) continue;
        const corpus = buildCorpus([plan, reference]);
        for (const c of alignPlan(corpus, plan.id, chooseReference(plan.id, corpus, { plan: reference.id })).clauses) {
          for (const n of c.numbers_changed) {
            const key = `${plan.id} vs ${reference.id} ${c.anchor} ${n.from}→${n.to}`;
            // Checked once for both views: the reverse view shows it the other way round.
            const reverse = `${reference.id} vs ${plan.id} ${c.reference_anchor} ${n.to}→${n.from}`;
            const checkedAs = key in CHECKED_PVP_NUMBER_CHANGES ? key : reverse;
            const truth = CHECKED_PVP_NUMBER_CHANGES[checkedAs];
            if (truth !== undefined) pvpSeen.add(checkedAs);
            pvpNumbers.all++;
            if (truth === 'same' || truth === 'dictionary') pvpNumbers[truth]++;
            if (truth === undefined) pvpUnchecked.push(key);
            else if (truth === 'different') mismatches.push(`number change ${key}: two different indicators`);
          }
        }
      }
    }
    const lines: string[] = [];
    const heldOutViews = HELD_OUT_DATES.flatMap((d) => [`held-out ${d} plan-vs-plan`, `held-out ${d} default`, `held-out ${d} all`]);
    for (const view of ['plan-vs-plan', 'default', 'all', 'held-out plan-vs-plan', 'held-out default', 'held-out all', ...heldOutViews]) {
      for (const s of STATUSES) {
        const t = tallies.get(`${view} ${s}`);
        lines.push(`${view} ${s}: ${t ? pct(t) : 'none called'}`);
      }
    }
    lines.push(`number changes on the nine default pages: ${pct(numbers)}`);
    lines.push(`number changes on the plan-vs-plan views: one indicator as worded ${pvpNumbers.same}/${pvpNumbers.all}, by the dictionary ${pvpNumbers.same + pvpNumbers.dictionary}/${pvpNumbers.all}`);
    for (const [key, t] of found) lines.push(`found (recall) ${key}: ${pct(t)}`);
    console.log(`Hand-checked precision (held-out batches written 2026-12-01, 2026-12-02 and 2026-12-02b):\n  ${lines.join('\n  ')}`);
    console.log(`Items where the diff disagrees with the sample (${mismatches.length}):\n  ${mismatches.join('\n  ') || '(none)'}`);
  });

  it('names real clauses: eight plan pairs and five default pages, 30 or more each, 40 or more on a held-out one (45 in the third batch)', () => {
    expect(CHECKED_PAIRS.filter((p) => p.reference !== TEMPLATE).length).toBeGreaterThanOrEqual(8);
    expect(CHECKED_PAIRS.filter((p) => p.reference === TEMPLATE).map((p) => p.plan)).toEqual(['140802-children', '520526-women', '320582-children', '650502-children', '140107-women']);
    for (const pair of CHECKED_PAIRS) expect(pair.planItems.length + pair.refItems.length, pair.plan).toBeGreaterThanOrEqual(30);
    // Each held-out batch: two plan-vs-plan views and one default page.
    const heldOut = CHECKED_PAIRS.filter((p) => p.heldOut);
    const views = (date: HeldOut) => heldOut.filter((p) => p.heldOut === date).map((p) => `${p.plan} vs ${p.reference}`);
    // 2026-12-01: one pair sharing much, one little.
    expect(views('2026-12-01')).toEqual([
      '520526-children vs 650502-children', '140802-women vs 320582-women', `320582-children vs ${TEMPLATE}`,
    ]);
    // 2026-12-02: 杏花岭 and 威宁 each way round (children: 杏花岭 against 威宁; women: 威宁 against 杏花岭), and 伊州's default page.
    expect(views('2026-12-02')).toEqual([
      '140107-children vs 520526-children', '520526-women vs 140107-women', `650502-children vs ${TEMPLATE}`,
    ]);
    // 2026-12-02b: 盐湖 against 威宁 (women, little shared), 伊州 against 盐湖 (children, much
    // shared), and 杏花岭 women's default page.
    expect(views('2026-12-02b')).toEqual([
      '140802-women vs 520526-women', '650502-children vs 140802-children', `140107-women vs ${TEMPLATE}`,
    ]);
    for (const pair of heldOut) {
      expect(pair.planItems.length + pair.refItems.length, `held-out ${pair.plan}`).toBeGreaterThanOrEqual(pair.heldOut === '2026-12-02b' ? 45 : 40);
      expect(new Set(pair.planItems.map((i) => i.truth)).size, `held-out ${pair.plan}: plan-side truths`).toBeGreaterThanOrEqual(2);
      expect(new Set(pair.refItems.map((i) => i.truth)), `held-out ${pair.plan}: reference-side truths`).toEqual(new Set(['present', 'absent']));
    }
    // Held out together, and in each batch, every truth is there.
    for (const batch of [heldOut, ...HELD_OUT_DATES.map((d) => heldOut.filter((p) => p.heldOut === d))]) {
      const date = batch.length === heldOut.length ? 'all' : batch[0]!.heldOut;
      for (const truth of ['identical', 'modified', 'original'] as const) {
        expect(batch.flatMap((p) => p.planItems).filter((i) => i.truth === truth).length, `held-out ${date} ${truth}`).toBeGreaterThanOrEqual(5);
      }
    }
    // Every item cites raw lines, in the form file:line (000–004).
    for (const pair of CHECKED_PAIRS) {
      for (const item of [...pair.planItems, ...pair.refItems]) expect(item.source, `${pair.plan}: ${item.source}`).toMatch(/\b00[0-4]:\d+/);
    }
  });

  it('covers every status on both kinds of view', () => {
    for (const view of ['plan-vs-plan', 'default'] as const) {
      const pairs = CHECKED_PAIRS.filter((p) => viewOf(p) === view);
      for (const truth of ['identical', 'modified', 'original'] as const) {
        expect(pairs.flatMap((p) => p.planItems).filter((i) => i.truth === truth).length, `${view} ${truth}`).toBeGreaterThanOrEqual(5);
      }
      for (const truth of ['present', 'absent'] as const) {
        expect(pairs.flatMap((p) => p.refItems).filter((i) => i.truth === truth).length, `${view} ${truth}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('checks every number change on the nine default pages, and 98% of them pair one indicator', () => {
    expect(mismatches.filter((m) => m.endsWith('not in the checked list')), 'number changes nobody has checked against the raw texts').toEqual([]);
    expect(numbers.all).toBeGreaterThanOrEqual(30);
    expect(numbers.right / numbers.all).toBeGreaterThanOrEqual(GOAL);
  });

  it('checks every number change on the plan-vs-plan views: 98% pair one indicator by the dictionary', () => {
    expect(pvpUnchecked, 'number changes nobody has checked against the raw texts').toEqual([]);
    expect(pvpNumbers.all).toBeGreaterThanOrEqual(100);
    // Every checked change is still shown: a change the diff no longer makes leaves the list.
    expect(Object.keys(CHECKED_PVP_NUMBER_CHANGES).filter((k) => !pvpSeen.has(k))).toEqual([]);
    expect((pvpNumbers.same + pvpNumbers.dictionary) / pvpNumbers.all).toBeGreaterThanOrEqual(GOAL);
  });

  // The 98% goal of every status is not met yet (the methodology page says so); what the page
  // publishes must be what this sample measures, in both directions.
  it('publishes on /methodology/ exactly the precision measured here', () => {
    const page = readFileSync(new URL('../../../src/pages/methodology.astro', import.meta.url), 'utf8');
    const zh = STATUS_ZH;
    for (const s of STATUSES) {
      const t = tallies.get(`all ${s}`)!;
      expect(page, `${s}: ${pct(t)}`).toContain(`“${zh[s]}”${t.right}/${t.all} 正确（${Math.round((100 * t.right) / t.all)}%）`);
      for (const [view, name] of [['plan-vs-plan', '两两对照'], ['default', '默认对照页']] as const) {
        const v = tallies.get(`${view} ${s}`);
        if (v) expect(page, `${view} ${s}`).toMatch(new RegExp(`${name}：[^；<]*${zh[s]} ${v.right}/${v.all}[、；）<]`));
      }
    }
    expect(page).toContain(`数字改动 ${numbers.right}/${numbers.all} 正确`);
    const byDictionary = pvpNumbers.same + pvpNumbers.dictionary;
    expect(page).toContain(`两两对照的数字改动 ${byDictionary}/${pvpNumbers.all} 是指标词典中同一指标的两个值，其中 ${pvpNumbers.same}/${pvpNumbers.all}（${Math.round((100 * pvpNumbers.same) / pvpNumbers.all)}%）按字面也是同一指标`);
    // "近一半" of the clauses left unpaired are one item after all: on /methodology/ with the count,
    // and in the diff page's legend for 无对应 (src/lib/align/present.ts STATUS_HELP).
    const unpaired = (['original', 'omitted'] as const).map((s) => tallies.get(`all ${s}`)!);
    const wrong = unpaired.reduce((n, t) => n + t.all - t.right, 0);
    const total = unpaired.reduce((n, t) => n + t.all, 0);
    expect(page).toContain(`近一半（${wrong}/${total}）`);
    const original = tallies.get('all original')!;
    const omitted = tallies.get('all omitted')!;
    const share = (t: Tally) => Math.round((100 * t.right) / t.all);
    expect(page).toContain(`（无对应 ${share(original)}%、未找到 ${share(omitted)}%）`);
    expect(STATUS_HELP.original).toContain('人工核对中近一半如此');
    for (const share of [wrong / total, (original.all - original.right) / original.all]) {
      expect(share).toBeGreaterThan(0.4);
      expect(share).toBeLessThan(0.5);
    }
    // Recall: of the sample's items of each truth, how many the diff labels so (omitted: the reference items the plan lacks).
    const truthOf = { identical: 'identical', modified: 'modified', original: 'original', omitted: 'absent' } as const;
    const recall = (view: string, s: Status) => found.get(`${view} ${truthOf[s]}`)!;
    const all = STATUSES.map((s) => `${zh[s]} ${recall('all', s).right}/${recall('all', s).all}（${Math.round((100 * recall('all', s).right) / recall('all', s).all)}%）`).join('、');
    const byView = (view: View) => STATUSES.map((s) => `${zh[s]} ${recall(view, s).right}/${recall(view, s).all}`).join('、');
    expect(page, 'recall').toContain(`召回率（样本中确实是这一种的条款，对照页也标成这一种的比例）：${all}（两两对照：${byView('plan-vs-plan')}；默认对照页：${byView('default')}）。`);
    // Each held-out batch, on its own: the measure of rules it was not written against.
    const batches = [['2026-12-02b', '第三批留出样本上：'], ['2026-12-02', '2026年12月2日写成的留出样本上：'], ['2026-12-01', '2026年12月1日写成的留出样本上：']] as const;
    for (const [date, label] of batches) {
      for (const s of STATUSES) {
        const t = tallies.get(`held-out ${date} all ${s}`);
        if (t) expect(page, `held out ${date} ${s}`).toMatch(new RegExp(`${label}[^。]*${zh[s]} ${t.right}/${t.all}[（、；。]`));
      }
    }
  });
});

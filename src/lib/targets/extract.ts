/**
 * A plan's blocks → its targets. The whole plan is read: goal paragraphs (主要目标), indicator
 * tables, and the paragraphs of every other section (策略措施, 重点工程, 总体目标 …), each target
 * recording the kind of section it comes from. Looks back at the previous plan period are not read.
 * Outside the goal sections only numbers are targets (a measure's 提高… is an intention, not a
 * target), and a number needs a dictionary indicator or a stated bound (达到…以上, 控制在…, 至少)
 * in a unit a target is measured in: 生命早期1000天, 80岁以上老人, 常住人口2000人以上 are not targets.
 * Nothing is invented: every target has the sentence or table row that states it, and numbers
 * that cannot be read are returned as problems rather than guessed.
 */
import type { Block } from '../plan/blocks.ts';
import type { PlanFrontmatter, PlanType } from '../plan/schema.ts';
import { planHref } from '../plan/id.ts';
import type { Agencies } from './agencies.ts';
import { domainOf, type Dictionary, type Indicator } from './dictionary.ts';
import { quote, type Finding } from './finding.ts';
import { createMatcher, type Matcher } from './match.ts';
import type { ExtractedTarget, Target } from './schema.ts';
import { readParagraph } from './sentence.ts';
import { readTable } from './table.ts';
import { sectionKindOf, type SectionKind } from './section.ts';
import { fitUnit } from './units.ts';
import { printedNumber } from './printed.ts';
import { withoutInvisibles } from '../text/invisible.ts';

export type PlanForTargets = Pick<PlanFrontmatter, 'id' | 'county_code' | 'county' | 'province' | 'plan_type'> & {
  /** The plan period; a target without a stated year is for its last year (2025 when not given). */
  period?: { end: number };
  blocks: readonly Block[];
};

export interface Extraction {
  targets: ExtractedTarget[];
  /** One sentence per number that could not be read, prefixed with the plan id and the block. */
  problems: string[];
}

/** A section that looks back (一、“十三五”时期妇女发展规划执行情况) states achievements, not targets. */
const RETROSPECTIVE = /十三五|执行情况|回顾/;
const DEFAULT_END = 2025;

const matchers = new WeakMap<Dictionary, Map<PlanType, Matcher>>();
function matcherFor(dictionary: Dictionary, planType: PlanType): Matcher {
  const byType = matchers.get(dictionary) ?? new Map<PlanType, Matcher>();
  matchers.set(dictionary, byType);
  if (!byType.has(planType)) byType.set(planType, createMatcher(dictionary, planType));
  return byType.get(planType)!;
}

interface Fitted {
  indicator: Indicator | null;
  value: number | null;
  unit: string;
  baseline: Target['baseline'];
}

/** Values in the indicator's unit (‰ for a rate written in %); a unit that does not fit unlinks the indicator. */
function fit(f: Finding, problems: string[], planId: string): Fitted {
  const entry = f.indicator;
  if (!entry) return { indicator: null, value: f.value, unit: f.unit, baseline: f.baseline };
  const fittedBaseline = f.baseline && fitUnit(f.baseline.value, f.unit, entry.unit);
  // A converted value is not printed in the plan: it has no printed form.
  const baseline = f.baseline && fittedBaseline
    ? { year: f.baseline.year, value: fittedBaseline.value, value_text: fittedBaseline.value === f.baseline.value ? f.baseline.value_text : null }
    : null;
  if (f.value === null) return { indicator: entry, value: null, unit: entry.unit, baseline };
  const value = fitUnit(f.value, f.unit, entry.unit);
  if (!value) {
    problems.push(`${planId} #${f.anchor} ${quote(f.text)}: ${f.value}${f.unit} does not fit ${entry.id} (measured in ${entry.unit}); kept without an indicator`);
    return { indicator: null, value: f.value, unit: f.unit, baseline: f.baseline };
  }
  return { indicator: entry, value: value.value, unit: value.unit, baseline };
}

function toTarget(plan: PlanForTargets, f: Finding, fitted: Fitted, agencies: Agencies, section: SectionKind): Target {
  return {
    county_code: plan.county_code,
    county: plan.county,
    province: plan.province,
    plan_type: plan.plan_type,
    indicator: fitted.indicator?.id ?? null,
    label: f.label,
    comparator: f.comparator,
    value: fitted.value,
    value_text: fitted.value !== null && fitted.value === f.value ? printedNumber(fitted.value, f.text) : null,
    unit: fitted.unit,
    year: f.year ?? plan.period?.end ?? DEFAULT_END,
    baseline: fitted.baseline,
    nature: f.nature,
    agencies: { lead: [...agencies.lead], responsible: [...agencies.responsible] },
    section_kind: section,
    contradicted_by: [],
    source: { url: planHref(plan.id, f.anchor), text: f.text },
  };
}

/** Units a number outside the goal sections may be a target in without a dictionary indicator. */
const BOUNDED_UNITS = new Set(['%', '‰', '/10万', '/万', '个百分点', '个', '所', '名', '家', '张', '次']);

/** Whether a finding outside the goal sections is a target (see the module comment). */
function isTargetOutsideGoals(f: Finding): boolean {
  if (f.value === null) return false;
  if (f.indicator) return true;
  return f.comparator !== '=' && BOUNDED_UNITS.has(f.unit);
}

/**
 * Targets of one indicator and year that the plan states with different values contradict each
 * other (140107-women: 职业技能培训参与率 80% in the table, 60% in the text): each names the others.
 */
function flagConflicts(targets: ExtractedTarget[]): void {
  const groups = new Map<string, ExtractedTarget[]>();
  for (const t of targets) {
    if (t.target.indicator === null || t.target.value === null) continue;
    const key = `${t.target.indicator}|${t.target.year}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((t) => t.target.value)).size < 2) continue;
    for (const t of group) {
      t.conflict = true;
      t.target.contradicted_by = group
        .filter((o) => o.target.value !== t.target.value)
        .map((o) => ({ value: o.target.value!, value_text: o.target.value_text, url: o.target.source.url }))
        .filter((o, i, all) => all.findIndex((x) => x.url === o.url && x.value === o.value) === i);
    }
  }
}

function isRetrospective(block: Block, headings: Map<string, string>): boolean {
  return block.path.some((id) => RETROSPECTIVE.test(headings.get(id) ?? ''));
}

/** The targets a plan states, and the numbers in its goals and tables that could not be read. */
export function extractTargets(plan: PlanForTargets, dictionary: Dictionary): Extraction {
  const matcher = matcherFor(dictionary, plan.plan_type);
  const headings = new Map(plan.blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
  const targets: ExtractedTarget[] = [];
  const problems: string[] = [];
  const none: Agencies = { lead: [], responsible: [] };
  for (const printed of plan.blocks) {
    if (isRetrospective(printed, headings)) continue;
    // 1\u200B2.5 is read as 12.5, never as 1 and 2.5 (the ingest report lists every such character).
    const block = { ...printed, text: withoutInvisibles(printed.text), rows: printed.rows.map((row) => row.map(withoutInvisibles)) };
    let reading;
    if (block.kind === 'table') reading = { ...readTable(block, matcher), agencies: none };
    else if (block.kind === 'paragraph') reading = readParagraph(block, matcher);
    else continue;
    const section = sectionKindOf(block, headings);
    const inGoals = section === '主要目标' || section === '指标表';
    // A measure's unreadable numbers are mostly not targets (dates, ages, counts of things done).
    if (inGoals) problems.push(...reading.problems.map((p) => `${plan.id} ${p}`));
    for (const f of reading.findings) {
      if (!inGoals && !isTargetOutsideGoals(f)) continue;
      const fitted = fit(f, problems, plan.id);
      const domain = block.domain ?? (fitted.indicator ? domainOf(fitted.indicator, plan.plan_type) : null);
      targets.push({ target: toTarget(plan, f, fitted, reading.agencies, section), block_id: block.id, domain, conflict: false });
    }
  }
  flagConflicts(targets);
  return { targets, problems };
}

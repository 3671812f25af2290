/**
 * A plan's blocks → its targets. Goal paragraphs (主要目标) and indicator tables are read;
 * strategy paragraphs and looks back at the previous plan period are not. Nothing is invented:
 * every target has the sentence or table row that states it, and numbers that cannot be read
 * are returned as problems rather than guessed.
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
import { fitUnit } from './units.ts';

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
  const baseline = f.baseline && fitUnit(f.baseline.value, f.unit, entry.unit);
  if (f.value === null) {
    return { indicator: entry, value: null, unit: entry.unit, baseline: baseline ? { year: f.baseline!.year, value: baseline.value } : null };
  }
  const value = fitUnit(f.value, f.unit, entry.unit);
  if (!value) {
    problems.push(`${planId} #${f.anchor} ${quote(f.text)}: ${f.value}${f.unit} does not fit ${entry.id} (measured in ${entry.unit}); kept without an indicator`);
    return { indicator: null, value: f.value, unit: f.unit, baseline: f.baseline };
  }
  return { indicator: entry, value: value.value, unit: value.unit, baseline: baseline ? { year: f.baseline!.year, value: baseline.value } : null };
}

function toTarget(plan: PlanForTargets, f: Finding, fitted: Fitted, agencies: Agencies): Target {
  return {
    county_code: plan.county_code,
    county: plan.county,
    province: plan.province,
    plan_type: plan.plan_type,
    indicator: fitted.indicator?.id ?? null,
    label: f.label,
    comparator: f.comparator,
    value: fitted.value,
    unit: fitted.unit,
    year: f.year ?? plan.period?.end ?? DEFAULT_END,
    baseline: fitted.baseline,
    nature: f.nature,
    agencies: { lead: [...agencies.lead], responsible: [...agencies.responsible] },
    source: { url: planHref(plan.id, f.anchor), text: f.text },
  };
}

/** Marks targets of one indicator and year that the plan states with different values. */
function flagConflicts(targets: ExtractedTarget[]): void {
  const groups = new Map<string, ExtractedTarget[]>();
  for (const t of targets) {
    if (t.target.indicator === null || t.target.value === null) continue;
    const key = `${t.target.indicator}|${t.target.year}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((t) => t.target.value)).size > 1) for (const t of group) t.conflict = true;
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
  for (const block of plan.blocks) {
    if (isRetrospective(block, headings)) continue;
    let reading;
    if (block.kind === 'table') reading = { ...readTable(block, matcher), agencies: none };
    else if (block.kind === 'paragraph' && block.role === 'goal') reading = readParagraph(block, matcher);
    else continue;
    problems.push(...reading.problems.map((p) => `${plan.id} ${p}`));
    for (const f of reading.findings) {
      const fitted = fit(f, problems, plan.id);
      const domain = block.domain ?? (fitted.indicator ? domainOf(fitted.indicator, plan.plan_type) : null);
      targets.push({ target: toTarget(plan, f, fitted, reading.agencies), block_id: block.id, domain, conflict: false });
    }
  }
  flagConflicts(targets);
  return { targets, problems };
}

/**
 * Which indicator each number of a clause is a value of, read from the plan's extracted targets
 * (src/lib/targets): the alignment never reads targets itself. Two clauses whose targets are
 * different indicators are different clauses, and a number is paired with another as "changed"
 * only when both are values of one indicator.
 */
import { fitUnit, normalizeUnit } from '../targets/units.ts';
import type { ExtractedTarget } from '../targets/schema.ts';
import { foldChars } from './normalize.ts';
import { numberParts } from './numbers.ts';
import type { Token } from './tokens.ts';
import type { z } from 'astro/zod';
import type { ClauseTargetSchema } from './input-schema.ts';

/** A target as the alignment needs it (ClauseTargetSchema): which indicator, and the values the clause states for it. */
export type ClauseTarget = z.output<typeof ClauseTargetSchema>;

/** Targets of a plan by the anchor (block or row id) of the clause that states them. */
export type ClauseTargets = Record<string, ClauseTarget[]>;

export function clauseTargetsOf(targets: readonly Pick<ExtractedTarget, 'target' | 'domain'>[]): ClauseTargets {
  const out: ClauseTargets = {};
  for (const { target, domain } of targets) {
    const anchor = target.source.url.slice(target.source.url.indexOf('#') + 1);
    const values = [target.value, target.baseline?.value ?? null].filter((v): v is number => v !== null);
    (out[anchor] ??= []).push({ indicator: target.indicator, label: target.label, unit: target.unit, values, domain });
  }
  return out;
}

/** Dictionary indicators a clause states targets for, sorted: what clause identity is checked by. */
export function indicatorsOf(targets: readonly ClauseTarget[] | undefined): string[] {
  return [...new Set((targets ?? []).flatMap((t) => (t.indicator ? [t.indicator] : [])))].sort();
}

/** Two clauses that both state targets, for no common indicator, are not one clause. */
export function differentIndicators(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

const identityOf = (t: ClauseTarget) => t.indicator ?? `label:${t.label.replace(/\s+/g, '')}`;

/** A number read as a value of one indicator: the indicator, and the value in its unit. */
export interface NumberIdentity {
  /** Dictionary id, or "label:<wording>" for a target no indicator matches. */
  indicator: string;
  /** In the indicator's unit: 4.5张 and 4.5个 of 托位数 are one value. */
  value: number;
}

/**
 * For each number token of a clause, in order: the indicator (or, for a target no indicator
 * matches, its label) it is a value of, or null when no target of the clause, or more than one
 * indicator, has that value. A number of text the targets reader could not read (3.55.0‰) is
 * no target's value, so it stays null and is never paired.
 */
export function numberIdentities(tokens: readonly Token[], targets: readonly ClauseTarget[] | undefined): (NumberIdentity | null)[] {
  const out: (NumberIdentity | null)[] = [];
  for (const t of tokens) {
    if (t.kind !== 'number') continue;
    if (!targets?.length) { out.push(null); continue; }
    const { value, unit } = numberParts(foldChars(t.text).replace(/\s+/g, ''));
    const written = normalizeUnit(unit) ?? unit;
    const ids = new Map<string, number>();
    for (const target of targets) {
      const fitted = fitUnit(Number(value), written, target.unit);
      if (fitted && target.values.includes(fitted.value)) ids.set(identityOf(target), fitted.value);
    }
    const [only] = ids;
    out.push(ids.size === 1 ? { indicator: only![0], value: only![1] } : null);
  }
  return out;
}

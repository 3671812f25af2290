/**
 * A county target against a reference (the national outline): is it stricter, equal or looser?
 * Only like is compared with like: the same kind of unit, and bounds that point the same way.
 */
import type { Comparator } from './comparator.ts';
import { convertValue, sameUnitKind } from './units.ts';

export type Strictness = 'stricter' | 'equal' | 'looser' | 'not-comparable';

export interface Level {
  comparator: Comparator;
  value: number | null;
  unit: string;
}

type Kind = 'ceiling' | 'floor' | 'point';

function kindOf(c: Comparator): Kind | null {
  if (c === '<=' || c === '<') return 'ceiling';
  if (c === '>=' || c === '>') return 'floor';
  if (c === '=' || c === '~') return 'point';
  return null;
}

/**
 * A ceiling on something that should rise (or a floor on something that should fall) says
 * nothing about ambition, so it cannot be ranked.
 */
function fitsDirection(kind: Kind, better: 'higher' | 'lower'): boolean {
  return kind === 'point' || (better === 'higher' ? kind === 'floor' : kind === 'ceiling');
}

const strict = (c: Comparator) => c === '<' || c === '>';

/**
 * Compares a target with a reference for an indicator where `better` says which way is better.
 * ≤10 against ≤12 for a mortality rate is stricter; ≥90 against ≥90 equal; >80 against ≥80 stricter
 * (民法典 art. 1259: 超过 excludes the number, 以上 includes it). Directions, a `normal` indicator
 * (sex ratio), different unit kinds and opposite bounds are not comparable.
 */
export function compareToReference(target: Level, reference: Level, better: 'higher' | 'lower' | 'normal'): Strictness {
  if (better === 'normal' || target.value === null || reference.value === null) return 'not-comparable';
  const tk = kindOf(target.comparator);
  const rk = kindOf(reference.comparator);
  if (!tk || !rk || !fitsDirection(tk, better) || !fitsDirection(rk, better)) return 'not-comparable';
  if (tk !== rk && tk !== 'point' && rk !== 'point') return 'not-comparable';
  if (!sameUnitKind(target.unit, reference.unit)) return 'not-comparable';
  const value = convertValue(target.value, target.unit, reference.unit);
  if (value === null) return 'not-comparable';
  if (value !== reference.value) {
    const tighter = better === 'higher' ? value > reference.value : value < reference.value;
    return tighter ? 'stricter' : 'looser';
  }
  // 民法典 art. 1259: 超过/不满 exclude the number that 以上/以下 include, so at one number they ask more.
  if (tk === 'point' || rk === 'point' || strict(target.comparator) === strict(reference.comparator)) return 'equal';
  return strict(target.comparator) ? 'stricter' : 'looser';
}

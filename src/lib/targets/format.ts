/**
 * How a figure reads on the page, the one formatter every page, chart, table and the
 * browser-side comparison use: ≤12/10万, <5‰, ≥95%, 4.5个（每千人口）, 11.6年, 1个百分点, 提高.
 * Units are stored as they read after the number (src/lib/targets/units.ts), so the number is
 * never glued to a unit code.
 */
import type { Comparator } from './comparator.ts';
import type { Strictness } from './compare.ts';

const SYMBOL: Record<Comparator, string> = {
  '<=': '≤', '<': '<', '>=': '≥', '>': '>', '=': '', '~': '约',
  increase: '提高', decrease: '下降', maintain: '保持',
};

export function comparatorSymbol(c: Comparator): string {
  return SYMBOL[c];
}

/** Units that do not simply follow the number: the per-population counts name their population. */
const AROUND: Record<string, (n: string) => string> = {
  '女=100': (n) => `${n}（女=100）`,
  '个/千人': (n) => `${n}个（每千人口）`,
  '人/千名儿童': (n) => `${n}人（每千名儿童）`,
};

/**
 * A number as the plan prints it (85.0) when the printing is known and is that number; else as
 * the plans write numbers: no exponent, no trailing float noise (0.1 + 0.2).
 */
export function formatNumber(value: number, printed?: string | null): string {
  if (printed && Number(printed) === value) return printed;
  return String(Math.round(value * 1e6) / 1e6);
}

/** A value with its unit: 12/10万, 5‰, 4.5个（每千人口）, 1个百分点; `printed` is the value as the plan prints it. */
export function formatFigure(value: number, unit: string, printed?: string | null): string {
  const n = formatNumber(value, printed);
  const around = AROUND[unit];
  return around ? around(n) : `${n}${unit}`;
}

export function formatLevel(level: { comparator: Comparator; value: number | null; unit: string; value_text?: string | null }): string {
  if (level.value === null) return SYMBOL[level.comparator];
  return `${SYMBOL[level.comparator]}${formatFigure(level.value, level.unit, level.value_text)}`;
}

/** A baseline as it reads beside a target: its number as printed and its year, 7.0（2020）. */
export function formatBaseline(baseline: { year: number; value: number; value_text?: string | null }): string {
  return `${formatNumber(baseline.value, baseline.value_text)}（${baseline.year}）`;
}

/** A national reference as it reads in a table cell: its figure and the year it is for, ≤12/10万（2030年）. */
export function formatReference(ref: { comparator: Comparator; value: number; unit: string; year: number }): string {
  return `${formatLevel(ref)}（${ref.year}年）`;
}

/** A unit named on its own (单位：%), with the population a per-population unit counts. */
const UNIT_NAME: Record<string, string> = {
  '/10万': '1/10万', '/万': '1/万', '女=100': '以女性为100', '个/千人': '个（每千人口）', '人/千名儿童': '人（每千名儿童）',
};

export function formatUnitName(unit: string): string {
  return unit === '' ? '无' : UNIT_NAME[unit] ?? unit;
}

/** County plans run 2021–2025, so most targets are for 2025: a figure for any other year says so. */
export const USUAL_TARGET_YEAR = 2025;

/** （2030年） after a figure whose year is not the usual one; '' for 2025. */
export function yearNote(year: number): string {
  return year === USUAL_TARGET_YEAR ? '' : `（${year}年）`;
}

export const STRICTNESS_ZH: Record<Strictness, string> = {
  stricter: '严于国家目标',
  equal: '与国家目标相同',
  looser: '宽于国家目标',
  'not-comparable': '不可比',
};

/** Short mark beside a target: a symbol plus the words a civil servant would write, never colour alone. */
export const STRICTNESS_MARK: Record<Strictness, string> = {
  stricter: '▲ 严于国家目标',
  equal: '＝ 与国家目标相同',
  looser: '▽ 宽于国家目标',
  'not-comparable': '— 不可比',
};

/** How a target reads on the page: ≤12/10万, ≥90%, 约45%, 提高. */
import type { Comparator } from './comparator.ts';
import type { Strictness } from './compare.ts';

const SYMBOL: Record<Comparator, string> = {
  '<=': '≤', '<': '<', '>=': '≥', '>': '>', '=': '', '~': '约',
  increase: '提高', decrease: '下降', maintain: '保持',
};

export function comparatorSymbol(c: Comparator): string {
  return SYMBOL[c];
}

/** Units that read as a suffix right after the number. */
function withUnit(value: number, unit: string): string {
  if (unit === '女=100') return `${value}（女=100）`;
  if (unit === '个/千人') return `${value}个/千人`;
  return `${value}${unit}`;
}

export function formatLevel(level: { comparator: Comparator; value: number | null; unit: string }): string {
  if (level.value === null) return SYMBOL[level.comparator];
  return `${SYMBOL[level.comparator]}${withUnit(level.value, level.unit)}`;
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

/** Short mark beside a target: a symbol plus the word, never colour alone. */
export const STRICTNESS_MARK: Record<Strictness, string> = {
  stricter: '▲ 更严',
  equal: '＝ 相同',
  looser: '▽ 更宽',
  'not-comparable': '— 不可比',
};

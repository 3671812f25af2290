/**
 * Numbers with their units, read as one token so that a changed target shows as
 * "5.0‰ → 6.5‰" rather than as scattered digits.
 */

/** Units a target is written with, longest first so that /10万 wins over 万. */
const UNITS = [
  '个百分点', '百分点', '/10万', '/1万', '/万', '/1000', '/千', '/100',
  '%', '‰', '‱', '平方米', '公里', '周岁', '个月', '小时', '分钟',
  '万人', '亿元', '万元', '元', '万', '亿', '岁', '年', '月', '日', '天', '倍',
  '人', '名', '个', '所', '家', '张', '次', '册', '本', '米', '项', '条', '座', '户',
];

// '/' and '%' need no escaping in a u-mode RegExp (and escaping '%' is an error there).
const UNIT_SOURCE = UNITS.join('|');

/** Matched against folded text (ASCII digits and punctuation). */
export const NUMBER_SOURCE = `\\d+(?:\\.\\d+)?(?:\\s?(?:${UNIT_SOURCE}))?`;

const PARTS = /^(\d+(?:\.\d+)?)\s?(.*)$/u;

/** Spellings of one unit that mean the same thing. */
const UNIT_SYNONYM: Record<string, string> = { 百分点: '个百分点', 周岁: '岁', '/1万': '/万' };

export interface NumberParts {
  value: string;
  unit: string;
}

export function numberParts(folded: string): NumberParts {
  const m = PARTS.exec(folded);
  if (!m) return { value: folded, unit: '' };
  const unit = m[2]!;
  return { value: m[1]!, unit: UNIT_SYNONYM[unit] ?? unit };
}

/** "5.0‰" and "5‰" state the same target; only the value and unit take part in comparison. */
export function numberKey(folded: string): string {
  const { value, unit } = numberParts(folded);
  return `${String(Number(value))}${unit}`;
}

/** Two numbers sit in the same slot of a clause when they share a unit. */
export function numberSlot(folded: string): string {
  return `#${numberParts(folded).unit}`;
}

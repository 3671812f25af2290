/**
 * The numbers of a clause that can be targets, told apart from the numbers that are not:
 * years (2025年), ages and ranges in a name (5岁以下儿童, 0-6岁), durations (15分钟).
 */
import { foldChars } from '../align/normalize.ts';
import { SUFFIX, suffixComparator, type Comparator } from './comparator.ts';
import { normalizeUnit } from './units.ts';

export interface ValueToken {
  start: number;
  end: number;
  /** As written, e.g. 12.5/10万. */
  raw: string;
  /** null when the digits do not make one number (3.55.0: a separator was lost). */
  value: number | null;
  /** Normalised unit as written; '' when the number has none. */
  unit: string;
  /** The comparator of 以上/以下/以内/左右 right after the number. */
  suffix: Comparator | null;
  /** End of the number with its suffix. */
  after: number;
  /** 约 right before the number. */
  approx: boolean;
}

const NUMBER = /(\d+(?:\.\d+)*)\s*(个百分点|百分点|\/10万|\/万|%|‰|周岁|岁|年|个月|个|张|名|所|家|次|人|天|分钟|小时)?/g;
const AGE_IN_NAME = /^(以下|以上)?(儿童|婴|幼|学生|人口|女|妇|男|青|的|及|组|年龄|阶段|孕|至|-)/;
const NOT_A_TARGET_UNIT = new Set(['个月', '分钟', '小时']);

const inside = (spans: readonly { start: number; end: number }[], s: number, e: number) =>
  spans.some((m) => s < m.end && m.start < e);

function isYear(digits: string, unit: string | undefined, next: string): boolean {
  return /^(19|20)\d\d$/.test(digits) && (unit === '年' || next === '-' || next === '' || /^[)）]/.test(next));
}

/** Whether a number is part of a name or a range rather than a value: 0-6岁, 5岁以下儿童, 第1. */
function isQualifier(text: string, start: number, end: number, unit: string | undefined): boolean {
  const prev = text[start - 1] ?? '';
  const next = text.slice(end);
  if (prev === '第') return true;
  if (/^\s*[-至]\s*\d/.test(next)) return true;
  if (prev === '-' && /\d/.test(text[start - 2] ?? '')) return unit === undefined || unit === '岁' || unit === '年';
  if (unit === '岁' || unit === '周岁') return AGE_IN_NAME.test(next);
  return unit !== undefined && NOT_A_TARGET_UNIT.has(unit);
}

/**
 * Numbers of `raw` outside the given spans (the indicator names found in it) that can be values.
 * Positions are positions in `raw`.
 */
export function scanNumbers(raw: string, skip: readonly { start: number; end: number }[]): ValueToken[] {
  const text = foldChars(raw);
  const values: ValueToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = m[1]!;
    const unit = m[2];
    if (inside(skip, start, end)) continue;
    const next = text.slice(start + digits.length).trimStart();
    if (isYear(digits, unit, next.slice(0, 1))) continue;
    if (isQualifier(text, start, unit === undefined ? start + digits.length : end, unit)) continue;
    const realEnd = unit === undefined ? start + digits.length : end;
    const suffix = SUFFIX.exec(text.slice(realEnd));
    values.push({
      start,
      end: realEnd,
      raw: raw.slice(start, realEnd),
      value: digits.split('.').length > 2 ? null : Number(digits),
      unit: normalizeUnit(unit ?? '') ?? '',
      suffix: suffix ? suffixComparator(suffix[1]!) : null,
      after: realEnd + (suffix ? suffix[0].length : 0),
      approx: text[start - 1] === '约',
    });
  }
  return values;
}

/** Numbers written one after the other share their verb and their last suffix: 分别降至4.2‰、6.5‰和9.6‰以下. */
export function groupRuns(values: readonly ValueToken[], text: string): ValueToken[][] {
  const runs: ValueToken[][] = [];
  for (const v of values) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && /^[、,，和及与\s]*$/.test(text.slice(last.after, v.start))) run.push(v);
    else runs.push([v]);
  }
  return runs;
}

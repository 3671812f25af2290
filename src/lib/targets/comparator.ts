/**
 * How a plan says "at most", "at least", "about" and "keep raising": the words around a number
 * and the sign in a table cell, read as one comparator.
 */
import { normalizeUnit } from './units.ts';

export const COMPARATORS = ['<=', '<', '>=', '>', '=', '~', 'increase', 'decrease', 'maintain'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type Direction = 'increase' | 'decrease' | 'maintain';

/**
 * Words right after a number. 民法典 art. 1259: 以上、以下、以内 include the number itself,
 * so they read as ≥ / ≤ (及以上 says the same thing twice).
 */
export const SUFFIX = /^(及以上|以上|以下|以内|左右)/;
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  及以上: '>=', 以上: '>=', 以下: '<=', 以内: '<=', 左右: '~',
};

export function suffixComparator(word: string): Comparator {
  return SUFFIX_COMPARATOR[word]!;
}

/**
 * Verbs right before a number, longest first so 不低于 is not read as 低于.
 * 民法典 art. 1259: 不满、超过 exclude the number itself (< and >).
 * 保持在/稳定在 with no qualifier hold a level: =.
 */
const VERBS: readonly [string, Comparator][] = [
  ['不低于', '>='], ['不少于', '>='], ['至少达到', '>='], ['至少有', '>='], ['至少', '>='],
  ['不高于', '<='], ['不超过', '<='], ['不多于', '<='],
  ['提高到', '>='], ['提高至', '>='], ['提升到', '>='], ['提升至', '>='], ['增加到', '>='],
  ['增加至', '>='], ['增长到', '>='], ['上升到', '>='], ['达到', '>='], ['达', '>='],
  ['降低到', '<='], ['降低至', '<='], ['下降到', '<='], ['下降至', '<='], ['减少到', '<='],
  ['减少至', '<='], ['降至', '<='], ['降到', '<='], ['控制在', '<='], ['控制到', '<='],
  ['不满', '<'], ['低于', '<'], ['小于', '<'], ['少于', '<'],
  ['超过', '>'], ['高于', '>'], ['大于', '>'],
  ['保持在', '='], ['稳定在', '='], ['维持在', '='], ['为', '='],
];

/** A verb that states a change, not a level: 下降20% is a fall of 20%, not a rate of 20%. */
const CHANGE_VERBS = /(下降|降低|减少|提高|提升|增加|增长|上升)$/;

/** Adverbs between a verb and its number: 分别控制在, 均达到, 达到约. */
const FILLER = /(分别|均|都|约|平均)$/;

export interface VerbReading {
  comparator: Comparator;
  /** Where the verb starts in the text it was read from. */
  start: number;
  /** 下降20%: a change, which the caller must not read as a level. */
  change: boolean;
}

/** The comparator a verb at the end of `before` gives to the number that follows it. */
export function readVerb(before: string): VerbReading | null {
  let head = before.trimEnd();
  for (let m = FILLER.exec(head); m; m = FILLER.exec(head)) head = head.slice(0, m.index);
  const end = head.length;
  for (const [word, comparator] of VERBS) {
    if (head.endsWith(word)) return { comparator, start: end - word.length, change: false };
  }
  const change = CHANGE_VERBS.exec(head);
  if (change) return { comparator: '=', start: change.index, change: true };
  return null;
}

/** 实现/达到 before the name and the number right after it: 实现每千人口拥有…托位数4.5张 reads as 达到4.5. */
export function readVerbBeforeName(before: string): VerbReading | null {
  const m = /(实现|达到)$/.exec(before.trimEnd());
  return m ? { comparator: '>=', start: m.index, change: false } : null;
}

/** 至少/不少于 earlier in the clause still bind a count: 每年至少刊出或播出2个公益广告. */
export function readDistantFloor(before: string): boolean {
  return /(至少|不少于)/.test(before);
}

const INCREASE = /(提高|提升|增加|增长|增多|扩大|上升|稳中有升)/;
const DECREASE = /(下降|降低|减少|缩小|减缓)/;
const MAINTAIN = /(保持|稳定|巩固)/;

/** 持续提升 → increase, 明显下降 → decrease, 保持稳定 → maintain; null when no direction is said. */
export function readDirection(text: string): Direction | null {
  const up = INCREASE.exec(text);
  const down = DECREASE.exec(text);
  if (up && (!down || up.index < down.index)) return 'increase';
  if (down) return 'decrease';
  return MAINTAIN.test(text) ? 'maintain' : null;
}

const ADVERBS = '(?:不断|逐步|持续|稳步|进一步|明显|显著|大幅|有所|继续|巩固|要|均|都|逐年|每年)*';
const TRAILING = new RegExp(`^${ADVERBS}(稳中有升|提高|提升|增加|增长|增多|扩大|上升|下降|降低|减少|缩小|保持稳定|保持|稳定)(?!趋势)`);

/** A direction said right after an indicator's name: …覆盖率进一步巩固提高, …死亡率稳步下降. */
export function readTrailingDirection(after: string): Direction | null {
  const m = TRAILING.exec(after.trimStart());
  return m ? readDirection(m[1]!) : null;
}

/** A verb right before an indicator's name: 提高就业人员中的女性比例. */
export function readLeadingDirection(before: string): Direction | null {
  const m = /(提高|提升|增加|扩大|降低|减少|缩小)(?:不断|逐步|持续|进一步)?$/.exec(before.trimEnd());
  return m ? readDirection(m[1]!) : null;
}

export type CellReading =
  | { kind: 'value'; comparator: Comparator; value: number; unit: string }
  | { kind: 'direction'; comparator: Direction }
  | { kind: 'parts'; parts: { label: string; comparator: Comparator; value: number; unit: string }[] }
  | { kind: 'empty' }
  | { kind: 'unreadable' };

const CELL_SIGN: Record<string, Comparator> = {
  '>': '>', '＞': '>', '≥': '>=', '≧': '>=', '>=': '>=', '<': '<', '＜': '<', '≤': '<=', '≦': '<=',
  '<=': '<=', '=': '=', '＝': '=', '约': '~',
};
const CELL = /^(>=|<=|[>＞≥≧<＜≤≦=＝]|约)?\s*(\d+(?:\.\d+)?)\s*(%|％|‰|个|张|人|名|所|次|天|岁|年)?\s*(及以上|以上|以下|以内|左右)?$/;
const PART = /([\u4e00-\u9fff]+)\s*(\d+(?:\.\d+)?)\s*(%|％|‰)?/g;

/**
 * A target cell of a table. Its own sign wins (>80, ≥50, <2, 45左右); a bare number is "=".
 * 城市社区100 / 农村社区90 in one cell are two targets with their own labels.
 */
export function readCell(cell: string): CellReading {
  const s = cell.replace(/\s+/g, ' ').trim();
  if (s === '' || /^[-—–－/、]+$/.test(s)) return { kind: 'empty' };
  const m = CELL.exec(s);
  if (m) {
    const comparator = m[4] ? suffixComparator(m[4]) : m[1] ? CELL_SIGN[m[1]]! : '=';
    return { kind: 'value', comparator, value: Number(m[2]), unit: normalizeUnit(m[3] ?? '') ?? '' };
  }
  const parts = [...s.matchAll(PART)];
  if (parts.length >= 1 && parts.map((p) => p[0]).join('').replace(/\s/g, '') === s.replace(/\s/g, '')) {
    return {
      kind: 'parts',
      parts: parts.map((p) => ({ label: p[1]!, comparator: '=' as const, value: Number(p[2]), unit: normalizeUnit(p[3] ?? '') ?? '' })),
    };
  }
  if (/^[\u4e00-\u9fff]{1,8}$/.test(s)) {
    const direction = readDirection(s);
    if (direction) return { kind: 'direction', comparator: direction };
  }
  return { kind: 'unreadable' };
}

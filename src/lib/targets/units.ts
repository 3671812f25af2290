/**
 * Units of targets: the closed list the dictionary may use, the spellings the plans write,
 * and the conversions between units of one kind (‰ and %, /10万 and /万 …).
 * Each unit is stored the way it is printed after the number: 12/10万, 99/万, 1个百分点.
 */

/** Units an indicator may be measured in (content/indicators.yaml `unit`). */
export const UNITS = [
  '%', '‰', '/万', '/10万', '个/千人', '人/千名儿童', '岁', '年', '个百分点', '女=100',
  '个', '名', '所', '家', '次', '天',
] as const;
export type Unit = (typeof UNITS)[number];

export function isUnit(unit: string): unit is Unit {
  return (UNITS as readonly string[]).includes(unit);
}

/** Spellings found in the plans → the unit they mean. */
const SPELLING: Record<string, string> = {
  '%': '%', '％': '%', '﹪': '%', '‰': '‰',
  '/10万': '/10万', '1/10万': '/10万', '/10万人': '/10万',
  '/万': '/万', '1/万': '/万', '/1万': '/万',
  '个百分点': '个百分点', '百分点': '个百分点',
  '个/千人': '个/千人', '张/千人': '个/千人',
  '岁': '岁', '周岁': '岁', '年': '年',
  '个': '个', '张': '张', '名': '名', '人': '人', '所': '所', '家': '家', '次': '次', '天': '天',
};

/** The unit a spelling means, '' for no unit, null for a spelling this module does not know. */
export function normalizeUnit(raw: string): string | null {
  const s = raw.replace(/\s+/g, '');
  if (s === '') return '';
  return SPELLING[s] ?? null;
}

/** Rates per hundred, thousand, ten thousand, hundred thousand: one kind, convertible. */
const RATE_SCALE: Record<string, number> = { '%': 1e-2, '‰': 1e-3, '/万': 1e-4, '/10万': 1e-5 };

/** Counts a plan writes after a per-thousand indicator: 4.5张 of 每千人口…托位数 is 4.5 个/千人. */
const COUNTS_PER: Record<string, readonly string[]> = {
  '个/千人': ['个', '张'],
  '人/千名儿童': ['人', '名'],
};

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * A value written in `unit` expressed in the indicator's unit, or null when the two do not fit
 * (a percentage for an indicator counted in years). An empty unit is one the text lost
 * (000's 新生儿死亡率( ): the indicator's own unit is the only reading.
 */
export function fitUnit(value: number, unit: string, target: string): { value: number; unit: string } | null {
  if (unit === target || unit === '') return { value, unit: target };
  const from = RATE_SCALE[unit];
  const to = RATE_SCALE[target];
  if (from !== undefined && to !== undefined) return { value: round((value * from) / to), unit: target };
  if (COUNTS_PER[target]?.includes(unit)) return { value, unit: target };
  if (unit === '张' && target === '个') return { value, unit: target };
  return null;
}

/** Whether two normalised units can be compared at all. */
export function sameUnitKind(a: string, b: string): boolean {
  return a === b || (RATE_SCALE[a] !== undefined && RATE_SCALE[b] !== undefined);
}

/** Converts between units of one kind; null across kinds. */
export function convertValue(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const f = RATE_SCALE[from];
  const t = RATE_SCALE[to];
  return f !== undefined && t !== undefined ? round((value * f) / t) : null;
}

/** Unit tokens a table label may carry in its parenthesis: 孕产妇死亡率(1/10万), 托位数(个)/千人. */
const LABEL_UNIT = /[（(]\s*(%|％|‰|1\/10万|\/10万|\/万|1\/万|个|张|名|人|所|家|次|天|岁|年|元|万)?\s*[)）]?\s*(\/\s*千人)?/g;

/**
 * Splits a table label into the indicator's wording and its unit.
 * 妇女常见病筛查率(% → 妇女常见病筛查率, %; 国家免疫规划疫苗接种率(乡镇、街道)% → …率(乡镇、街道), %;
 * 新生儿死亡率( → 新生儿死亡率, '' (the ‰ was lost in extraction).
 */
export function splitLabelUnit(label: string): { name: string; unit: string } {
  const s = label.trim();
  const trailing = /(%|％|‰)\s*$/.exec(s);
  if (trailing && !/[（(]\s*(%|％|‰)\s*$/.test(s)) {
    return { name: s.slice(0, trailing.index).trim(), unit: normalizeUnit(trailing[1]!) ?? '' };
  }
  for (const m of s.matchAll(LABEL_UNIT)) {
    const rest = s.slice(m.index + m[0].length);
    const closes = /[)）]/.test(m[0]);
    // A parenthesis that holds words (乡镇、街道) is part of the name, not a unit.
    if (m[1] === undefined && closes) continue;
    if (m[1] === undefined && rest.trim() !== '' && !/^[/／]/.test(rest)) continue;
    const unit = m[1] === undefined ? '' : m[2] ? `${m[1]}/千人` : m[1];
    return { name: s.slice(0, m.index).trim(), unit: normalizeUnit(unit) ?? unit };
  }
  return { name: s, unit: '' };
}

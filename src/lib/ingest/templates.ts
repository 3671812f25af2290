/**
 * The template chain a plan names in its opening ("按照《中国儿童发展纲要(2021—2030年)》
 * 《贵州省儿童发展规划(2021—2025年)》《毕节市儿童发展规划(2021—2025年)》…制定本规划"),
 * national level first, nearest level last.
 */
import type { PlanType } from '../plan/schema.ts';
import { PLAN_TYPE_ZH } from '../plan/schema.ts';

export type TemplateLevel = 'national' | 'province' | 'prefecture' | 'county' | 'unknown';

export interface TemplateRef {
  title: string;
  level: TemplateLevel;
}

const RANK: Record<TemplateLevel, number> = { national: 0, province: 1, prefecture: 2, county: 3, unknown: 4 };
const BASIS = /(依据|根据|依照|按照)/;
const MADE = /(制定|编制|特制定)本规划/;
const LEAD = /^(?:.*[，,；;。])?\s*(?:根据|依据|依照|按照|结合|以及|和|及|、)*\s*/;

/** Where a plan's region sits: the names its templates may start with. */
export interface Place {
  province: string;
  prefecture: string;
}

/** The sentence that says what the plan was written from, or null. */
export function basisSentence(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<=。)/)) {
      if (BASIS.test(sentence) && MADE.test(sentence)) return sentence;
    }
  }
  return null;
}

/** Every 《…》 in the sentence; where extraction lost the 《 (000), the title runs from the previous 》 or clause. */
export function quotedTitles(sentence: string): string[] {
  const titles: string[] = [];
  let previousClose = -1;
  for (let close = sentence.indexOf('》'); close >= 0; close = sentence.indexOf('》', close + 1)) {
    const open = sentence.lastIndexOf('《', close);
    if (open > previousClose) {
      titles.push(sentence.slice(open + 1, close));
    } else {
      const stretch = sentence.slice(previousClose + 1, close);
      titles.push(stretch.replace(LEAD, ''));
    }
    previousClose = close;
  }
  return titles.map((t) => t.trim()).filter(Boolean);
}

/** 新疆维吾尔自治区 → 新疆, 毕节市 → 毕节: the short names titles also use. */
function shortName(name: string): string {
  return name.replace(/(维吾尔|壮族|回族)?(自治区|自治州|省|市|地区|盟)$/, '');
}

export function levelOfTitle(title: string, place: Place): TemplateLevel {
  if (/^(中国|国家|全国)/.test(title)) return 'national';
  const starts = (name: string) => name !== '' && (title.startsWith(name) || title.startsWith(shortName(name)));
  if (starts(place.province)) return 'province';
  if (starts(place.prefecture)) return 'prefecture';
  if (/^.{2,10}?(省|自治区)/.test(title)) return 'province';
  if (/^.{2,10}?(市|自治州|州|盟|地区)/.test(title)) return 'prefecture';
  if (/^.{2,12}?(县|区|旗)/.test(title)) return 'county';
  return 'unknown';
}

export function findTemplates(paragraphs: readonly string[], type: PlanType, place: Place): TemplateRef[] {
  const sentence = basisSentence(paragraphs);
  if (!sentence) return [];
  const kind = new RegExp(`${PLAN_TYPE_ZH[type]}发展(?:“?十[三四五]五”?)?(纲要|规划)`);
  return quotedTitles(sentence)
    .filter((title) => kind.test(title))
    .map((title) => ({ title, level: levelOfTitle(title, place) }))
    .sort((a, b) => RANK[a.level] - RANK[b.level]);
}

/**
 * A combined 妇女儿童发展规划: one document for both plans under one title
 * (某某县妇女儿童发展规划（2021—2030年）), its text in a women's part and a children's part
 * (第一部分 妇女发展规划 … 第二部分 儿童发展规划). The site reads it as the two plans its parts
 * are; a combined plan whose text is not in two such parts cannot be split and is refused.
 */
import type { PlanType } from '../plan/schema.ts';
import type { SourceLine } from './types.ts';
import { structureText } from '../text/invisible.ts';
import { PERIOD_TAIL, planTypeOfTitle } from './split.ts';

const COMBINED = /^(.{0,24}?)妇女儿童(?:发展)?(?:“?十[三四五]五”?)?(?:发展)?规划(.*)$/;
/** 第一部分 妇女发展规划, 第二篇：儿童发展, 上篇 妇女发展“十四五”规划. */
const PART = /^(?:第[一二三四五六七八九十]+(?:部分|篇)|[上下]篇)[\s:：、.．]*(妇女|儿童)(?:发展)?(?:“?十[三四五]五”?)?(?:发展)?(?:规划|纲要)?(.*)$/;

/** Whether a line is the title of a combined plan (not a notice's title naming it, not a sentence). */
export function isCombinedTitle(text: string): boolean {
  const t = structureText(text).trim();
  if (t.length > 50 || /[《》。，,；;：:]/.test(t) || /印发|关于|通知/.test(t)) return false;
  const m = COMBINED.exec(t);
  return m !== null && !/妇女|儿童/.test(m[1]!) && PERIOD_TAIL.test(m[2]!);
}

/** The plan a part heading of a combined plan opens: 第一部分 妇女发展规划, or a plan title of its own. */
export function partTypeOf(text: string): PlanType | null {
  const m = PART.exec(structureText(text).trim());
  if (m && PERIOD_TAIL.test(m[2]!)) return m[1] === '妇女' ? 'women' : 'children';
  return planTypeOfTitle(text);
}

export interface CombinedPlan {
  /** Index of the combined title line. */
  title: number;
  /** The women's and the children's part, as printed, each at its heading's index. */
  parts: { index: number; type: PlanType }[];
}

export type CombinedReading = { ok: true; plan: CombinedPlan } | { ok: false; title: SourceLine; problem: string };

/**
 * The combined plan in the lines, or null when no line is a combined title. Of several title lines
 * (a saved page prints the title above its metadata box too), the last before the first part counts.
 */
export function findCombinedPlan(lines: readonly SourceLine[]): CombinedReading | null {
  const titles = lines.flatMap((line, index) => (isCombinedTitle(line.text) ? [index] : []));
  if (titles.length === 0) return null;
  const firstPart = lines.findIndex((line, index) => index > titles[0]! && partTypeOf(line.text) !== null);
  const title = [...titles].reverse().find((index) => firstPart < 0 || index < firstPart) ?? titles[0]!;
  const parts = lines.flatMap((line, index) => {
    const type = index > title ? partTypeOf(line.text) : null;
    return type ? [{ index, type }] : [];
  });
  const types = parts.map((p) => p.type).sort().join(',');
  if (types === 'children,women') return { ok: true, plan: { title, parts } };
  const problem = parts.length === 0
    ? 'its text is not divided into a women\'s part and a children\'s part (第一部分 妇女发展规划 … 第二部分 儿童发展规划), so it cannot be split into the two plans the site compares'
    : `its parts are ${parts.map((p) => `${p.type} (line ${lines[p.index]!.no})`).join(', ')}, not one women's and one children's part, so it cannot be split into the two plans the site compares`;
  return { ok: false, title: lines[title]!, problem };
}

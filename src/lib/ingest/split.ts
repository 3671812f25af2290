/**
 * One source holds one or two plans, each starting at its own title line
 * (张家港市妇女发展规划(2021−2025年), 盐湖区儿童发展“十四五”规划 …).
 */
import type { PlanType } from '../plan/schema.ts';
import type { PlanSlice, SourceLine } from './types.ts';
import { structureText } from '../text/invisible.ts';

const TITLE = /^(.{0,24}?)(妇女|儿童)(?:发展)?(?:“?十[三四五]五”?)?(?:发展)?规划(.*)$/;
/** What may follow 规划 in a title: the period, possibly damaged (20212025年)). */
export const PERIOD_TAIL = /^\s*(?:[（(]?\s*(?:19|20)\d\d\s*[—−\-–－~至]*\s*(?:19|20)\d\d\s*年?\s*[)）]?)?\s*$/;

/** The plan type a line is the title of, or null when the line is not a plan title. */
export function planTypeOfTitle(text: string): PlanType | null {
  const t = structureText(text).trim();
  if (t.length > 50 || /[《》。，,；;：:]/.test(t) || /印发|关于|通知/.test(t)) return null;
  const m = TITLE.exec(t);
  if (!m || /妇女|儿童/.test(m[1]!) || !PERIOD_TAIL.test(m[3]!)) return null;
  return m[2] === '妇女' ? 'women' : 'children';
}

export function findPlanTitles(lines: readonly SourceLine[], from = 0): { index: number; type: PlanType }[] {
  const found: { index: number; type: PlanType }[] = [];
  for (let i = from; i < lines.length; i++) {
    const type = planTypeOfTitle(lines[i]!.text);
    if (type) found.push({ index: i, type });
  }
  return found;
}

/** Cuts lines[from…] at each title; text before the first title is not part of any plan. */
export function splitAtTitles(lines: readonly SourceLine[], titles: readonly { index: number; type: PlanType }[]): PlanSlice[] {
  return titles.map((title, k) => ({
    type: title.type,
    title: lines[title.index]!,
    lines: lines.slice(title.index + 1, titles[k + 1]?.index ?? lines.length),
  }));
}

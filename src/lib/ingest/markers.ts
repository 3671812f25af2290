/**
 * What a line is by its leading marker: 一、 section (h2), （一）/(一)/（2） subsection (h3),
 * 主要目标 / 策略措施 (h4, with or without a number or colon), a numbered item (1. 1、 （1）),
 * or plain text. Context (what is open, which number comes next) is structure.ts's business.
 */

export type LineMarker =
  /** `n` is null when extraction lost the number (、重点工程, a bare 总体要求). */
  | { kind: 'h2'; n: number | null }
  | { kind: 'h3'; n: number | null; arabic: boolean }
  | { kind: 'h4'; role: 'goals' | 'measures' }
  /** A （一） subsection printed as one paragraph: title and text run together. */
  | { kind: 'run-in'; n: number }
  /** `digitAfter`: a digit follows the marker (8.5岁…), so it may be a decimal instead. */
  | { kind: 'item'; n: number; digitAfter: boolean }
  | { kind: 'text' };

import { numeralToInt } from './numerals.ts';
import { structureText } from '../text/invisible.ts';

const H4 = /^(?:(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]+\s*、)\s*)?(主要目标|策略措施|主要措施|发展策略)\s*[:：]?$/;
const H2 = /^([一二三四五六七八九十]+)\s*、\s*(.+)$/;
const H2_NUMBER_LOST = /^、\s*(.+)$/;
const H3 = /^[（(]\s*([一二三四五六七八九十]+|\d{1,2})\s*[）)]\s*(.*)$/;
const H3_NUMBER_LOST = /^[）)]\s*(.+)$/;
const ITEM = /^(\d{1,2})\s*[.、．]\s*/;
/** Section titles that appear without their number when extraction dropped it (000: 总体要求, 保障措施). */
const BARE_H2 = new Set([
  '总体要求', '重点工程', '保障措施', '组织实施', '组织与实施', '监测评估', '发展目标', '重点项目',
  '指导思想、基本原则和总体目标', '发展领域、主要目标和策略措施', '优先发展领域、主要目标和发展策略', '主要目标和策略措施',
]);
const MAX_HEADING = 40;

/** Short, and no sentence inside: a title, not a paragraph that starts like one. */
export function isHeadingLike(rest: string): boolean {
  return rest.length > 0 && rest.length <= MAX_HEADING && !/[。；;！？!?]/.test(rest) && !/[，,：:、]$/.test(rest);
}

export function markerOf(line: string): LineMarker {
  // A zero-width space in 二、 or a full-width １． does not hide the marker (the text keeps it as printed).
  const text = structureText(line).trim();
  const h4 = H4.exec(text);
  if (h4) return { kind: 'h4', role: h4[1] === '主要目标' ? 'goals' : 'measures' };

  const h2 = H2.exec(text);
  if (h2 && isHeadingLike(h2[2]!)) return { kind: 'h2', n: numeralToInt(h2[1]!) };
  const lostH2 = H2_NUMBER_LOST.exec(text);
  if ((lostH2 && isHeadingLike(lostH2[1]!)) || BARE_H2.has(text)) return { kind: 'h2', n: null };

  const h3 = H3.exec(text);
  if (h3) {
    const n = numeralToInt(h3[1]!)!;
    const arabic = /\d/.test(h3[1]!);
    if (isHeadingLike(h3[2]!)) return { kind: 'h3', n, arabic };
    return arabic ? { kind: 'item', n, digitAfter: false } : { kind: 'run-in', n };
  }
  const lostH3 = H3_NUMBER_LOST.exec(text);
  if (lostH3 && isHeadingLike(lostH3[1]!)) return { kind: 'h3', n: null, arabic: false };

  const item = ITEM.exec(text);
  if (item) return { kind: 'item', n: Number(item[1]), digitAfter: /\d/.test(text[item[0].length] ?? '') };
  return { kind: 'text' };
}

/**
 * The 印发通知 a government issues its plans with: document number, title, addressees, body,
 * issuer and date, then the plans. Found by its addressee line (各…：), which every notice has.
 */
import type { SourceLine } from './types.ts';

export interface NoticeReading {
  /** Index of the notice's first line in the lines given. */
  start: number;
  title: string;
  docNumber: string;
  /** The signing date as printed (`2023年4月20日`, or damaged `2023531`); '' when absent. */
  date: string;
  /** Full text, paragraphs separated by a blank line; the title's lines joined into one paragraph. */
  text: string;
}

const ADDRESSEE = /^\s*各[^。：:]{1,160}[:：]/;
const ABOUT = /关?于.*印发|印发.*通知|关于.*通知/;
const ISSUER = /^\s*\S{2,24}(人民政府|政府办公室|办公室|委员会|政府)\s*$/;
/** 运盐政发〔2023〕7号; damaged forms as the seeds print them: 杏政发2023, 威府发〔20234. */
export const DOC_NUMBER = /^\s*([\u4e00-\u9fff]{1,8}[发办字函]\s*[〔［[（(]?\s*(?:19|20)\d\d\s*[〕］\]）)]?\s*\d{0,5}\s*号?)\s*$/;
const DATE = /^\s*((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{4,6})\s*$/;
const LOOK_UP = 8;
const MAX_TITLE_LINES = 6;

const isBlank = (line: SourceLine | undefined) => line !== undefined && line.text.trim() === '';

/**
 * Reads the notice in lines[0, end) (end = the first plan title), or null when there is none.
 * It is found by its addressee line; failing that, by its 关于印发…通知 title line.
 */
export function readNotice(lines: readonly SourceLine[], end: number): NoticeReading | null {
  let anchor = lines.findIndex((line, i) => i < end && ADDRESSEE.test(line.text));
  if (anchor < 0) anchor = lastIndexBefore(lines, end, (line) => ABOUT.test(line.text) && /通知/.test(line.text)) + 1;
  if (anchor <= 0) return null;
  const start = noticeStart(lines, anchor);
  const own = lines.slice(start, end);
  const docIndex = own.findIndex((line) => DOC_NUMBER.test(line.text));
  const titleRange = findTitle(own, docIndex);
  const dateLine = own.find((line) => DATE.test(line.text));

  const paragraphs: string[] = [];
  own.forEach((line, i) => {
    if (isBlank(line)) return;
    if (titleRange && i >= titleRange[0] && i <= titleRange[1] && i !== docIndex) {
      if (i === titleRange[0]) paragraphs.push(joinTitle(own, titleRange));
      return;
    }
    paragraphs.push(line.text.trim());
  });
  return {
    start,
    title: titleRange ? joinTitle(own, titleRange) : '',
    docNumber: docIndex >= 0 ? own[docIndex]!.text.trim() : '',
    date: dateLine ? dateLine.text.trim() : '',
    text: paragraphs.join('\n\n'),
  };
}

function lastIndexBefore(lines: readonly SourceLine[], end: number, test: (line: SourceLine) => boolean): number {
  for (let i = Math.min(end, lines.length) - 1; i >= 0; i--) if (test(lines[i]!)) return i;
  return -1;
}

/** Walks up from the addressee line: the 关于…印发 line, the issuer line above it, the document number above that. */
function noticeStart(lines: readonly SourceLine[], addressee: number): number {
  let start = addressee;
  let seen = 0;
  for (let i = addressee - 1; i >= 0 && seen < LOOK_UP; i--) {
    if (isBlank(lines[i])) continue;
    seen++;
    if (ABOUT.test(lines[i]!.text)) {
      start = i;
      break;
    }
  }
  if (start === addressee) return start;
  const above = (from: number) => {
    let i = from - 1;
    while (i >= 0 && isBlank(lines[i])) i--;
    return i;
  };
  let i = above(start);
  if (i >= 0 && ISSUER.test(lines[i]!.text) && lines[i]!.text.trim().length <= 30) {
    start = i;
    i = above(start);
  }
  if (i >= 0 && DOC_NUMBER.test(lines[i]!.text)) start = i;
  return start;
}

/** The title: from the issuer or 关于 line down to the line ending in 通知, over at most a few lines. */
function findTitle(own: readonly SourceLine[], docIndex: number): [number, number] | null {
  const first = own.findIndex((line, i) => i !== docIndex && !isBlank(line) && (ABOUT.test(line.text) || ISSUER.test(line.text)));
  if (first < 0) return null;
  let taken = 0;
  for (let i = first; i < own.length && taken < MAX_TITLE_LINES; i++) {
    if (isBlank(own[i]) || i === docIndex) continue;
    taken++;
    if (/通知\s*$/.test(own[i]!.text)) return [first, i];
  }
  return null;
}

function joinTitle(own: readonly SourceLine[], [from, to]: [number, number]): string {
  return own
    .slice(from, to + 1)
    .filter((line) => !isBlank(line) && !DOC_NUMBER.test(line.text))
    .map((line) => line.text.trim())
    .join('');
}

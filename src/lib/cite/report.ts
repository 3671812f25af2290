/**
 * A pre-filled correction report ("this number is wrong"): a mailto: link with subject and body,
 * or an issue form URL with title and body, naming the plan, the anchor, the value shown and the
 * source sentence, so a reader reports an error in one click.
 */
import type { Comparator } from '../targets/comparator.ts';
import { formatLevel } from '../targets/format.ts';

export interface ReportFacts {
  planTitle: string;
  /** Absolute permalink of the paragraph or table row. */
  permalink: string;
  /** What the site shows there: a target as formatted (≤38%), or "本段文字". */
  shown: string;
  /** The sentence or row the value was read from. */
  sentence: string;
}

export function reportSubject(f: Pick<ReportFacts, 'planTitle' | 'permalink'>): string {
  const anchor = f.permalink.includes('#') ? `#${f.permalink.split('#')[1]}` : '';
  return `纠错：${f.planTitle} ${anchor}`.trim();
}

export function reportBody(f: ReportFacts): string {
  // The plan's title is in the subject; the body names the place, what is shown and the source.
  return [
    `位置：${f.permalink}`,
    `本站显示：${f.shown}`,
    `原文：${f.sentence}`,
    '应为（请注明依据）：',
  ].join('\n');
}

/** What a report about one target needs: the target as the site shows it and its source. */
export interface ReportedTarget {
  label: string;
  comparator: Comparator;
  value: number | null;
  unit: string;
  year: number;
  /** Path of the sentence or row, /plans/<id>/#<anchor>. */
  url: string;
  /** The sentence or row. */
  text: string;
}

/** The report link for one number: "孕产妇死亡率：≤12.5/10万（2025年）" and its sentence. */
export function targetReportHref(target: string, origin: string, planTitle: string, t: ReportedTarget): string {
  return reportHref(target, { planTitle, permalink: `${origin}${t.url}`, shown: `${t.label}：${formatLevel(t)}（${t.year}年）`, sentence: t.text });
}

/** The link for a report, for a mailto: target or an issue form URL. */
export function reportHref(target: string, f: ReportFacts): string {
  const subject = reportSubject(f);
  const body = reportBody(f);
  if (target.startsWith('mailto:')) return `${target}?subject=${encodeIri(subject)}&body=${encodeIri(body)}`;
  const url = new URL(target);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

/**
 * Percent-encodes what would change a mailto: query's meaning (ASCII delimiters, spaces, line
 * breaks as %0D%0A per RFC 6068) and leaves other characters as they are: an href is an IRI
 * (RFC 3987), which the browser's URL parser encodes as UTF-8 when followed. Chinese text thus
 * costs 3 bytes a character in the page instead of 9; a plan page has dozens of these links.
 */
export function encodeIri(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what an IRI must percent-encode (RFC 3987)
  return text.replace(/\r?\n/g, '\r\n').replace(/[\s\u0000-\u001f"#%&'+<=>?\\^`{|}\u007f-\u009f]/gu, (c) => encodeURIComponent(c));
}

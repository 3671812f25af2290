/**
 * A pre-filled correction report ("this number is wrong"): a mailto: link with subject and body,
 * or an issue form URL with title and body, naming the plan, the anchor, the value shown and the
 * source sentence, so a reader reports an error in one click.
 */
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
  return [
    `规划：${f.planTitle}`,
    `位置：${f.permalink}`,
    `本站显示：${f.shown}`,
    `原文：${f.sentence}`,
    '',
    '哪里有误，应当是什么（请注明依据，如官方原文的网址）：',
    '',
  ].join('\n');
}

/** The link for a report, for a mailto: target or an issue form URL. */
export function reportHref(target: string, f: ReportFacts): string {
  const subject = reportSubject(f);
  const body = reportBody(f);
  if (target.startsWith('mailto:')) {
    // RFC 6068: percent-encode everything outside unreserved characters; line breaks as %0D%0A.
    const enc = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
    return `${target}?subject=${enc(subject)}&body=${enc(body)}`;
  }
  const url = new URL(target);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

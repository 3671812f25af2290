/**
 * Text → indicator. Finds every wording of a dictionary indicator in a piece of text:
 * the longest wording wins where two overlap, and a wording listed under an entry's `not`
 * (乳腺癌早诊率 for 乳腺癌筛查率) is never read as that entry.
 */
import { foldChar } from '../align/normalize.ts';
import type { PlanType } from '../plan/schema.ts';
import type { Indicator } from './dictionary.ts';

/** Characters that never tell two wordings apart: 《》, quotation marks, spaces, 的. */
const IGNORED = /[《》<>"'“”‘’\s的]/;

export interface Folded {
  text: string;
  /** Position in the original text of each character of `text`. */
  at: number[];
}

function matchChar(c: string): string {
  const f = foldChar(c);
  return f === '~' ? '-' : IGNORED.test(f) ? '' : f;
}

/** Width-folded text without the ignored characters, with a map back to the original. */
export function foldForMatch(raw: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = matchChar(raw[i]!);
    if (!c) continue;
    text += c;
    at.push(i);
  }
  return { text, at };
}

export interface Mention {
  indicator: Indicator;
  /** Span in the original text. */
  start: number;
  end: number;
  /** The wording as the text writes it; for an enumeration, the item joined to the shared tail. */
  label: string;
}

interface Wording {
  folded: string;
  indicator: Indicator;
}

export interface Matcher {
  /** Every mention, in text order, none overlapping. */
  find(text: string): Mention[];
}

function wordingsOf(entries: readonly Indicator[]): { byFirst: Map<string, Wording[]>; exact: Map<string, Indicator> } {
  const byFirst = new Map<string, Wording[]>();
  const exact = new Map<string, Indicator>();
  for (const indicator of entries) {
    for (const w of [indicator.name_zh, ...indicator.aliases]) {
      const folded = foldForMatch(w).text;
      if (!folded) continue;
      exact.set(folded, indicator);
      const list = byFirst.get(folded[0]!) ?? [];
      list.push({ folded, indicator });
      byFirst.set(folded[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  return { byFirst, exact };
}

function notWordingsOf(entries: readonly Indicator[]): { indicator: Indicator; folded: string }[] {
  return entries.flatMap((indicator) => indicator.not.map((w) => ({ indicator, folded: foldForMatch(w).text }))).filter((n) => n.folded);
}

function notSpans(text: string, nots: readonly { indicator: Indicator; folded: string }[]): Map<Indicator, [number, number][]> {
  const spans = new Map<Indicator, [number, number][]>();
  for (const { indicator, folded } of nots) {
    for (let i = text.indexOf(folded); i >= 0; i = text.indexOf(folded, i + 1)) {
      spans.set(indicator, [...(spans.get(indicator) ?? []), [i, i + folded.length]]);
    }
  }
  return spans;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** The matcher for one plan type: entries of the other plan type are not looked for. */
export function createMatcher(dictionary: readonly Indicator[], planType: PlanType): Matcher {
  const entries = dictionary.filter((d) => d.plan_type === 'both' || d.plan_type === planType);
  const { byFirst, exact } = wordingsOf(entries);
  const nots = notWordingsOf(entries);

  const find = (raw: string): Mention[] => {
    const { text, at } = foldForMatch(raw);
    const excluded = notSpans(text, nots);
    const hits: { start: number; end: number; indicator: Indicator }[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const w of byFirst.get(text[i]!) ?? []) {
        if (!text.startsWith(w.folded, i)) continue;
        const span: [number, number] = [i, i + w.folded.length];
        if ((excluded.get(w.indicator) ?? []).some((n) => overlaps(n, span))) continue;
        hits.push({ start: i, end: span[1], indicator: w.indicator });
      }
    }
    // Longest wording wins; of two equally long, the earlier one.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: typeof hits = [];
    for (const h of hits) if (!chosen.some((c) => overlaps([c.start, c.end], [h.start, h.end]))) chosen.push(h);
    chosen.sort((a, b) => a.start - b.start);
    const toRaw = (s: number, e: number) => widen(raw, at[s]!, at[e - 1]! + 1);
    const mentions: Mention[] = [];
    for (const h of chosen) {
      const items = enumerationBefore(text, h.start, text.slice(h.start, h.end), exact, excluded);
      for (const item of items) {
        const span = toRaw(item.start, item.end);
        mentions.push({ indicator: item.indicator, ...span, label: item.label });
      }
      const span = toRaw(h.start, h.end);
      mentions.push({ indicator: h.indicator, ...span, label: raw.slice(span.start, span.end) });
    }
    return dropRepeats(mentions);
  };
  return { find };
}

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '"': '"' };

/** A wording that starts inside 《…》 or “…” keeps its opening mark: 《国家学生体质健康标准》达标率. */
function widen(raw: string, start: number, end: number): { start: number; end: number } {
  const open = raw[start - 1] ?? '';
  const close = PAIRS[open];
  return close && raw.slice(start, end).includes(close) ? { start: start - 1, end } : { start, end };
}

/** An enumerated item already read as its own mention is not read twice. */
function dropRepeats(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => !mentions.some((o, j) => j !== i && overlaps([o.start, o.end], [m.start, m.end]) && (o.end - o.start > m.end - m.start || (o.end - o.start === m.end - m.start && j < i))));
}

const SEPARATOR = /[、和及与]/;
const ITEM_STOP = /[、和及与,;:。()]/;

/**
 * Items that share the tail of a wording: in 新生儿、婴儿和5岁以下儿童死亡率 the match is
 * 5岁以下儿童死亡率 and the items before it are 新生儿 and 婴儿, each read with the tail 死亡率.
 */
function enumerationBefore(
  text: string,
  start: number,
  wording: string,
  exact: Map<string, Indicator>,
  excluded: Map<Indicator, [number, number][]>,
): { start: number; end: number; indicator: Indicator; label: string }[] {
  const items: { start: number; end: number; indicator: Indicator; label: string }[] = [];
  let pos = start;
  while (pos > 0 && SEPARATOR.test(text[pos - 1]!)) {
    let from = pos - 1;
    while (from > 0 && pos - 1 - from < 12 && !ITEM_STOP.test(text[from - 1]!)) from--;
    const item = text.slice(from, pos - 1);
    const found = readItem(item, wording, exact);
    if (!found) break;
    const itemStart = from + item.length - found.head.length;
    const span: [number, number] = [itemStart, pos - 1];
    if ((excluded.get(found.indicator) ?? []).some((n) => overlaps(n, span))) break;
    items.unshift({ start: itemStart, end: pos - 1, indicator: found.indicator, label: found.head + found.tail });
    pos = from;
  }
  return items;
}

function readItem(item: string, wording: string, exact: Map<string, Indicator>) {
  for (let h = 0; h < item.length; h++) {
    const head = item.slice(h);
    for (let t = 1; t < wording.length - 1; t++) {
      const tail = wording.slice(t);
      const indicator = exact.get(head + tail);
      if (indicator) return { head, tail, indicator };
    }
  }
  return null;
}

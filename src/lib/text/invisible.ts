/**
 * Characters a reader cannot see, or cannot tell from others, that text copied from web pages and
 * word processors carries: zero-width spaces and joiners, word joiners, soft hyphens, direction
 * marks, no-break and ideographic spaces, full-width digits. Published text keeps every one of them
 * (it is what the source says); what reads structure (一、 （一） 1.) and numbers reads the text
 * without them, and the ingest report lists each one that changed a reading.
 */

/** Characters with no width, never part of the wording: removed for reading. */
export const INVISIBLE_CHARS: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2061': 'function application',
  '\u2062': 'invisible times',
  '\u2063': 'invisible separator',
  '\u2064': 'invisible plus',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space',
};

/** Spaces that look like an ordinary space (or none): they matter only inside a number or a marker. */
export const LOOKALIKE_SPACES: Readonly<Record<string, string>> = {
  '\u00A0': 'no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2004': 'three-per-em space',
  '\u2005': 'four-per-em space',
  '\u2006': 'six-per-em space',
  '\u2007': 'figure space',
  '\u2008': 'punctuation space',
  '\u2009': 'thin space',
  '\u200A': 'hair space',
  '\u202F': 'narrow no-break space',
  '\u205F': 'medium mathematical space',
  '\u3000': 'ideographic space',
};

const INVISIBLE_CLASS = '\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const SPACE_CLASS = '\\u00A0\\u2002-\\u200A\\u202F\\u205F\\u3000';
/** For other modules' patterns: zero or more invisible characters. */
export const INVISIBLES = `[${INVISIBLE_CLASS}]*`;

const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
const HAS_ODD = new RegExp(`[${INVISIBLE_CLASS}${SPACE_CLASS}\\uFF10-\\uFF19]`);
// A look-alike space inside a decimal: 12.\u00A05, 12\u00A0.5 (not between two whole numbers: 12 500 stays two).
const SPACE_IN_DECIMAL = new RegExp(`(?<=\\d)[${SPACE_CLASS}]+(?=[.．]\\d)|(?<=\\d[.．])[${SPACE_CLASS}]+(?=\\d)`, 'g');
const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
// Look-alike spaces inside a marker ((一\u3000), 二\u3000、) or between two Chinese characters (儿童与\u3000健康):
// a reader sees no gap in the wording, and the structure is read without them.
const SPACE_IN_MARKER = new RegExp(`^(\\s*[（(])[${SPACE_CLASS}]+|^(\\s*[（(]?\\s*[一二三四五六七八九十\\d]{1,3})[${SPACE_CLASS}]+(?=[）)、.．])`);
const SPACE_BETWEEN_HANZI = new RegExp(`(?<=[\\u4e00-\\u9fff])[${SPACE_CLASS}]+(?=[\\u4e00-\\u9fff])`, 'g');

const u = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether the text holds anything this module reads differently (a fast path for the common case). */
export function hasLookalikes(text: string): boolean {
  return HAS_ODD.test(text);
}

/**
 * The text numbers are read from: invisible characters removed, and look-alike spaces inside a
 * decimal (12.\u00A05) removed. Everything else, full-width digits included, stays as printed.
 */
export function withoutInvisibles(text: string): string {
  if (!hasLookalikes(text)) return text;
  return text.replace(INVISIBLE, '').replace(SPACE_IN_DECIMAL, '');
}

/**
 * The text structure is read from: withoutInvisibles, full-width digits as ASCII (１． is item 1),
 * and look-alike spaces inside a marker or between two Chinese characters left out.
 */
export function structureText(text: string): string {
  if (!hasLookalikes(text)) return text;
  return withoutInvisibles(text)
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(SPACE_IN_MARKER, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(SPACE_BETWEEN_HANZI, '');
}

export type LookalikePlace = 'number' | 'marker' | 'heading' | 'text';

export interface LookalikeOccurrence {
  /** Index in the text. */
  at: number;
  /** U+200B. */
  code: string;
  name: string;
  place: LookalikePlace;
  /** What the reading made of the number or marker around it (12.5, 二、); null in plain text. */
  readAs: string | null;
}

const isDigit = (c: string | undefined) => c !== undefined && /[0-9\uFF10-\uFF19]/.test(c);
const isSkippable = (c: string) => c in INVISIBLE_CHARS || c in LOOKALIKE_SPACES;

/** The neighbour of position `at` in direction `step`, past other invisible and look-alike characters. */
function neighbour(text: string, at: number, step: 1 | -1): { char: string | undefined; index: number } {
  let i = at + step;
  while (i >= 0 && i < text.length && isSkippable(text[i]!)) i += step;
  return { char: text[i], index: i };
}

// A line's leading marker, as far as it has been read: 二、 （一） (1) 1. 12、 — or its start.
const MARKER_SO_FAR = /^\s*(?:[一二三四五六七八九十]{1,3}\s*、?|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})?\s*[）)]?|\d{1,2}\s*[.、．]?)?\s*$/;
const MARKER_READ = /^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]|\d{1,2}\s*[.、．])/;

function placeOf(text: string, at: number): { place: LookalikePlace; readAs: string | null } {
  const before = neighbour(text, at, -1);
  const after = neighbour(text, at, 1);
  const beforeDigit = isDigit(before.char) || (/[.．]/.test(before.char ?? '') && isDigit(text[before.index - 1]));
  const afterDigit = isDigit(after.char) || (/[.．]/.test(after.char ?? '') && isDigit(text[after.index + 1]));
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const head = structureText(text.slice(lineStart, at));
  if (MARKER_SO_FAR.test(head) && !(beforeDigit && afterDigit && /\d$/.test(head) && isDigit(after.char) && !/^\s*\d{1,2}$/.test(head))) {
    const lineEnd = text.indexOf('\n', at);
    const m = MARKER_READ.exec(structureText(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)));
    if (m && structureText(text.slice(lineStart, at)).length <= m[0].length) return { place: 'marker', readAs: m[0].trim() };
  }
  if (beforeDigit && afterDigit) {
    const inNumber = (c: string) => /[0-9.．\uFF10-\uFF19]/.test(c) || isSkippable(c);
    let from = at;
    let to = at + 1;
    while (from > 0 && inNumber(text[from - 1]!)) from--;
    while (to < text.length && inNumber(text[to]!)) to++;
    return { place: 'number', readAs: withoutInvisibles(text.slice(from, to)).trim() };
  }
  return { place: 'text', readAs: null };
}

/**
 * Every invisible character of the text, and every look-alike space or full-width digit that sits
 * inside a number or a heading/item marker (elsewhere they read as what they look like).
 */
export function findLookalikes(text: string, options: { heading?: boolean } = {}): LookalikeOccurrence[] {
  if (!hasLookalikes(text)) return [];
  const out: LookalikeOccurrence[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at]!;
    const invisible = INVISIBLE_CHARS[c];
    const space = LOOKALIKE_SPACES[c];
    const fullwidth = /[\uFF10-\uFF19]/.test(c) ? 'full-width digit' : undefined;
    if (!invisible && !space && !fullwidth) continue;
    let { place, readAs } = placeOf(text, at);
    // In a heading, a look-alike space between two Chinese characters is read as no space (儿童与　健康 is 儿童与健康).
    if (options.heading && space && place === 'text' && /[\u4e00-\u9fff]/.test(text[at - 1] ?? '') && /[\u4e00-\u9fff]/.test(neighbour(text, at, 1).char ?? '')) {
      place = 'heading';
      readAs = structureText(text).trim();
    }
    if (!invisible && (place === 'text' || (fullwidth && place === 'number'))) continue;
    // Indentation before a marker reads as what it looks like.
    if (space && place === 'marker' && text.slice(text.lastIndexOf('\n', at) + 1, at).trim() === '') continue;
    out.push({ at, code: u(c), name: invisible ?? space ?? fullwidth!, place, readAs });
  }
  return out;
}

/** A piece of text around position `at`, the character itself shown as ⟦U+200B⟧ so a curator can see it. */
export function showAround(text: string, at: number, width = 16): string {
  const from = Math.max(0, at - width);
  const to = Math.min(text.length, at + width + 1);
  const show = (s: string) => s.replace(new RegExp(`[${INVISIBLE_CLASS}${SPACE_CLASS}]`, 'g'), (c) => `⟦${u(c)}⟧`);
  return `${from > 0 ? '…' : ''}${show(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

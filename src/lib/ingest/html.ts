/**
 * A saved web page → plain text lines in the same shape as the scraped .txt sources:
 * one block element per line, blank lines between blocks, one table cell per line
 * (an empty cell as a line holding one space), so the same chrome, notice and table
 * steps read both.
 */

const DROPPED = /<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK = /<\/?(?:p|div|section|article|header|footer|nav|aside|main|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|caption|blockquote|pre|hr|form|fieldset|figure|figcaption|address|center)\b[^>]*>/gi;
const CELL = /<(td|th)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
const BREAK = /<br\s*\/?>/gi;
const TAG = /<[^>]+>/g;

const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', bull: '•', times: '×', divide: '÷', permil: '‰', deg: '°', plusmn: '±',
  le: '≤', ge: '≥', laquo: '«', raquo: '»', copy: '©', reg: '®', yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, '')
    .replace(DROPPED, '\n')
    .replace(CELL, (_, _tag, inner: string) => {
      const cell = inner.replace(BREAK, ' ').replace(TAG, '').replace(/\s+/g, ' ').trim();
      return `\n\n${cell || ' '}\n\n`;
    })
    .replace(BREAK, '\n')
    .replace(BLOCK, '\n\n')
    .replace(TAG, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => (line.trim() === '' && line !== ' ' ? '' : line.replace(/[ \t]+$/, '') || ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}

/**
 * A saved web page → plain text lines in the same shape as the scraped .txt sources:
 * one block element per line, blank lines between blocks, one table cell per line
 * (an empty cell as a line holding one space), so the same chrome, notice and table
 * steps read both.
 *
 * The page goes through a real HTML parser (htmlparser2), so a bare < in the text
 * (儿童贫血患病率<10%) is text, an attribute value holding > stays inside its tag, and
 * entities are decoded once, as a browser does (&nbsp; is a no-break space). Elements
 * whose content is not the document (script, style, head, template, svg, noscript …)
 * and comments are dropped, each kind listed with its text for the report, and what
 * is kept is checked against the parsed text nodes: no text node is lost.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content a reader of the document never sees as its text. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'canvas', 'select', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'blockquote', 'pre', 'hr',
  'form', 'fieldset', 'figure', 'figcaption', 'address', 'center', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

/** One kind of content the page conversion left out, with all of its text. */
export interface DroppedHtml {
  /** The element (script, noscript, svg …) or `comment`. */
  element: string;
  count: number;
  /** Its text, pieces separated by a blank line; '' when it held none. */
  text: string;
}

export interface HtmlReading {
  text: string;
  dropped: DroppedHtml[];
  /** null when the kept lines hold exactly the parsed text nodes outside the dropped elements. */
  problem: string | null;
}

const squash = (text: string) => text.replace(/\s+/g, '');

export function readHtml(html: string): HtmlReading {
  let out = '';
  let cell: string | null = null;
  let keptNodes = '';
  const dropping: string[] = [];
  const dropped = new Map<string, { count: number; texts: string[] }>();
  const drop = (element: string, text: string | null) => {
    const entry = dropped.get(element) ?? { count: 0, texts: [] };
    if (text === null) entry.count++;
    else if (text.trim() !== '') entry.texts.push(text.trim());
    dropped.set(element, entry);
  };
  const parser = new Parser({
    onopentag(name) {
      if (dropping.length) {
        if (DROPPED.has(name)) dropping.push(name);
        return;
      }
      if (DROPPED.has(name)) {
        dropping.push(name);
        drop(name, null);
      } else if (CELL.has(name)) {
        if (cell !== null) out += `\n\n${cell.replace(/\s+/g, ' ').trim() || ' '}\n\n`;
        cell = '';
      } else if (name === 'br') {
        if (cell !== null) cell += ' ';
        else out += '\n';
      } else if (BLOCK.has(name)) out += '\n\n';
    },
    onclosetag(name) {
      if (dropping.length) {
        if (dropping[dropping.length - 1] === name) dropping.pop();
        return;
      }
      if (CELL.has(name) && cell !== null) {
        out += `\n\n${cell.replace(/\s+/g, ' ').trim() || ' '}\n\n`;
        cell = null;
      } else if (BLOCK.has(name)) {
        if (cell !== null && (name === 'tr' || name === 'table')) {
          out += `\n\n${cell.replace(/\s+/g, ' ').trim() || ' '}\n\n`;
          cell = null;
        }
        out += '\n\n';
      }
    },
    ontext(text) {
      if (dropping.length) return drop(dropping[0]!, text);
      keptNodes += text;
      if (cell !== null) cell += text;
      else out += text;
    },
    oncomment(text) {
      drop('comment', null);
      drop('comment', text);
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  if (cell !== null) out += `\n\n${(cell as string).replace(/\s+/g, ' ').trim() || ' '}\n\n`;

  const text = `${out
    .split('\n')
    .map((line) => (line.trim() === '' && line !== ' ' ? '' : line.replace(/[ \t]+$/, '') || ' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
  const problem = squash(text) === squash(keptNodes) ? null : 'the text lines do not hold every text node of the page';
  return {
    text,
    dropped: [...dropped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([element, { count, texts }]) => ({ element, count, text: texts.join('\n\n') })),
    problem,
  };
}

/** The text lines of a page (readHtml without the report). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

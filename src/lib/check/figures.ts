/**
 * Every figure a page shows is a figure a plan states. A figure is a number glued to a unit
 * (12/10万, 5‰, 95%, 4.5个, 11.6年, 1个百分点, 18岁); it passes when some plan's text states the
 * same number with the same unit (12.0/10万 and 12/10万 are one figure, ％ and % one unit), or
 * when it is a documented derivation:
 *  - a table cell's bare number with the unit its row or header names (孕产妇死亡率(1/10万) | 12.5);
 *  - a table cell's bare number in a row whose unit the source lost (婴儿死亡率( | 4.7 | 2.8), with
 *    the unit of the dictionary indicator the row names;
 *  - a national reference of the indicator dictionary (content/indicators.yaml);
 *  - the site's own figures: inside an element marked data-site-figures (a chart of how much of a
 *    plan's wording it shares, the accuracy measured on /methodology/), or recognised by the words
 *    around them (SITE_FIGURES).
 * Pure: the caller reads dist/ and the plans (figures-fs.ts).
 */
import { Parser } from 'htmlparser2';
import { foldChars } from '../align/normalize.ts';

/** A number and the unit after it; years (2025年) are dates, not figures. */
const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)\s*(个百分点|百分点|\/10万|\/万|‰|%|周岁|岁|个|年)/g;
const UNIT_SPELLING: Record<string, string> = { 百分点: '个百分点', 周岁: '岁' };

export interface PageFigure {
  /** As it reads on the page, e.g. 121/10万. */
  raw: string;
  /** Number and unit: "121|/10万". */
  key: string;
  /** Where it is in the (width-folded) text. */
  start: number;
  end: number;
  /** Some text around it, to find it on the page. */
  context: string;
}

export function figureKey(value: number | string, unit: string): string {
  return `${Number(value)}|${UNIT_SPELLING[unit] ?? unit}`;
}

const isYear = (digits: string, unit: string) => unit === '年' && /^(19|20)\d\d$/.test(digits);

/** The figures of a piece of text (width-folded first: ５．０％ is 5.0%). */
export function figuresOf(raw: string): PageFigure[] {
  const text = foldChars(raw);
  const out: PageFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    if (isYear(m[1]!, m[2]!)) continue;
    out.push({ raw: m[0], key: figureKey(m[1]!, m[2]!), start: m.index, end: m.index + m[0].length, context: text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 5).replace(/\s+/g, ' ') });
  }
  return out;
}

/** Units a table row or header names: (%), (1/10万), ‰. */
function unitsNamed(cells: readonly string[]): string[] {
  const units = new Set<string>();
  for (const cell of cells) {
    const s = foldChars(cell);
    for (const m of s.matchAll(/1?\/10万|1?\/万|‰|%|个百分点|百分点/g)) units.add(m[0].replace(/^1\//, '/'));
    for (const m of s.matchAll(/[(]\s*(个|岁|年)\s*[)]/g)) units.add(m[1]!);
  }
  return [...units];
}

const BARE_CELL = /^(?:[<>≤≥≦≧=~]|>=|<=|约)?\s*(\d+(?:\.\d+)?)\s*(?:及以上|以上|以下|以内|左右)?$/;

/** A wording of a dictionary indicator (width-folded) and its unit. */
export interface UnitWording {
  wording: string;
  unit: string;
}

/** A label whose unit parenthesis the source left empty: 婴儿死亡率(, 新生儿死亡率( ). */
const LOST_UNIT = /[(]\s*[)]?\s*$/;

function lostUnits(row: readonly string[], wordings: readonly UnitWording[]): string[] {
  const label = row.map((c) => foldChars(c)).find((c) => LOST_UNIT.test(c));
  if (!label) return [];
  const flat = label.replace(/\s+/g, '');
  return wordings.filter((w) => flat.includes(w.wording)).map((w) => w.unit);
}

/**
 * Figures a plan states: those in its text and table cells, and each table cell's bare number
 * with a unit its row or the header names (or, where the source lost it, the dictionary's).
 * `tables` are rows of cells.
 */
export function statedFigures(
  texts: readonly string[],
  tables: readonly (readonly (readonly string[])[])[],
  wordings: readonly UnitWording[] = [],
): Set<string> {
  const keys = new Set<string>();
  for (const t of texts) for (const f of figuresOf(t)) keys.add(f.key);
  for (const rows of tables) {
    for (const row of rows) for (const cell of row) for (const f of figuresOf(cell)) keys.add(f.key);
    const headerUnits = unitsNamed(rows[0] ?? []);
    for (const row of rows) {
      const units = [...headerUnits, ...unitsNamed(row), ...lostUnits(row, wordings)];
      for (const cell of row) {
        const m = BARE_CELL.exec(foldChars(cell).trim());
        if (m) for (const u of units) keys.add(figureKey(m[1]!, u));
      }
    }
  }
  return keys;
}

/**
 * Figures the site computes itself, by the words after (or before) them: its counts (105 个数量目标,
 * 22 个核心指标, 167 个指标) and how much of a plan's wording it shares (相似度 61%, 相同4%，改动48%,
 * 49% 是基准中没有的, 共有文字约 57%). Each names what it measures, so a reader cannot take it for a plan's.
 */
const SITE_FIGURES: readonly { before?: RegExp; after?: RegExp }[] = [
  { after: /^\s*(数量目标|数值目标|核心指标|指标|目标|规划|条款)/ },
  { before: /(相似度|相同|改动|新增|无对应|省略|缺少|未找到|共有文字约)\s*$/ },
  { after: /^\s*(文字与基准相同|是改动过|是基准中没有)/ },
];

function isSiteFigure(text: string, start: number, end: number): boolean {
  return SITE_FIGURES.some((r) => (r.before ? r.before.test(text.slice(0, start)) : true) && (r.after ? r.after.test(text.slice(end)) : true));
}

/** Elements whose content is not shown as text. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose boundaries separate text (a figure never runs from one cell into the next). */
const BLOCK = new Set([
  'p', 'div', 'li', 'td', 'th', 'tr', 'table', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'article',
  'header', 'footer', 'nav', 'main', 'aside', 'summary', 'details', 'figure', 'figcaption', 'dt', 'dd', 'ul', 'ol', 'dl',
  'text', 'title', 'desc', 'option', 'label', 'button', 'blockquote', 'pre', 'svg', 'g',
]);
/** Attributes a reader sees or hears: tooltips, accessible names, chart details. */
const SHOWN_ATTRIBUTES = ['title', 'aria-label', 'data-tip', 'alt', 'placeholder'];

/**
 * The text a reader sees or hears on a page, in pieces that never join across a block boundary.
 * A piece with edits (<ins>, <del>) is read twice: as the plan writes it (without what it
 * deleted) and as the wording it was compared with (without what it inserted).
 */
export function pageText(html: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let before = '';
  let hidden = 0;
  let inserted = 0;
  let deleted = 0;
  // Per open element: whether it (or an ancestor) holds the site's own figures.
  const site: boolean[] = [];
  const flush = () => {
    if (current.trim()) pieces.push(current);
    if (before.trim() && before !== current) pieces.push(before);
    current = before = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        site.push((site[site.length - 1] ?? false) || 'data-site-figures' in attributes);
        if (site[site.length - 1]) return;
        if (HIDDEN.has(name)) hidden++;
        if (name === 'ins') inserted++;
        if (name === 'del') deleted++;
        if (BLOCK.has(name)) flush();
        for (const a of SHOWN_ATTRIBUTES) if (attributes[a]) pieces.push(attributes[a]);
        if (name === 'meta' && attributes.name === 'description' && attributes.content) pieces.push(attributes.content);
      },
      ontext(text) {
        if (hidden || site[site.length - 1]) return;
        if (!deleted) current += text;
        if (!inserted) before += text;
      },
      onclosetag(name) {
        if (site.pop()) return;
        if (HIDDEN.has(name)) hidden--;
        if (name === 'ins') inserted--;
        if (name === 'del') deleted--;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return pieces;
}

export interface FigureProblem {
  page: string;
  figure: string;
  context: string;
}

/** The figures on a page that no plan states and no documented derivation gives. */
export function unstatedFigures(page: string, html: string, stated: ReadonlySet<string>): FigureProblem[] {
  const problems: FigureProblem[] = [];
  for (const piece of pageText(html)) {
    const text = foldChars(piece);
    for (const f of figuresOf(piece)) if (!stated.has(f.key) && !isSiteFigure(text, f.start, f.end)) problems.push({ page, figure: f.raw, context: f.context });
  }
  return problems;
}

export function formatFigureProblem(p: FigureProblem): string {
  return `${p.page}: "${p.figure}" is stated by no plan (…${p.context}…)`;
}

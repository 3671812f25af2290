/**
 * Web-page chrome: everything a scraped page carries that is not the document — navigation,
 * metadata boxes, share/print links, footers with ICP numbers, a vendor's marketing copy and a
 * second copy of the page (004). Each step returns the lines it keeps and the blocks it took out,
 * every block with the reason it went.
 */
import type { RemovedBlock, SourceLine } from './types.ts';
import { structureText } from '../text/invisible.ts';

export interface ChromeStep {
  kept: SourceLine[];
  removed: RemovedBlock[];
}

const isBlank = (line: SourceLine) => line.text.trim() === '';

/** A row of short links: 中央人民政府 | 贵州省人民政府 | … (plan text with a | in it is not one). */
const NAV_LINKS = {
  test(text: string): boolean {
    const parts = text.split(/\s*\|\s*/).filter(Boolean);
    return parts.length >= 3 && parts.every((p) => p.length <= 20) && !/[。，,；;：:]/.test(text);
  },
};

/** A line of nothing but a site's own menu entries: 网站地图, 联系我们 | 使用帮助, 首页. */
const NAV_WORDS = /^\s*(?:(?:网站地图|联系我们|使用帮助|关于我们|网站声明|免责声明|隐私声明|版权声明|设为首页|加入收藏|返回首页|首页|无障碍(?:阅读|浏览)?|长者模式|适老化|简体版?|繁體版?|繁体版?|English|RSS订阅|意见建议|网站纠错)[\s|｜/·•]*)+$/;

/** Line-level rules, most specific first. */
const LINE_RULES: readonly [{ test(text: string): boolean }, string][] = [
  [/^\s*(当前位置|您当前的位置|您的位置|当前页面)/, 'breadcrumb navigation'],
  [NAV_LINKS, 'site navigation links'],
  [NAV_WORDS, 'site navigation links'],
  [/^\s*(时间|发布时间|日期)[:：].*(来源|字体|浏览)/, 'page information bar (date, source, font size)'],
  [/字体大小|字号[:：]|视力保护色|我要打印|打印本页|关闭窗口/, 'page tools (font size, print, close)'],
  [/^\s*[•·]/, 'metadata box'],
  [/^\s*(索\s*引\s*号|主题分类|发文字号|公开类型|公开期限|公开载体|公开主体|成文日期|发布日期|信息分类|发布机构|生成日期|文\s*号|是否有效|名\s*称)/, 'metadata box'],
  [/ICP备|公网安备|网站标识码|版权所有|©|网站地图|访问统计|主办单位|承办单位/, 'site footer (host, copyright, ICP number)'],
  [/^\s*(地址|邮箱|联系电话|技术支持)[:：]/, 'site footer (contact details)'],
  [/^\s*(上一篇|下一篇)[:：]?/, 'previous/next links'],
  [/^\s*(政策解读|相关链接|相关文件|相关阅读)\s*$/, 'related-links box'],
  [/扫一扫|^\s*分享[:：]?\s*$|分享文章到|分享到|^\s*TOP\b|点击收藏|回到顶部|^\s*打印\s*$|^\s*关闭\s*$/, 'share and print links'],
  [/^\s*(来源|信息来源|文章来源)[:：]/, 'source line of the page'],
];

/** The reason a line is chrome by its look alone, or null. */
export function chromeReasonOf(line: string): string | null {
  const text = structureText(line);
  for (const [rule, reason] of LINE_RULES) if (rule.test(text)) return reason;
  return null;
}

/** Groups removed lines into blocks: consecutive lines with one reason (blank lines don't break a block). */
export function toRemovedBlocks(removed: readonly { line: SourceLine; reason: string }[]): RemovedBlock[] {
  const blocks: { block: RemovedBlock; texts: string[] }[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const { line, reason } of removed) {
    const current = blocks[blocks.length - 1];
    const adjacent = current !== undefined && current.block.reason === reason && line.no === previous + 1;
    previous = line.no;
    if (isBlank(line)) continue;
    if (adjacent) {
      current.block.lines[1] = line.no;
      current.texts.push(line.text.trim());
    } else {
      blocks.push({ block: { lines: [line.no, line.no], reason, text: '', inline: false }, texts: [line.text.trim()] });
    }
  }
  return blocks.map(({ block, texts }) => ({ ...block, text: texts.join('\n') }));
}

/** Lets blank lines inside a run of removed lines count as adjacent (so one block spans them). */
function markRun(lines: readonly SourceLine[], from: number, to: number, reason: (line: SourceLine) => string) {
  const out: { line: SourceLine; reason: string }[] = [];
  for (let i = from; i < to; i++) out.push({ line: lines[i]!, reason: reason(lines[i]!) });
  return out;
}

function split(lines: readonly SourceLine[], drop: ReadonlySet<number>, removed: { line: SourceLine; reason: string }[]): ChromeStep {
  return { kept: lines.filter((_, i) => !drop.has(i)), removed: toRemovedBlocks(bridgeBlanks(removed, lines)) };
}

/** Blank lines between removed lines join their block: the line numbers stay contiguous. */
function bridgeBlanks(removed: { line: SourceLine; reason: string }[], lines: readonly SourceLine[]) {
  const byNo = new Map(removed.map((r) => [r.line.no, r]));
  const out: { line: SourceLine; reason: string }[] = [];
  for (const line of lines) {
    const r = byNo.get(line.no);
    if (r) out.push(r);
    else if (isBlank(line) && out.length) out.push({ line, reason: out[out.length - 1]!.reason });
  }
  return out;
}

const MIN_COPY_LINES = 20;

/** Index of the first line that opens a 一、 section: text before it is the page's start. */
function firstSectionIndex(lines: readonly SourceLine[]): number {
  const i = lines.findIndex((line) => /^[一二三四五六七八九十]+\s*、/.test(structureText(line.text).trim()));
  return i < 0 ? lines.length : i;
}

/** Whether only blank lines and page chrome follow index `end`. */
function onlyChromeAfter(lines: readonly SourceLine[], end: number): boolean {
  for (let j = end; j < lines.length; j++) if (!isBlank(lines[j]!) && !chromeReasonOf(lines[j]!.text)) return false;
  return true;
}

/**
 * 004 holds the whole page twice; the second copy goes. Only a true copy of the page counts: it
 * repeats the page from its start (before the first 一、 section), holds sections of its own, and
 * runs to the end of the text. Text two plans share (an identical 组织实施 block) is text, and stays.
 */
export function removeSecondCopy(lines: readonly SourceLine[]): ChromeStep {
  const pageStart = firstSectionIndex(lines);
  const first = new Map<string, number>();
  const key = (i: number) => lines[i]!.text.trim();
  for (let p = 0; p < lines.length; p++) {
    const k = key(p);
    if (k.length < 10) continue;
    const i = first.get(k);
    if (i === undefined) {
      first.set(k, p);
      continue;
    }
    let m = 0;
    while (p + m < lines.length && i + m < p && key(i + m) === key(p + m)) m++;
    let back = 0;
    while (i - back - 1 >= 0 && p - back - 1 > i + m - 1 && key(i - back - 1) === key(p - back - 1)) back++;
    const start = p - back;
    const end = p + m;
    let nonBlank = 0;
    for (let j = start; j < end; j++) if (key(j) !== '') nonBlank++;
    const isPageCopy = nonBlank >= MIN_COPY_LINES && i - back <= pageStart && onlyChromeAfter(lines, end) && firstSectionIndex(lines.slice(start, end)) < end - start;
    if (isPageCopy) {
      const drop = new Set<number>();
      for (let j = start; j < end; j++) drop.add(j);
      return split(lines, drop, markRun(lines, start, end, () => 'second copy of the page'));
    }
  }
  return { kept: [...lines], removed: [] };
}

const LEAD_IN = /^\s*(如下为|以下为|以下是|下面是)?\s*(政策|规划|文件)?原文(如下)?\s*[:：]?\s*$/;
const VENDOR_MENU = /联系方式|电话|客服|微信|预约|演示|咨询|^\s*更多\s*$|^\s*[-—]\s*$|\d{3}-\d{3}-\d{4}/;
const LEAD_IN_WINDOW = 60;

/** A page that quotes a plan ("如下为政策原文:"): its own menu and marketing copy come before the quote. */
export function removeVendorCopy(lines: readonly SourceLine[]): ChromeStep {
  let seen = 0;
  let leadIn = -1;
  for (let i = 0; i < lines.length && seen < LEAD_IN_WINDOW; i++) {
    if (isBlank(lines[i]!)) continue;
    seen++;
    if (LEAD_IN.test(lines[i]!.text)) {
      leadIn = i;
      break;
    }
  }
  if (leadIn < 0) return { kept: [...lines], removed: [] };
  const drop = new Set<number>();
  for (let i = 0; i <= leadIn; i++) drop.add(i);
  const reason = (line: SourceLine) => {
    if (line === lines[leadIn]) return "vendor's lead-in to the quoted plan";
    const text = line.text.trim();
    if (VENDOR_MENU.test(text) || (text.length <= 8 && !/[，,。；]/.test(text))) return "vendor's site menu and contact details";
    return "vendor's marketing copy about the plan";
  };
  return split(lines, drop, markRun(lines, 0, leadIn + 1, reason));
}

/** A menu entry or link's text: short, no sentence punctuation, no section or item number. */
const isLinkText = (text: string) => {
  const t = structureText(text).trim();
  return t.length <= 16 && !/[。，,；;：:！？!?]/.test(t) && !/^[（(]?[一二三四五六七八九十\d]+[、.．)）]/.test(t);
};

/**
 * Footer chrome, read upwards from the end until the first line that is not chrome. Link lines
 * between two chrome lines (政务公开 between 网站地图 and 联系我们; the sites under 相关链接) belong to
 * the box the chrome line above them opens; link lines with no chrome above them are the plan's.
 */
export function removeFooter(lines: readonly SourceLine[]): ChromeStep {
  const drop = new Set<number>();
  const removed: { line: SourceLine; reason: string }[] = [];
  let links: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line)) {
      if (!links.length) drop.add(i);
      continue;
    }
    const reason = chromeReasonOf(line.text);
    if (!reason && removed.length && isLinkText(line.text)) {
      links.push(i);
      continue;
    }
    if (!reason) break;
    for (let j = i; j <= (links[0] ?? i); j++) drop.add(j);
    removed.unshift({ line, reason }, ...links.reverse().map((k) => ({ line: lines[k]!, reason })));
    links = [];
  }
  return split(lines, drop, removed);
}

/** Where the page header ends when there is neither notice nor title to mark it: after the leading chrome lines. */
export function leadingChromeEnd(lines: readonly SourceLine[]): number {
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    if (!chromeReasonOf(lines[i]!.text)) break;
    end = i + 1;
  }
  return end;
}

export const UNRECOGNIZED_HEADER = 'text above the notice that looks like no page chrome (kept in this report only)';
const METADATA_VALUE = /^[^。，,；;！？]{1,30}$/;

/** The page header above the notice (or above the plan title when there is no notice). */
export function removeHeader(lines: readonly SourceLine[], end: number): ChromeStep {
  const drop = new Set<number>();
  for (let i = 0; i < end; i++) drop.add(i);
  const reason = (line: SourceLine) =>
    chromeReasonOf(line.text) ??
    (/印发|通知/.test(line.text) ? 'page title (repeats the notice title)'
      : METADATA_VALUE.test(line.text.trim()) ? 'page metadata box' : UNRECOGNIZED_HEADER);
  return split(lines, drop, markRun(lines, 0, end, reason));
}

/**
 * The body of a plan file, read back as a flat list of blocks with permalink ids.
 *
 * Format written by the ingest (see README, "Plan files"):
 *   ## 一、总体要求 {#s1}             h2 = 一、 sections
 *   ### （一）妇女与健康 {#s3-1}       h3 = （一） sections; under 主要目标/策略措施 they are domains
 *   #### 主要目标 {#s3-1-goals}        h4 = 主要目标 / 策略措施
 *   1.妇女全生命周期… {#s3-1-goals-1}  every paragraph ends with its id
 *   {#s3-1-goals-t1}                   a paragraph holding only an id names the table after it;
 *   | 序号 | 指标 | …                   its rows get ids <table id>-r1, -r2 … (header row excluded)
 * Text is plain: Markdown syntax inside it is escaped by the writer, and raw HTML is
 * never rendered (an `html` node is read back as text).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, PhrasingContent, Table } from 'mdast';
import { structureText } from '../text/invisible.ts';
import type { z } from 'astro/zod';
import type { BlockSchema } from './schema.ts';

/** A block of a plan's body: the record is BlockSchema (schema.ts). */
export type Block = z.output<typeof BlockSchema>;
export type BlockRole = Block['role'];

const ID_AT_END = /\s*\{#([A-Za-z0-9_-]+)\}\s*$/;
const ONLY_ID = /^\s*\{#([A-Za-z0-9_-]+)\}\s*$/;
// A heading that is just 主要目标 / 策略措施, perhaps numbered; 三、发展领域、主要目标和策略措施 is neither.
const NUMBERING = String.raw`^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?\s*)?`;
// Most plans print the subheading with a colon (主要目标：); 000 calls its measures 发展策略.
const GOALS = new RegExp(`${NUMBERING}(?:主要)?目标\\s*[:：]?\\s*$`);
const MEASURES = new RegExp(`${NUMBERING}(?:策略措施|主要措施|措施|发展策略)\\s*[:：]?\\s*$`);
/** 领域 headings: （一）妇女与健康, (二)儿童与安全 …, and the one named without 与: （四）妇女参与决策和管理. */
const DOMAIN = /^[（(][一二三四五六七八九十\d]+[）)]\s*((?:妇女|儿童)(?:与|参与)[^\s，。]{1,8})\s*$/;

export function phrasingToText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if ('children' in node) out += phrasingToText(node.children as PhrasingContent[]);
  }
  return out;
}

/** Splits a trailing `{#id}` off a block's text. */
export function splitId(text: string): { text: string; id: string | null } {
  const m = ID_AT_END.exec(text);
  if (!m) return { text, id: null };
  return { text: text.slice(0, m.index), id: m[1]! };
}

/** Domain name of a heading such as （一）妇女与健康, or null. */
export function domainOfHeading(text: string): string | null {
  return DOMAIN.exec(structureText(text).trim())?.[1] ?? null;
}

function tableRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => phrasingToText(cell.children).trim()));
}

export function parsePlanMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Reads a plan body into blocks. Throws on a block with no id or a repeated id. */
export function markdownToBlocks(markdown: string): Block[] {
  const tree = parsePlanMarkdown(markdown);
  const blocks: Block[] = [];
  const seen = new Set<string>();
  const headings: { depth: number; id: string; text: string }[] = [];
  let pendingTableId: string | null = null;

  const context = () => {
    let domain: string | null = null;
    let role: BlockRole = 'other';
    for (const h of headings) {
      const d = domainOfHeading(h.text);
      if (d) domain = d;
      if (GOALS.test(structureText(h.text))) role = 'goal';
      else if (MEASURES.test(structureText(h.text))) role = 'measure';
    }
    return { domain, role, path: headings.map((h) => h.id) };
  };
  const claim = (id: string | null, what: string): string => {
    if (!id) throw new Error(`a ${what} has no {#id}: ${what.slice(0, 40)}`);
    if (seen.has(id)) throw new Error(`the id {#${id}} is used twice`);
    seen.add(id);
    return id;
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const { text, id } = splitId(phrasingToText(node.children));
      const depth = node.depth;
      while (headings.length && headings[headings.length - 1]!.depth >= depth) headings.pop();
      headings.push({ depth, id: claim(id, `heading "${text}"`), text });
      blocks.push({ id: id!, kind: 'heading', depth, text, rows: [], rowIds: [], ...context() });
    } else if (node.type === 'paragraph' || node.type === 'html') {
      const raw = node.type === 'html' ? node.value : phrasingToText(node.children);
      const only = ONLY_ID.exec(raw);
      if (only) {
        pendingTableId = only[1]!;
        continue;
      }
      const { text, id } = splitId(raw);
      blocks.push({ id: claim(id, `paragraph "${text}"`), kind: 'paragraph', depth: 0, text, rows: [], rowIds: [], ...context() });
    } else if (node.type === 'table') {
      const rows = tableRows(node);
      const id = claim(pendingTableId, 'table');
      pendingTableId = null;
      const rowIds = rows.slice(1).map((_, i) => `${id}-r${i + 1}`);
      blocks.push({
        id, kind: 'table', depth: 0, text: rows.map((r) => r.join('\t')).join('\n'), rows, rowIds, ...context(),
      });
    } else if (node.type === 'list' || node.type === 'blockquote' || node.type === 'code') {
      // The writer escapes these; reaching one means a hand edit added Markdown syntax. Keep it as text.
      const text = markdown.slice(node.position!.start.offset!, node.position!.end.offset!);
      const split = splitId(text);
      blocks.push({ id: claim(split.id, `block "${split.text}"`), kind: 'paragraph', depth: 0, text: split.text, rows: [], rowIds: [], ...context() });
    }
  }
  return blocks;
}

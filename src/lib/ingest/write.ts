/**
 * Plan → Markdown file: YAML frontmatter (PlanFrontmatterSchema) and a body in the format
 * markdownToBlocks reads. The body goes through remark-stringify, so every character that
 * means something in Markdown (*, #, 1. at a line start, | in a cell …) is escaped and the
 * text reads back exactly as printed.
 */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import { stringify } from 'yaml';
import type { Root, RootContent, TableRow } from 'mdast';
import type { PlanFrontmatter } from '../plan/schema.ts';
import type { PlanBlock } from './types.ts';
import { sha256 } from './hash.ts';

const withId = (text: string, id: string) => ({ type: 'text' as const, value: `${text} {#${id}}` });

function blockToNodes(block: PlanBlock): RootContent[] {
  if (block.kind === 'heading') return [{ type: 'heading', depth: block.depth, children: [withId(block.text, block.id)] }];
  if (block.kind === 'paragraph') return [{ type: 'paragraph', children: [withId(block.text, block.id)] }];
  const rows: TableRow[] = block.rows.map((row) => ({
    type: 'tableRow',
    children: row.map((cell) => ({ type: 'tableCell', children: cell ? [{ type: 'text', value: cell }] : [] })),
  }));
  return [
    { type: 'paragraph', children: [{ type: 'text', value: `{#${block.id}}` }] },
    { type: 'table', align: block.rows[0]!.map(() => null), children: rows },
  ];
}

export function blocksToMarkdown(blocks: readonly PlanBlock[]): string {
  const root: Root = { type: 'root', children: blocks.flatMap(blockToNodes) };
  return unified()
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true })
    .stringify(root);
}

export type FrontmatterWithoutHash = Omit<PlanFrontmatter, 'generated_hash'>;

/** YAML 1.1 quoting, because Astro reads frontmatter with js-yaml, which turns a bare 2023-05-31 into a Date. */
function toYaml(data: object): string {
  return stringify(data, { version: '1.1', lineWidth: 0 });
}

/** The complete file, its generated_hash last in the frontmatter. */
export function planFileContent(frontmatter: FrontmatterWithoutHash, body: string): string {
  const head = toYaml(frontmatter);
  const unhashed = `---\n${head}---\n\n${body}`;
  const hash = sha256(unhashed);
  return `---\n${head}generated_hash: ${hash}\n---\n\n${body}`;
}

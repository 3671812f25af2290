/**
 * Plan blocks → the body of a plan file, in the format markdownToBlocks reads (the front matter
 * and the file as a whole are src/lib/plan/plan-file.ts's). The body goes through remark-stringify, so every character that
 * means something in Markdown (*, #, 1. at a line start, | in a cell …) is escaped and the
 * text reads back exactly as printed.
 */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, TableRow } from 'mdast';
import type { PlanBlock } from './types.ts';

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

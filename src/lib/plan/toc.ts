import type { Block } from './blocks.ts';

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Table of contents from the plan's h2 and h3 headings (一、 sections and their （一） parts). */
export function blocksToToc(blocks: readonly Block[], maxDepth = 3): TocEntry[] {
  const root: TocEntry[] = [];
  let current: TocEntry | undefined;
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.depth > maxDepth) continue;
    const entry = { id: block.id, text: block.text, children: [] };
    if (block.depth <= 2 || !current) {
      root.push(entry);
      current = entry;
    } else {
      current.children.push(entry);
    }
  }
  return root;
}

/** The domains (领域) a plan covers, in order. */
export function planDomains(blocks: readonly Block[]): string[] {
  const seen: string[] = [];
  for (const b of blocks) if (b.domain && !seen.includes(b.domain)) seen.push(b.domain);
  return seen;
}

/** Numbered item text starts with its own number (1. / 1、 / （1）): shown as is, never renumbered. */
export function isNumberedItem(text: string): boolean {
  return /^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])/.test(text);
}

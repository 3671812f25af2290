/**
 * Each block of a plan page carries a section title (data-pagefind-title), which makes every
 * paragraph its own search sub-result: Pagefind then links a match to the paragraph's permalink
 * and cuts its excerpt at the paragraph's end. The title starts with the block's 领域 when it has
 * one ("儿童与健康 › 主要目标"), and that prefix is what the domain filter checks on the client.
 */
import type { Block } from '../plan/blocks.ts';

export const SECTION_SEPARATOR = ' › ';

/** Blocks before the first heading (the preamble). */
export const PREAMBLE_TITLE = '引言';

// （一） 一、 1. (2) as heading numbers, and a trailing colon: 主要目标: → 主要目标.
const HEADING_NUMBER = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])\s*/u;
const TRAILING_COLON = /\s*[:：]\s*$/u;

export function headingLabel(text: string): string {
  return text.replace(HEADING_NUMBER, '').replace(TRAILING_COLON, '').trim();
}

/**
 * "领域 › nearest heading" inside a domain, "outermost › nearest heading" elsewhere; a heading
 * counts itself. Takes the texts of the plan's headings by id.
 */
export function sectionTitle(block: Pick<Block, 'path' | 'domain'>, headingText: ReadonlyMap<string, string>): string {
  const labels = block.path.map((id) => headingLabel(headingText.get(id) ?? '')).filter(Boolean);
  const nearest = labels[labels.length - 1];
  const first = block.domain ?? labels[0];
  if (!first) return PREAMBLE_TITLE;
  return nearest && nearest !== first ? `${first}${SECTION_SEPARATOR}${nearest}` : first;
}

/** Whether a sub-result with this section title lies in the given 领域. */
export function isInDomain(title: string, domain: string): boolean {
  return title === domain || title.startsWith(`${domain}${SECTION_SEPARATOR}`);
}

/** Section titles for every block of a plan, by block id. */
export function sectionTitles(blocks: readonly Block[]): Map<string, string> {
  const headingText = new Map(blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
  return new Map(blocks.map((b) => [b.id, sectionTitle(b, headingText)]));
}

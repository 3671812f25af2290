/**
 * Nothing lost, nothing added: the source text minus the blocks the report says were removed
 * must equal, character for character (whitespace aside), the notice followed by each plan's
 * title line and blocks as they read back from the written Markdown.
 */
import type { RemovedBlock } from './types.ts';

export interface ConservedPlan {
  /** The plan's own title line, or null when its title did not come from a line of the text. */
  title: string | null;
  /** Block texts in order, as markdownToBlocks reads them (a table as its rows' text). */
  texts: readonly string[];
  /** Text the source prints before the title line and the plan holds as its first blocks (a combined plan's shared preamble). */
  leading?: string;
}

export type ConservationResult =
  | { ok: true }
  | { ok: false; problem: string };

const squash = (text: string) => text.replace(/\s+/g, '');

/** The source text with every removed block cut out (whole lines by number, inline residue from its line). */
export function keptText(text: string, removed: readonly RemovedBlock[]): { text: string } | { problem: string } {
  const lines = text.split('\n');
  const dropped = new Set<number>();
  for (const block of removed) {
    const [from, to] = block.lines;
    if (block.inline) {
      const line = lines[from - 1] ?? '';
      const at = line.indexOf(block.text);
      if (at < 0) return { problem: `removed text "${block.text}" is not on line ${from}` };
      lines[from - 1] = line.slice(0, at) + line.slice(at + block.text.length);
      continue;
    }
    const span = lines.slice(from - 1, to).join('\n');
    if (squash(span) !== squash(block.text)) return { problem: `the removed block at lines ${from}–${to} (${block.reason}) is not what the source holds there` };
    for (let no = from; no <= to; no++) dropped.add(no);
  }
  return { text: lines.filter((_, i) => !dropped.has(i + 1)).join('\n') };
}

/** A plan's title and texts in the order the source prints them: a leading text the blocks open with comes before the title. */
function inSourceOrder(plan: ConservedPlan): string {
  const title = squash(plan.title ?? '');
  const body = squash(plan.texts.join(''));
  const leading = squash(plan.leading ?? '');
  return body.startsWith(leading) ? leading + title + body.slice(leading.length) : title + body;
}

export function checkConservation(input: {
  text: string;
  removed: readonly RemovedBlock[];
  notice: string | null;
  plans: readonly ConservedPlan[];
}): ConservationResult {
  const kept = keptText(input.text, input.removed);
  if ('problem' in kept) return { ok: false, problem: kept.problem };
  const expected = squash(kept.text);
  const actual = squash(input.notice ?? '') + input.plans.map(inSourceOrder).join('');
  if (expected === actual) return { ok: true };
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 20), at + 30);
  return { ok: false, problem: `first difference at character ${at}: source "…${around(expected)}…", plans "…${around(actual)}…"` };
}

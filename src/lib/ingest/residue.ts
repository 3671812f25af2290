/**
 * Residue of a word-processor conversion (001 carries `[bookmark: _GoBack]` at the start of lines):
 * markers, not text, cut out of the line that holds them.
 */
import type { RemovedBlock, SourceLine } from './types.ts';

const BOOKMARK = /\[bookmark: [^\]\n]*\]/g;

export function removeConversionResidue(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  const out = lines.map((line) => {
    const found = line.text.match(BOOKMARK);
    if (!found) return line;
    for (const text of found) {
      removed.push({ lines: [line.no, line.no], reason: 'word-processor bookmark left by the conversion', text, inline: true });
    }
    return { no: line.no, text: line.text.replace(BOOKMARK, '') };
  });
  return { lines: out, removed };
}

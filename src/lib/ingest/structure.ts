/**
 * A plan's lines → blocks with permalink ids (format in src/lib/plan/blocks.ts):
 * 一、→ h2 `s1`; （一）/(一)/（2）→ h3 `s1-2`; 主要目标/策略措施 → h4 `s3-1-goals`/`s3-1-measures`;
 * item n → `<parent>-<n>`; other paragraph → `<parent>-p<k>`; table → `<parent>-t<k>`;
 * before the first heading the parent is `intro`. Ids depend only on the text, so every rebuild
 * gives the same ones; a repeated id gets `-dup2`, `-dup3` … in order.
 */
import type { PlanBlock, SourceLine } from './types.ts';
import { markerOf, type LineMarker } from './markers.ts';
import { splitRunTogetherItems } from './items.ts';
import { isTableStart, readTable } from './tables.ts';

/** A reading the structure step made that the report should show (damage or assumption). */
export interface StructureNote {
  /** Block id the note is about. */
  where: string;
  kind: 'damage' | 'uninterpretable';
  problem: string;
  text: string;
}

export interface StructureResult {
  blocks: PlanBlock[];
  notes: StructureNote[];
}

interface Open {
  id: string;
  n: number;
}

class IdAllocator {
  private readonly seen = new Set<string>();
  private readonly counters = new Map<string, number>();

  unique(id: string): string {
    let out = id;
    for (let k = 2; this.seen.has(out); k++) out = `${id}-dup${k}`;
    this.seen.add(out);
    return out;
  }

  /** Next value of a per-parent counter (p1, p2 …; t1, t2 …). */
  next(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }
}

export function buildStructure(lines: readonly SourceLine[]): StructureResult {
  const blocks: PlanBlock[] = [];
  const notes: StructureNote[] = [];
  const ids = new IdAllocator();
  const lastItem = new Map<string, number>();
  let h2: Open | null = null;
  let h3: Open | null = null;
  let h4: { id: string } | null = null;
  let lastH2 = 0;
  let afterTable = false;
  let noteNext: number | null = null;

  const parent = () => h4?.id ?? h3?.id ?? h2?.id ?? 'intro';
  const paragraph = (text: string, under = parent()) => {
    const id = ids.unique(`${under}-p${ids.next(`${under}-p`)}`);
    blocks.push({ kind: 'paragraph', text, id });
    return id;
  };
  const heading = (depth: 2 | 3 | 4, text: string, id: string) => {
    blocks.push({ kind: 'heading', depth, text, id });
    afterTable = false;
    noteNext = null;
  };
  const lost = (id: string, text: string, what: string) =>
    notes.push({ where: id, kind: 'damage', problem: `the ${what} number is missing; read by position`, text });

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;

    if (isTableStart(lines[i]!)) {
      const table = readTable(lines, i);
      if (table) {
        const under = parent();
        const id = ids.unique(`${under}-t${ids.next(`${under}-t`)}`);
        blocks.push({ kind: 'table', rows: table.rows, id });
        for (const note of table.notes) {
          notes.push({ where: note.row ? `${id}-r${note.row}` : id, kind: note.kind, problem: note.problem, text: note.text });
        }
        i = table.end - 1;
        afterTable = true;
        noteNext = null;
        continue;
      }
    }

    let marker: LineMarker = markerOf(text);
    // （1） is a subsection only where one is due (001: （一）… then （2）); inside a goals list it is an item.
    if (marker.kind === 'h3' && marker.arabic && h4) marker = { kind: 'item', n: marker.n!, digitAfter: false };

    if (marker.kind === 'h2') {
      const n = marker.n ?? lastH2 + 1;
      const id = ids.unique(`s${n}`);
      if (marker.n === null) lost(id, text, 'section');
      lastH2 = n;
      h2 = { id, n };
      h3 = null;
      h4 = null;
      heading(2, text, id);
    } else if (marker.kind === 'h3') {
      const n: number = marker.n ?? (h3?.n ?? 0) + 1;
      const id = ids.unique(`${h2?.id ?? 'intro'}-${n}`);
      if (marker.n === null) lost(id, text, 'subsection');
      h3 = { id, n };
      h4 = null;
      heading(3, text, id);
    } else if (marker.kind === 'h4') {
      const id = ids.unique(`${h3?.id ?? h2?.id ?? 'intro'}-${marker.role}`);
      h4 = { id };
      heading(4, text, id);
    } else if (marker.kind === 'run-in') {
      const under = h4?.id ?? h2?.id ?? 'intro';
      blocks.push({ kind: 'paragraph', text, id: ids.unique(`${under}-${marker.n}`) });
      afterTable = false;
    } else if (marker.kind === 'item' && noteNext !== null && marker.n === noteNext) {
      // The numbered lines of a table's note (注:1.… 2.…) belong to the note, not to the list above the table.
      paragraph(text);
      noteNext++;
    } else if (marker.kind === 'item') {
      const under = parent();
      const expected = (lastItem.get(under) ?? 0) + 1;
      if (marker.digitAfter && marker.n !== expected) {
        paragraph(text);
        continue;
      }
      const items = splitRunTogetherItems(text, marker.n);
      if (marker.n > expected && expected > 1) {
        notes.push({ where: `${under}-${marker.n}`, kind: 'damage', problem: `the numbering jumps from ${expected - 1} to ${marker.n}`, text });
      }
      for (const item of items) {
        blocks.push({ kind: 'paragraph', text: item.text, id: ids.unique(`${under}-${item.n}`) });
      }
      if (items.length > 1) {
        notes.push({
          where: `${under}-${items[0]!.n}`,
          kind: 'damage',
          problem: `${items.length} numbered items ran together in one line; split into items ${items[0]!.n}–${items[items.length - 1]!.n}`,
          text,
        });
      }
      lastItem.set(under, items[items.length - 1]!.n);
      afterTable = false;
      noteNext = null;
    } else {
      if (afterTable && /^(注|[:：])/.test(text)) noteNext = /^(注)?\s*[:：]?\s*1\s*[.、．]/.test(text) ? 2 : null;
      paragraph(text);
      afterTable = false;
    }
  }
  return { blocks, notes };
}

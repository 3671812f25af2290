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
import { isTabRow, readTabTable } from '../intake/tab-table.ts';

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

/** Reads lines in order, keeping what is open (h2, h3, h4) and which item number is due under each parent. */
class StructureBuilder {
  readonly blocks: PlanBlock[] = [];
  readonly notes: StructureNote[] = [];
  private readonly ids = new IdAllocator();
  private readonly lastItem = new Map<string, number>();
  private h2: Open | null = null;
  private h3: Open | null = null;
  private h4: { id: string } | null = null;
  private lastH2 = 0;
  private afterTable = false;
  /** Next number of a table's note (注:1.… 2.…), while one is being read. */
  private noteNext: number | null = null;

  private parent(): string {
    return this.h4?.id ?? this.h3?.id ?? this.h2?.id ?? 'intro';
  }

  private paragraph(text: string): void {
    const under = this.parent();
    this.blocks.push({ kind: 'paragraph', text, id: this.ids.unique(`${under}-p${this.ids.next(`${under}-p`)}`) });
  }

  private heading(depth: 2 | 3 | 4, text: string, id: string): void {
    this.blocks.push({ kind: 'heading', depth, text, id });
    this.afterTable = false;
    this.noteNext = null;
  }

  private lostNumber(id: string, text: string, what: string): void {
    this.notes.push({ where: id, kind: 'damage', problem: `the ${what} number is missing; read by position`, text });
  }

  /** Reads a table at lines[i]; returns the index to continue from, or null when it is not a table. */
  table(lines: readonly SourceLine[], i: number): number | null {
    // A Word or PDF table comes row by row (src/lib/intake/lines.ts) and is taken as it is.
    const rows = isTabRow(lines[i]!.text) ? readTabTable(lines, i) : null;
    const table = rows ? { ...rows, notes: [] } : readTable(lines, i);
    if (!table) return null;
    const under = this.parent();
    const id = this.ids.unique(`${under}-t${this.ids.next(`${under}-t`)}`);
    this.blocks.push({ kind: 'table', rows: table.rows, id });
    for (const note of table.notes) {
      this.notes.push({ where: note.row ? `${id}-r${note.row}` : id, kind: note.kind, problem: note.problem, text: note.text });
    }
    this.afterTable = true;
    this.noteNext = null;
    return table.end;
  }

  line(text: string): void {
    let marker: LineMarker = markerOf(text);
    // （1） is a subsection only where one is due (001: （一）… then （2）); inside a goals list it is an item.
    if (marker.kind === 'h3' && marker.arabic && this.h4) marker = { kind: 'item', n: marker.n!, digitAfter: false };
    if (marker.kind === 'h2') this.section(text, marker.n);
    else if (marker.kind === 'h3') this.subsection(text, marker.n);
    else if (marker.kind === 'h4') this.subheading(text, marker.role);
    else if (marker.kind === 'run-in') this.runIn(text, marker.n);
    else if (marker.kind === 'item') this.item(text, marker.n, marker.digitAfter);
    else this.text(text);
  }

  private section(text: string, printed: number | null): void {
    const n = printed ?? this.lastH2 + 1;
    const id = this.ids.unique(`s${n}`);
    if (printed === null) this.lostNumber(id, text, 'section');
    this.lastH2 = n;
    this.h2 = { id, n };
    this.h3 = null;
    this.h4 = null;
    this.heading(2, text, id);
  }

  private subsection(text: string, printed: number | null): void {
    const n = printed ?? (this.h3?.n ?? 0) + 1;
    const id = this.ids.unique(`${this.h2?.id ?? 'intro'}-${n}`);
    if (printed === null) this.lostNumber(id, text, 'subsection');
    this.h3 = { id, n };
    this.h4 = null;
    this.heading(3, text, id);
  }

  private subheading(text: string, role: 'goals' | 'measures'): void {
    const id = this.ids.unique(`${this.h3?.id ?? this.h2?.id ?? 'intro'}-${role}`);
    this.h4 = { id };
    this.heading(4, text, id);
  }

  /** A （一） subsection printed as one paragraph is numbered among the subsections of its section. */
  private runIn(text: string, n: number): void {
    const under = this.h4?.id ?? this.h2?.id ?? 'intro';
    this.blocks.push({ kind: 'paragraph', text, id: this.ids.unique(`${under}-${n}`) });
    this.afterTable = false;
  }

  private item(text: string, n: number, digitAfter: boolean): void {
    // The numbered lines of a table's note (注:1.… 2.…) belong to the note, not to the list above the table.
    if (this.noteNext !== null && n === this.noteNext) {
      this.paragraph(text);
      this.noteNext++;
      return;
    }
    const under = this.parent();
    const expected = (this.lastItem.get(under) ?? 0) + 1;
    if (digitAfter && n !== expected) return this.paragraph(text);
    if (n > expected && expected > 1) {
      this.notes.push({ where: `${under}-${n}`, kind: 'damage', problem: `the numbering jumps from ${expected - 1} to ${n}`, text });
    }
    const items = splitRunTogetherItems(text, n);
    for (const item of items) this.blocks.push({ kind: 'paragraph', text: item.text, id: this.ids.unique(`${under}-${item.n}`) });
    const last = items[items.length - 1]!.n;
    if (items.length > 1) {
      const problem = `${items.length} numbered items ran together in one line; split into items ${n}–${last}`;
      this.notes.push({ where: `${under}-${n}`, kind: 'damage', problem, text });
    }
    this.lastItem.set(under, last);
    this.afterTable = false;
    this.noteNext = null;
  }

  private text(text: string): void {
    if (this.afterTable && /^(注|[:：])/.test(text)) this.noteNext = /^(注)?\s*[:：]?\s*1\s*[.、．]/.test(text) ? 2 : null;
    this.paragraph(text);
    this.afterTable = false;
  }
}

export function buildStructure(lines: readonly SourceLine[]): StructureResult {
  const builder = new StructureBuilder();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    const after = isTableStart(lines[i]!) || isTabRow(lines[i]!.text) ? builder.table(lines, i) : null;
    if (after !== null) i = after - 1;
    else builder.line(text);
  }
  return { blocks: builder.blocks, notes: builder.notes };
}

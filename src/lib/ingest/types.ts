/** Shapes shared by the ingest steps. */
import type { PlanType } from '../plan/schema.ts';

/** How messages and the report name a plan type. */
export const PLAN_TYPE_EN: Record<PlanType, string> = { women: "women's", children: "children's" };

/** One line of the decoded source; `no` is its 1-based line number in the raw file. */
export interface SourceLine {
  no: number;
  text: string;
}

/** Boilerplate taken out of a source, kept verbatim in the report. */
export interface RemovedBlock {
  /** First and last raw line numbers of the block. */
  lines: [number, number];
  reason: string;
  text: string;
  /** True for a piece cut out of a line that otherwise stays (word-processor residue); false for whole lines. */
  inline: boolean;
}

/** Something the ingest noticed but did not change: extraction damage, or text it could not interpret. */
export interface Finding {
  /** Plan id and block id (`140107-women#s2-1-goals-3`), `notice`, or a raw line (`line 270`). */
  where: string;
  problem: string;
  /** The text concerned, shortened for the report. */
  text: string;
}

export type PlanBlock =
  | { kind: 'heading'; depth: 2 | 3 | 4; text: string; id: string }
  | { kind: 'paragraph'; text: string; id: string }
  | { kind: 'table'; rows: string[][]; id: string };

/** Lines of one plan as cut from a source, before structure detection. */
export interface PlanSlice {
  type: PlanType;
  /** The plan's own title line; null when the text has none (004 quotes the plan without it). */
  title: SourceLine | null;
  lines: SourceLine[];
  /** In a combined 妇女儿童发展规划: its title line, which titles both plans; `title` is then the part's heading. */
  combined?: SourceLine;
}

/** What sentence.ts and table.ts read, before extract.ts fits it to the dictionary. */
import type { Comparator } from './comparator.ts';
import type { Indicator } from './dictionary.ts';

export interface Finding {
  indicator: Indicator | null;
  label: string;
  comparator: Comparator;
  value: number | null;
  /** Normalised unit as written ('' when the text gives none). */
  unit: string;
  /** The year the text states the target for, if it states one. */
  year: number | null;
  baseline: { year: number; value: number; value_text: string | null } | null;
  nature: '约束性' | '预期性' | null;
  /** Id of the paragraph or table row. */
  anchor: string;
  /** The sentence or the row. */
  text: string;
}

/** Findings and the numbers that could not be read, each problem one sentence. */
export interface Reading {
  findings: Finding[];
  problems: string[];
}

/** A short quotation for a problem sentence. */
export function quote(text: string, max = 60): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;
}

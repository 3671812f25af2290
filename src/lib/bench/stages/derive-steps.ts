/**
 * The derived-data steps the benchmark times, each calling its library directly. A library not
 * yet in the tree gives a note instead of a step.
 */
import { existsSync } from 'node:fs';
import type { Block } from '../../plan/blocks.ts';

export interface DerivePlan {
  id: string;
  body: string;
  blocks: Block[];
}

export type DeriveStep =
  | { name: string; run(plans: DerivePlan[]): Promise<Record<string, number>> }
  | { missing: string };

const LIB = new URL('../../', import.meta.url);

function missing(what: string, file: string): DeriveStep | null {
  return existsSync(new URL(file, LIB)) ? null : { missing: `${what}: ${file} is not in the tree yet` };
}

export async function deriveSteps(): Promise<DeriveStep[]> {
  return [
    missing('target extraction', 'targets/extract.ts') ?? { missing: 'target extraction: not wired in yet' },
    missing('alignment', 'align/bench.ts') ?? { missing: 'alignment: not wired in yet' },
  ];
}

/** Reads plan files (fixtures or content/plans) into alignment input, as the build does. */
import { alignInputOf } from '../../../src/lib/align/derive-type.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { readPlanFile } from '../../../src/lib/plan/plan-files-fs.ts';

export function loadPlan(path: string): AlignPlanInput {
  const { frontmatter, body } = readPlanFile(path);
  return alignInputOf({ ...frontmatter, blocks: markdownToBlocks(body) });
}

export const FIXTURES = new URL('../../fixtures/align/', import.meta.url).pathname;

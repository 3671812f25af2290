/**
 * The derived-data steps the benchmark times, each calling its library directly, as the build's
 * src/data getters do. A library not yet in the tree gives a note instead of a step.
 */
import { existsSync } from 'node:fs';
import type { Block } from '../../plan/blocks.ts';
import type { PlanFrontmatter } from '../../plan/schema.ts';

export interface DerivePlan {
  meta: PlanFrontmatter;
  body: string;
  blocks: Block[];
}

export type DeriveStep =
  | { name: string; run(plans: DerivePlan[]): Promise<Record<string, number>> }
  | { missing: string };

const LIB = new URL('../../', import.meta.url);
const has = (file: string) => existsSync(new URL(file, LIB));

const alignment: DeriveStep = {
  name: 'align',
  async run(plans) {
    const { buildCorpus } = await import('../../align/corpus.ts');
    const { alignPlan } = await import('../../align/align-plan.ts');
    const t = performance.now();
    const corpus = buildCorpus(plans.map((p) => ({ ...p.meta, blocks: p.blocks })));
    const corpusMs = performance.now() - t;
    let clauses = 0;
    for (const p of plans) clauses += alignPlan(corpus, p.meta.id).clauses.length;
    return { alignCorpusMs: corpusMs, alignedClauses: clauses };
  },
};

const extraction: DeriveStep = {
  name: 'extract',
  async run(plans) {
    const { extractTargets } = await import('../../targets/extract.ts');
    const { readDictionary } = await import('../../targets/dictionary-fs.ts');
    const dictionary = readDictionary();
    let targets = 0;
    for (const p of plans) {
      const { meta, blocks } = p;
      targets += extractTargets({ id: meta.id, county_code: meta.county_code, county: meta.county, province: meta.province, plan_type: meta.plan_type, period: meta.period, blocks }, dictionary).targets.length;
    }
    return { targets };
  },
};

export async function deriveSteps(): Promise<DeriveStep[]> {
  return [
    has('targets/extract.ts') && has('targets/dictionary-fs.ts') ? extraction : { missing: 'target extraction: src/lib/targets is not in the tree yet' },
    has('align/align-plan.ts') && has('align/corpus.ts') ? alignment : { missing: 'alignment: src/lib/align is not in the tree yet' },
  ];
}

/**
 * The real plans a synthetic corpus is made from: the ingested plan files, grouped back into the
 * source files they came from. Plans whose source is not in the sources directory (hand-made test
 * files) are left out; a file that is not a valid plan stops the benchmark with its one line.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToBlocks } from '../plan/blocks.ts';
import { readPlanFolder } from '../plan/plan-files-fs.ts';
import type { BaseSource } from './synth.ts';

export function readBaseSources(plansDir: string, sourcesDir: string): BaseSource[] {
  const bySource = new Map<string, BaseSource>();
  for (const { frontmatter: meta, body } of readPlanFolder(plansDir)) {
    if (meta.level !== 'county' || !existsSync(join(sourcesDir, meta.source_file))) continue;
    let source = bySource.get(meta.source_file);
    if (!source) {
      source = { county: meta.county, province: meta.province, prefecture: meta.prefecture, issuer: meta.issuer, signed: meta.signed, notice: meta.notice, plans: [] };
      bySource.set(meta.source_file, source);
    }
    source.plans.push({ plan_type: meta.plan_type, title: meta.title, blocks: markdownToBlocks(body) });
  }
  for (const source of bySource.values()) source.plans.sort((a, b) => (a.plan_type === 'women' ? -1 : 1) - (b.plan_type === 'women' ? -1 : 1));
  return [...bySource.values()];
}

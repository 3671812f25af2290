/**
 * The real plans a synthetic corpus is made from: the ingested plan files, grouped back into the
 * source files they came from. Plans whose source is not in the sources directory (hand-made test
 * files) are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { markdownToBlocks } from '../plan/blocks.ts';
import { PlanFrontmatterSchema } from '../plan/schema.ts';
import type { BaseSource } from './synth.ts';

export function readBaseSources(plansDir: string, sourcesDir: string): BaseSource[] {
  const bySource = new Map<string, BaseSource>();
  for (const name of readdirSync(plansDir).filter((n) => n.endsWith('.md')).sort()) {
    const text = readFileSync(join(plansDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const meta = PlanFrontmatterSchema.parse(parseYaml(match[1]!));
    if (meta.level !== 'county' || !existsSync(join(sourcesDir, meta.source_file))) continue;
    let source = bySource.get(meta.source_file);
    if (!source) {
      source = { county: meta.county, province: meta.province, prefecture: meta.prefecture, issuer: meta.issuer, signed: meta.signed, notice: meta.notice, plans: [] };
      bySource.set(meta.source_file, source);
    }
    source.plans.push({ plan_type: meta.plan_type, title: meta.title, blocks: markdownToBlocks(match[2]!) });
  }
  for (const source of bySource.values()) source.plans.sort((a, b) => (a.plan_type === 'women' ? -1 : 1) - (b.plan_type === 'women' ? -1 : 1));
  return [...bySource.values()];
}

/** Writes a synthetic corpus as raw sources into a fresh directory under the system temp dir. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBaseSources } from './base-fs.ts';
import { synthesizeCorpus } from './synth.ts';

export interface CorpusOptions {
  plans: number;
  seed: number;
  /** Where the real ingested plans are (default content/plans) and their sources (content/sources). */
  basePlansDir?: string;
  baseSourcesDir?: string;
  /** Directory to write into; a new one under os.tmpdir() when absent. */
  outDir?: string;
}

/** Returns the directory holding the sources. */
export function writeSyntheticCorpus(options: CorpusOptions): { dir: string; files: number } {
  const bases = readBaseSources(options.basePlansDir ?? 'content/plans', options.baseSourcesDir ?? 'content/sources');
  const sources = synthesizeCorpus(bases, options.plans, options.seed);
  const dir = options.outDir ?? mkdtempSync(join(tmpdir(), `liangui-corpus-${options.plans}-`));
  mkdirSync(dir, { recursive: true });
  for (const s of sources) {
    writeFileSync(join(dir, `${s.name}.txt`), s.txt);
    writeFileSync(join(dir, `${s.name}.yaml`), s.yaml);
  }
  return { dir, files: sources.length };
}

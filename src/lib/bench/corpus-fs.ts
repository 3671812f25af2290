/** Writes a synthetic corpus as raw sources into a fresh directory under the system temp dir. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  outDir?: string | undefined;
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

/**
 * Changes one target in one source of a corpus, the way a county revises its plan: the first
 * "达到N%" of the middle source (by name) becomes N-1%. For timing a rebuild after one change.
 */
export function changeOneSource(dir: string): { file: string; from: string; to: string } {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  for (const name of [...names.slice(names.length >> 1), ...names.slice(0, names.length >> 1)]) {
    const text = readFileSync(join(dir, name), 'utf8');
    const m = /达到(\d+)%/.exec(text);
    if (!m) continue;
    const to = `达到${Number(m[1]) - 1}%`;
    writeFileSync(join(dir, name), text.slice(0, m.index) + to + text.slice(m.index + m[0].length));
    return { file: name, from: m[0], to };
  }
  throw new Error(`no source in ${dir} states a target as 达到N%`);
}

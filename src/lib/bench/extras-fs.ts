/**
 * What the benchmark measures on a built site beyond its size: the search index and the bytes a
 * first search costs (from the search library's own measure), per-plan compare data, and whether
 * a plan page can be read with scripts turned off.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../check/links-fs.ts';
import { readWithoutScripts } from './no-script-fs.ts';

export interface DistExtras {
  search: {
    indexBytes: number; firstQueryBytes: number; firstQueryMs: number;
    /** firstQueryBytes by kind of file (pagefind.js, wasm, pf_meta, pf_index, pf_filter, pf_fragment, entry). */
    firstQueryByKind: Record<string, number>;
    /** First-search bytes of each of the search library's FIRST_SEARCH_QUERIES (a long term, a 文号, two words, no result), and the largest. */
    firstQueryBytesByQuery?: Record<string, number>;
    firstQueryBytesMax?: number;
  } | null;
  /** The per-plan data a comparison loads (data/align/<id>.json, compare/*.json). */
  compareJson: { files: number; meanBytes: number; maxBytes: number } | null;
  /** Characters of plan text a reader sees on a plan page with JavaScript off. */
  readableWithoutScripts: { page: string; chars: number } | null;
  notes: string[];
}

const SEARCH_MEASURE = new URL('../search/measure-fs.ts', import.meta.url);

async function measureSearch(distDir: string, notes: string[]): Promise<DistExtras['search']> {
  if (!existsSync(SEARCH_MEASURE)) {
    notes.push('search: src/lib/search/measure-fs.ts is not in the tree yet');
    return null;
  }
  if (!existsSync(join(distDir, 'pagefind'))) {
    notes.push('search: the build wrote no pagefind/ index');
    return null;
  }
  const { measureSearchCost } = (await import(SEARCH_MEASURE.href)) as {
    measureSearchCost?: (dist: string) => Promise<{
      indexBytes: number; firstQueryBytes: number; firstQueryMs: number; firstQueryFiles: Record<string, number>;
      firstQueryBytesByQuery?: Record<string, number>; firstQueryBytesMax?: number;
    }>;
  };
  if (!measureSearchCost) {
    notes.push('search: measure-fs.ts has no measureSearchCost(dist)');
    return null;
  }
  const { indexBytes, firstQueryBytes, firstQueryMs, firstQueryFiles, firstQueryBytesByQuery, firstQueryBytesMax } = await measureSearchCost(distDir);
  return {
    indexBytes, firstQueryBytes, firstQueryMs, firstQueryByKind: bytesByKind(firstQueryFiles),
    ...(firstQueryBytesByQuery ? { firstQueryBytesByQuery } : {}), ...(firstQueryBytesMax !== undefined ? { firstQueryBytesMax } : {}),
  };
}

/** Bytes of Pagefind's files by kind: `pf_index` for …/index/….pf_index, `wasm` for wasm.*.pagefind. */
export function bytesByKind(files: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [path, bytes] of Object.entries(files)) {
    const name = path.split('/').pop()!;
    const kind = name.startsWith('wasm.') ? 'wasm' : name.endsWith('-entry.json') ? 'entry' : /\.pf_\w+$/.test(name) ? name.slice(name.lastIndexOf('.') + 1) : name;
    out[kind] = (out[kind] ?? 0) + bytes;
  }
  return out;
}

function measureCompareJson(distDir: string): DistExtras['compareJson'] {
  const sizes = listFiles(distDir)
    .filter((f) => f.endsWith('.json') && (/(^|\/)compare\//.test(f) || f.startsWith('data/align/')))
    .map((f) => statSync(join(distDir, f)).size);
  if (!sizes.length) return null;
  return { files: sizes.length, meanBytes: sizes.reduce((a, b) => a + b, 0) / sizes.length, maxBytes: Math.max(...sizes) };
}

export async function measureExtras(distDir: string): Promise<DistExtras> {
  const notes: string[] = [];
  const search = await measureSearch(distDir, notes);
  const compareJson = measureCompareJson(distDir);
  if (!compareJson) notes.push('compare JSON: the build wrote none');
  const plan = existsSync(join(distDir, 'plans')) ? readdirSync(join(distDir, 'plans')).sort()[0] : undefined;
  const readableWithoutScripts = plan ? await readWithoutScripts(distDir, `/plans/${plan}/`) : null;
  return { search, compareJson, readableWithoutScripts, notes };
}

/**
 * Reads a written Pagefind index (one shard's directory) for the table of its large chunks
 * (chunk-costs.ts): the word ranges of its index chunks, from the index's metadata file, and
 * the sizes of the chunk files on disk.
 */
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { chunkCostTable, type ChunkCosts } from './chunk-costs.ts';

/** Pagefind's metadata file: gzip, this signature, then CBOR [version, pages, index chunks [from, to, hash], …]. */
const META_SIGNATURE = 'pagefind_dcd';

export class ChunkCostsReadError extends Error {}

/** `pageBytes`: the sizes of the pages' own fragment files (what checking a candidate downloads). */
export function readChunkCosts(indexDir: string, pageBytes: readonly number[]): ChunkCosts {
  const metaFile = readdirSync(indexDir).find((f) => f.endsWith('.pf_meta'));
  if (!metaFile) throw new ChunkCostsReadError(`search index: ${indexDir} has no .pf_meta file`);
  const bytes = gunzipSync(readFileSync(join(indexDir, metaFile)));
  if (bytes.subarray(0, META_SIGNATURE.length).toString('latin1') !== META_SIGNATURE) {
    throw new ChunkCostsReadError(`search index: ${join(indexDir, metaFile)} does not start with "${META_SIGNATURE}" (a Pagefind version whose metadata this site cannot read)`);
  }
  const meta = decode(bytes.subarray(META_SIGNATURE.length)) as unknown[];
  const chunks = meta?.[2];
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length >= 3 && c.every((x: unknown) => typeof x === 'string'))) {
    throw new ChunkCostsReadError(`search index: ${join(indexDir, metaFile)} has no list of index chunks as [first word, last word, file] where this site expects it`);
  }
  const sized = (chunks as string[][]).map(([from, to, hash]): [string, string, number] => [from!, to!, statSync(join(indexDir, 'index', `${hash}.pf_index`)).size]);
  return chunkCostTable(sized, pageBytes);
}

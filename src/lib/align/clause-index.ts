/**
 * A candidate index over clause wordings (MinHash + LSH), so that finding the clauses that may
 * match one clause costs about the same however many plans the corpus holds.
 *
 * An entry is one distinct wording (its match key) of one kind; identical wordings from many
 * plans share an entry. The index is plain data: entries are added one at a time, and the
 * whole can be written to JSON and read back (for a cache keyed by content hash).
 */
import { bandKeys, DEFAULT_MINHASH, estimateJaccard, signatureOf, type MinHashParams } from './minhash.ts';
import { shinglesOf } from './shingles.ts';
import type { ClauseKind } from './clauses.ts';

/**
 * A bucket this full holds wordings too short or too generic to tell apart (a bare 指标 row);
 * it stops growing, so one query never walks thousands of postings.
 */
export const MAX_BUCKET = 256;

export interface ClauseIndex {
  params: MinHashParams;
  /** Entry i: its kind and match key. */
  kinds: ClauseKind[];
  keys: string[];
  signatures: Uint32Array[];
  /** kind + '\u0000' + match key → entry id. */
  byKey: Map<string, number>;
  /** Band key → entry ids, oldest first. */
  buckets: Map<number, number[]>;
}

export function createIndex(params: MinHashParams = DEFAULT_MINHASH): ClauseIndex {
  return { params, kinds: [], keys: [], signatures: [], byKey: new Map(), buckets: new Map() };
}

/** Finds the entry of an exact wording, or -1. */
export function findEntry(index: ClauseIndex, kind: ClauseKind, key: string): number {
  return index.byKey.get(`${kind}\u0000${key}`) ?? -1;
}

/** Adds a wording (once) and returns its entry id. Pass shingles when already computed. */
export function addEntry(index: ClauseIndex, kind: ClauseKind, key: string, shingles?: Uint32Array): number {
  const found = findEntry(index, kind, key);
  if (found >= 0) return found;
  const sig = signatureOf(shingles ?? shinglesOf(key), index.params);
  return insert(index, kind, key, sig);
}

function insert(index: ClauseIndex, kind: ClauseKind, key: string, sig: Uint32Array): number {
  const id = index.keys.length;
  index.kinds.push(kind);
  index.keys.push(key);
  index.signatures.push(sig);
  index.byKey.set(`${kind}\u0000${key}`, id);
  for (const band of bandKeys(sig, index.params)) {
    const bucket = index.buckets.get(band);
    if (!bucket) index.buckets.set(band, [id]);
    else if (bucket.length < MAX_BUCKET) bucket.push(id);
  }
  return id;
}

/**
 * Entries of the same kind sharing at least one band with the wording, at most `limit` of
 * them: the ones sharing most bands, then ranked by the share of equal MinHash values (an
 * estimate of their similarity; ties: oldest entry first). The caller scores them exactly.
 */
export function queryIndex(
  index: ClauseIndex, kind: ClauseKind, shingles: Uint32Array, limit: number,
): number[] {
  const sig = signatureOf(shingles, index.params);
  const bands = new Map<number, number>();
  for (const band of bandKeys(sig, index.params)) {
    const bucket = index.buckets.get(band);
    if (!bucket) continue;
    for (const id of bucket) if (index.kinds[id] === kind) bands.set(id, (bands.get(id) ?? 0) + 1);
  }
  // Estimating similarity for every colliding entry is what grew with the corpus; entries that
  // share few bands are the least similar, so only the best few by band count are estimated.
  const shortlist = [...bands.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit * SHORTLIST_FACTOR);
  return shortlist
    .map(([id]) => [id, estimateJaccard(sig, index.signatures[id]!)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/** How many more entries than asked for are estimated exactly. */
const SHORTLIST_FACTOR = 4;

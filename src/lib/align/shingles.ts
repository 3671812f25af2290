/**
 * Character-bigram shingles of a comparison key, and the similarity measured on them.
 *
 * Bigrams rather than words: Chinese word segmentation shifts with context, while
 * bigrams of the same wording are always the same.
 */

/** 32-bit FNV-1a over two code points. */
function hashPair(a: number, b: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ (a & 0xffff), 0x01000193);
  h = Math.imul(h ^ (a >>> 16), 0x01000193);
  h = Math.imul(h ^ (b & 0xffff), 0x01000193);
  h = Math.imul(h ^ (b >>> 16), 0x01000193);
  return h >>> 0;
}

/** Sorted, distinct bigram hashes; a one-character key is its own shingle. */
export function shinglesOf(key: string): Uint32Array {
  const cps = Array.from(key, (c) => c.codePointAt(0)!);
  if (cps.length === 0) return new Uint32Array(0);
  if (cps.length === 1) return Uint32Array.of(hashPair(cps[0]!, 0));
  const out = new Uint32Array(cps.length - 1);
  for (let i = 0; i + 1 < cps.length; i++) out[i] = hashPair(cps[i]!, cps[i + 1]!);
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two sorted shingle sets, in 0..1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length + b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { common++; i++; j++; }
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Share of A's shingles found in B: high when a plan adds a sentence to the template's clause. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0) return 0;
  return (dice(a, b) * (a.length + b.length)) / (2 * a.length);
}

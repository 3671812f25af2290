/**
 * MinHash signatures and LSH band keys over shingle sets.
 *
 * With r rows per band and b bands, two sets of Jaccard similarity J share at least one band
 * with probability 1 − (1 − J^r)^b. The defaults (r = 2, b = 16) find a pair at Dice 0.5
 * (J = 1/3) 84% of the time and at Dice 0.67 (J = 0.5) 99% of the time, which is where
 * "the same clause, edited" begins (see thresholds.ts).
 */

export interface MinHashParams {
  rows: number;
  bands: number;
}

export const DEFAULT_MINHASH: MinHashParams = { rows: 2, bands: 16 };

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS: number[] = [];
function seed(i: number): number {
  while (SEEDS.length <= i) SEEDS.push(mix(0x9e3779b9 ^ Math.imul(SEEDS.length + 1, 0x27d4eb2f)));
  return SEEDS[i]!;
}

export function signatureOf(shingles: Uint32Array, params: MinHashParams = DEFAULT_MINHASH): Uint32Array {
  const k = params.rows * params.bands;
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let i = 0; i < k; i++) {
    const s = seed(i);
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const h = mix(shingles[j]! ^ s);
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** One key per band; the band number is mixed in, so keys of different bands never meet. */
export function bandKeys(sig: Uint32Array, params: MinHashParams = DEFAULT_MINHASH): number[] {
  const keys: number[] = [];
  for (let b = 0; b < params.bands; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < params.rows; r++) h = mix(h ^ sig[b * params.rows + r]!);
    keys.push(h);
  }
  return keys;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

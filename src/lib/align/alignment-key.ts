/**
 * The key of one plan's alignment: a digest of everything alignPlan reads for it — the prepared
 * plan, its reference (chosen or reconstructed from the corpus: every clause with its supporters,
 * sources and pairs) and, for a thin domain's nearest plan, its similar plans with their
 * provinces — and of the aligning code. Two corpora that give a plan the same key give it the
 * same alignment, so a rebuild after one plan changed aligns again only the plans whose key
 * changed (the changed plan, and those whose reconstruction it moved); choosing a reference costs
 * about a tenth of aligning with it.
 *
 * Server side only (node:crypto); the browser aligns its comparisons without keys.
 */
import { createHash, type Hash } from 'node:crypto';
import type { PreparedPlan } from './prepare.ts';
import type { Reference } from './reference.ts';
import type { SimilarPlan } from './similar-plans.ts';

/** Feeds a value to the hash: every field, in order; typed arrays as their bytes. */
function feed(hash: Hash, value: unknown): void {
  if (value === null || value === undefined) {
    hash.update(value === null ? 'n;' : 'u;');
  } else if (ArrayBuffer.isView(value)) {
    hash.update(`t${value.constructor.name}${value.byteLength}:`).update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    for (const item of value) feed(hash, item);
    hash.update(']');
  } else if (typeof value === 'object') {
    if (value instanceof Map || value instanceof Set) throw new Error('alignment key: a Map or Set has no fixed field order to digest');
    hash.update('{');
    for (const [k, v] of Object.entries(value)) {
      hash.update(`${k.length}:${k}=`);
      feed(hash, v);
    }
    hash.update('}');
  } else {
    const text = String(value);
    hash.update(`${typeof value}${text.length}:${text}`);
  }
}

export function alignmentKey(code: string, plan: PreparedPlan, reference: Reference, similar: readonly SimilarPlan[], provinceOf: (planId: string) => string | undefined): string {
  const hash = createHash('sha256').update(code);
  feed(hash, plan);
  feed(hash, reference);
  feed(hash, similar.map((s) => [s, provinceOf(s.plan) ?? null]));
  return hash.digest('hex');
}

/**
 * The key of one plan's alignment: a digest of everything alignPlan reads for it — the prepared
 * plan, its reference (chosen or reconstructed from the corpus: every clause with its supporters,
 * sources and pairs) and, for a thin domain's nearest plan, its similar plans with their
 * provinces — and of the aligning code. Two corpora that give a plan the same key give it the
 * same alignment, so a rebuild after one plan changed aligns again only the plans whose key
 * changed (the changed plan, and those whose reconstruction it moved); choosing a reference costs
 * about a tenth of aligning with it.
 *
 * Server side only (node:crypto, through value-digest.ts); the browser aligns its comparisons
 * without keys.
 */
import { valueDigest } from '../data/value-digest.ts';
import type { PreparedPlan } from './prepare.ts';
import type { Reference } from './reference.ts';
import type { SimilarPlan } from './similar-plans.ts';

export function alignmentKey(code: string, plan: PreparedPlan, reference: Reference, similar: readonly SimilarPlan[], provinceOf: (planId: string) => string | undefined): string {
  return valueDigest([code, plan, reference, similar.map((s) => [s, provinceOf(s.plan) ?? null])]);
}

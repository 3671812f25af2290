/**
 * A prepared plan as JSON, so that tokenizing (the costly step) runs once per plan content:
 * the cache key is a hash of the plan file, see prepared-cache-fs.ts.
 */
import { base64ToBytes, base64ToUint32, bytesToBase64 } from './base64.ts';
import type { PreparedClause, PreparedPlan } from './prepare.ts';

/** Bump when tokens, keys or shingles are computed differently: old cache entries are then ignored. */
export const PREPARED_FORMAT = 2;

type StoredClause = Omit<PreparedClause, 'shingles' | 'leadShingles' | 'codes'> & {
  shingles: string;
  leadShingles: string | null;
  ends: string;
  kinds: string;
};

export interface SerializedPlan {
  format: number;
  plan: Omit<PreparedPlan, 'clauses'> & { clauses: StoredClause[] };
}


export function serializePlan(plan: PreparedPlan): SerializedPlan {
  return {
    format: PREPARED_FORMAT,
    plan: {
      ...plan,
      clauses: plan.clauses.map(({ shingles, leadShingles, codes, ...c }) => ({
        ...c,
        shingles: bytesToBase64(shingles),
        leadShingles: leadShingles ? bytesToBase64(leadShingles) : null,
        ends: bytesToBase64(codes.ends),
        kinds: bytesToBase64(codes.kinds),
      })),
    },
  };
}

/** The plan, or null when the entry was written in another format. */
export function deserializePlan(data: SerializedPlan): PreparedPlan | null {
  if (data.format !== PREPARED_FORMAT) return null;
  return {
    ...data.plan,
    clauses: data.plan.clauses.map(({ shingles, leadShingles, ends, kinds, ...c }) => ({
      ...c,
      shingles: base64ToUint32(shingles),
      leadShingles: leadShingles === null ? null : base64ToUint32(leadShingles),
      codes: { ends: base64ToUint32(ends), kinds: base64ToBytes(kinds) },
    })),
  };
}

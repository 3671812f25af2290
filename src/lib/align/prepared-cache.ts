/**
 * A prepared plan as JSON, so that tokenizing (the costly step) runs once per plan content:
 * the cache key is a hash of the plan file, see prepared-cache-fs.ts.
 */
import type { PreparedClause, PreparedPlan } from './prepare.ts';

/** Bump when tokens, keys or shingles are computed differently: old cache entries are then ignored. */
export const PREPARED_FORMAT = 1;

export interface SerializedPlan {
  format: number;
  plan: Omit<PreparedPlan, 'clauses'> & { clauses: (Omit<PreparedClause, 'shingles'> & { shingles: string })[] };
}

export function serializePlan(plan: PreparedPlan): SerializedPlan {
  return {
    format: PREPARED_FORMAT,
    plan: {
      ...plan,
      clauses: plan.clauses.map((c) => ({
        ...c,
        shingles: Buffer.from(c.shingles.buffer, c.shingles.byteOffset, c.shingles.byteLength).toString('base64'),
      })),
    },
  };
}

/** The plan, or null when the entry was written in another format. */
export function deserializePlan(data: SerializedPlan): PreparedPlan | null {
  if (data.format !== PREPARED_FORMAT) return null;
  return {
    ...data.plan,
    clauses: data.plan.clauses.map((c) => {
      const bytes = Buffer.from(c.shingles, 'base64');
      return { ...c, shingles: new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
    }),
  };
}

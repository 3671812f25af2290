/**
 * A prepared plan as JSON, so that tokenizing (the costly step) runs once per plan content:
 * the cache key is a hash of the plan file, see prepared-cache-fs.ts.
 */
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

const toBase64 = (a: Uint32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const bytes = Buffer.from(s, 'base64');
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function serializePlan(plan: PreparedPlan): SerializedPlan {
  return {
    format: PREPARED_FORMAT,
    plan: {
      ...plan,
      clauses: plan.clauses.map(({ shingles, leadShingles, codes, ...c }) => ({
        ...c,
        shingles: toBase64(shingles),
        leadShingles: leadShingles ? toBase64(leadShingles) : null,
        ends: toBase64(codes.ends),
        kinds: toBase64(codes.kinds),
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
      shingles: fromBase64(shingles, (b) => new Uint32Array(b)),
      leadShingles: leadShingles === null ? null : fromBase64(leadShingles, (b) => new Uint32Array(b)),
      codes: { ends: fromBase64(ends, (b) => new Uint32Array(b)), kinds: fromBase64(kinds, (b) => new Uint8Array(b)) },
    })),
  };
}

/**
 * The digest of a value: sha256 of its JSON, with Maps as entry lists, Sets as arrays and typed
 * arrays as their bytes (base64), so that each counts. The one way the project digests a value:
 * page cache keys (src/data/cache-key.ts) and alignment keys (src/lib/align/alignment-key.ts).
 */
import { createHash } from 'node:crypto';

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '<map>': [...value] };
  if (value instanceof Set) return { '<set>': [...value] };
  if (ArrayBuffer.isView(value)) return { [`<${value.constructor.name}>`]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  return value;
}

export function valueDigest(value: unknown, encoding: 'hex' | 'base64url' = 'hex'): string {
  return createHash('sha256').update(JSON.stringify(value, replacer) ?? 'undefined').digest(encoding);
}

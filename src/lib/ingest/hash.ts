/**
 * `generated_hash`: sha256 of a generated plan file without its own hash line. A file whose
 * content no longer matches its recorded hash was edited by hand.
 */
import { createHash } from 'node:crypto';

const HASH_LINE = /^generated_hash: *"?([0-9a-f]*)"? *\n/m;

export function withoutHashLine(content: string): string {
  return content.replace(HASH_LINE, '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function recordedHash(content: string): string | null {
  return HASH_LINE.exec(content)?.[1] ?? null;
}

/** True when the file is exactly what the ingest wrote (its recorded hash still matches). */
export function isUntouched(content: string): boolean {
  const recorded = recordedHash(content);
  return recorded !== null && recorded === sha256(withoutHashLine(content));
}

/**
 * Typed arrays as base64 text for JSON caches, with btoa/atob so that the alignment code runs
 * unchanged in the browser (no Node Buffer).
 */
export function bytesToBase64(a: Uint8Array | Uint32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let binary = '';
  // In chunks, as spreading a very long array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i += 4096) binary += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A Uint32Array back from bytesToBase64 (the bytes are copied, so alignment is right). */
export function base64ToUint32(text: string): Uint32Array {
  return new Uint32Array(base64ToBytes(text).buffer);
}

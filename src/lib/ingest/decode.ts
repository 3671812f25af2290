/**
 * Raw bytes → text. Sources come as UTF-8 (with or without BOM, LF or CRLF), as UTF-16 with its
 * byte-order mark (what some Windows tools save), or, from older Chinese sites, as GB18030/GBK;
 * anything else is refused with the byte and line where decoding failed.
 */
import iconv from 'iconv-lite';

export type SourceEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: SourceEncoding }
  | { ok: false; problem: 'empty' | 'binary' | 'undecodable'; detail: string };

const CONTROL_SAMPLE = 65_536;
// A text file may carry a stray form feed or escape; more than this share of control bytes means it is not text.
const MAX_CONTROL_SHARE = 0.01;

function utf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; body: Uint8Array } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', body: bytes.subarray(2) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', body: bytes.subarray(2) };
  return null;
}

/** Where UTF-8 decoding first fails: a byte offset and its line. */
function firstBadUtf8(bytes: Uint8Array): { byte: number; line: number } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) break;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) break;
    i += need + 1;
  }
  let line = 1;
  for (let k = 0; k < i; k++) if (bytes[k] === 0x0a) line++;
  return { byte: i, line };
}

function decodeUtf16(bytes: Uint8Array): DecodeResult | null {
  const found = utf16(bytes);
  if (!found) return null;
  if (found.body.length % 2 !== 0) return { ok: false, problem: 'undecodable', detail: `UTF-16 (by its byte-order mark) with an odd number of bytes (${bytes.length})` };
  try {
    const text = new TextDecoder(found.encoding, { fatal: true }).decode(found.body);
    if (text.includes('\0')) return { ok: false, problem: 'binary', detail: 'NUL character in the UTF-16 text' };
    return { ok: true, text: normalizeNewlines(text), encoding: found.encoding };
  } catch {
    return { ok: false, problem: 'undecodable', detail: 'UTF-16 (by its byte-order mark) with an unpaired surrogate' };
  }
}

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    return { ok: false, problem: 'empty', detail: 'the file is empty' };
  }
  const wide = decodeUtf16(bytes);
  if (wide) return wide.ok && wide.text.trim() === '' ? { ok: false, problem: 'empty', detail: 'the file is empty' } : wide;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: 'binary', detail: `NUL byte at offset ${nul}` };
  const sample = bytes.subarray(0, CONTROL_SAMPLE);
  let controls = 0;
  for (const b of sample) if (isStrayControl(b)) controls++;
  if (controls / sample.length > MAX_CONTROL_SHARE) {
    return { ok: false, problem: 'binary', detail: `${controls} control bytes in the first ${sample.length}` };
  }

  let text: string;
  let encoding: SourceEncoding;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'gb18030');
    encoding = 'gb18030';
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0) {
      const gbByte = iconv.encode(text.slice(0, bad), 'gb18030').length;
      const gbLine = text.slice(0, bad).split('\n').length;
      const u = firstBadUtf8(bytes);
      return {
        ok: false,
        problem: 'undecodable',
        detail: `neither UTF-8 (invalid from byte ${u.byte}, line ${u.line}) nor GB18030 (invalid from byte ${gbByte}, line ${gbLine})`,
      };
    }
  }
  return { ok: true, text: normalizeNewlines(stripBom(text)), encoding };
}

function isStrayControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

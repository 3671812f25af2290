/**
 * Raw bytes → text. Sources come as UTF-8 (with or without BOM, LF or CRLF) or,
 * from older Chinese sites, as GB18030/GBK; anything else is refused.
 */
import iconv from 'iconv-lite';

export type SourceEncoding = 'utf-8' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: SourceEncoding }
  | { ok: false; problem: 'empty' | 'binary' | 'undecodable'; detail: string };

const CONTROL_SAMPLE = 65_536;
// A text file may carry a stray form feed or escape; more than this share of control bytes means it is not text.
const MAX_CONTROL_SHARE = 0.01;

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    return { ok: false, problem: 'empty', detail: 'the file is empty' };
  }
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
      return { ok: false, problem: 'undecodable', detail: `neither UTF-8 nor GB18030: undecodable bytes near character ${bad}` };
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

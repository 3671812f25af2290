/**
 * Tokens stored compactly: where each token ends, and what kind it is. A corpus of thousands
 * of plans holds millions of tokens; as objects they took about 3 KB per clause, as two typed
 * arrays about 0.1 KB. Keys are derived again from the text when a diff needs them.
 */
import { foldChars, PLACEHOLDER } from './normalize.ts';
import { numberKey, numberSlot } from './numbers.ts';
import type { Token } from './tokens.ts';

export interface TokenCodes {
  /** End offset of each token in the clause text. */
  ends: Uint32Array;
  /** 0 ignored, 1 word, 2 number, 3+ the place-name placeholder PLACEHOLDERS[code - 3]. */
  kinds: Uint8Array;
}

const PLACEHOLDERS: readonly string[] = Object.values(PLACEHOLDER);

export function encodeTokens(tokens: readonly Token[]): TokenCodes {
  const ends = new Uint32Array(tokens.length);
  const kinds = new Uint8Array(tokens.length);
  let at = 0;
  tokens.forEach((t, i) => {
    ends[i] = at += t.text.length;
    kinds[i] = t.kind === 'skip' ? 0 : t.kind === 'word' ? 1 : t.kind === 'number' ? 2 : 3 + PLACEHOLDERS.indexOf(t.key);
  });
  return { ends, kinds };
}

export function decodeTokens(text: string, codes: TokenCodes): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (let i = 0; i < codes.ends.length; i++) {
    const raw = text.slice(from, codes.ends[i]);
    from = codes.ends[i]!;
    const kind = codes.kinds[i]!;
    if (kind === 0) out.push({ text: raw, key: '', kind: 'skip' });
    else if (kind === 1) out.push({ text: raw, key: wordKey(raw), kind: 'word' });
    else if (kind === 2) {
      const f = foldChars(raw);
      out.push({ text: raw, key: numberKey(f), kind: 'number', slot: numberSlot(f) });
    } else out.push({ text: raw, key: PLACEHOLDERS[kind - 3]!, kind: 'name' });
  }
  return out;
}

/** A word's comparison key: its folded text, Latin letters in lower case. */
export function wordKey(raw: string): string {
  const f = foldChars(raw);
  return /[A-Z]/.test(f) ? f.toLowerCase() : f;
}

/**
 * Width folding for matching and number reading: the plan text's full-width forms and
 * dashes read as their ASCII forms (（→(, ％→%, −→-). Built on the alignment's foldChars,
 * remembered per character because NFKC normalisation of each character is slow.
 */
import { foldChars } from '../align/normalize.ts';

const FOLDED = new Map<string, string>();

export function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f === undefined) {
    f = foldChars(c);
    FOLDED.set(c, f);
  }
  return f;
}

/** foldChars, one UTF-16 unit in, one out: positions in the folded text are positions in the raw text. */
export function foldWidth(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) out += foldChar(raw[i]!);
  return out;
}

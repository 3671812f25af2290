/** Reads content/indicators.yaml from disk; validation lives in dictionary.ts. */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { DictionaryError, parseDictionary, type Dictionary } from './dictionary.ts';

export const DICTIONARY_PATH = 'content/indicators.yaml';

/** The dictionary at `path` (relative to `root`), validated; throws DictionaryError with one sentence. */
export function readDictionary(root: string = process.cwd(), path: string = DICTIONARY_PATH): Dictionary {
  const file = resolve(root, path);
  const shown = relative(root, file) || path;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DictionaryError(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new DictionaryError(`${shown}: is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return parseDictionary(raw, shown);
}

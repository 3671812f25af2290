import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/lib/check/figures.ts';
import { listFiles } from '../../src/lib/check/links-fs.ts';

/** Words for curators that must never reach a reader: source file names, sidecars, plan ids, curator notes in English, unfilled placeholders. */
const INTERNAL: readonly [RegExp, string][] = [
  [/\d{3}_[0-9a-f]{16}\.(txt|html|yaml)/, 'a source file name'],
  [/sidecar/i, 'the word sidecar'],
  // Not in an address a reader copies (/compare/?plans=140107-women,140802-women).
  [/(?<![\w/=,-])\d{6}-(women|children)(?![\w/.,-])/, 'a plan id'],
  [/Official URL|The serial number|the text gives|is taken from the page/, 'a curator note in English'],
  // A placeholder that was never filled in (a template string written with plain quotes).
  [/\$\{[\w.]+\}|\bundefined\b|\[object Object\]/, 'an unfilled placeholder'],
];

describe('the built site (dist/)', () => {
  it('shows readers no file name, sidecar, plan id or English curator note', () => {
    // The open-data page documents the download format, whose records carry plan ids.
    const pages = listFiles('dist').filter((f) => f.endsWith('.html') && f !== 'data/index.html');
    expect(pages.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const page of pages) {
      for (const piece of pageText(readFileSync(join('dist', page), 'utf8'))) {
        for (const [re, what] of INTERNAL) {
          const m = re.exec(piece);
          if (m) found.push(`${page}: ${what} "${m[0]}" in "${piece.trim().slice(0, 80)}"`);
        }
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { listFiles } from '../../src/lib/check/links-fs.ts';

const DIST = 'dist';
const PAGES = listFiles(DIST).filter((f) => f.endsWith('.html'));
// Data blocks are never executed, so a policy without 'unsafe-inline' allows them.
const DATA_TYPES = /^application\/(ld\+)?json$/i;

function readScripts(html: string) {
  const found = { inline: [] as string[], csp: [] as string[], handlers: [] as string[] };
  let open: { src?: string; type?: string } | null = null;
  let text = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const attribute of Object.keys(attributes)) if (/^on/.test(attribute)) found.handlers.push(`<${name} ${attribute}>`);
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') found.csp.push(attributes.content ?? '');
      if (name === 'script') {
        open = attributes;
        text = '';
      }
    },
    ontext(t) {
      if (open) text += t;
    },
    onclosetag(name) {
      if (name === 'script' && open) {
        if (!open.src && !DATA_TYPES.test(open.type ?? '')) found.inline.push(text.trim().slice(0, 80) || '(empty)');
        open = null;
      }
    },
  }, { lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('Content-Security-Policy (dist/)', () => {
  it('every page carries the policy, and it forbids inline scripts', () => {
    const missing: string[] = [];
    for (const page of PAGES) {
      const { csp } = readScripts(readFileSync(join(DIST, page), 'utf8'));
      const scriptSrc = /script-src([^;]*)/.exec(csp[0] ?? '')?.[1] ?? '';
      if (csp.length !== 1 || scriptSrc.includes("'unsafe-inline'") || !scriptSrc.includes("'self'")) missing.push(page);
    }
    expect(PAGES.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('no page has an inline <script> or an on* event handler attribute, which the policy would block', () => {
    const inline: string[] = [];
    for (const page of PAGES) {
      const found = readScripts(readFileSync(join(DIST, page), 'utf8'));
      inline.push(...found.inline.map((s) => `${page}: <script>${s}`), ...found.handlers.map((h) => `${page}: ${h}`));
    }
    expect(inline).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeOneSource } from '../../../src/lib/bench/corpus-fs.ts';
import { renderedPages } from '../../../src/lib/bench/build-fs.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('changeOneSource', () => {
  it('lowers the first 达到N% target of one source by one point, and says which', () => {
    dir = mkdtempSync(join(tmpdir(), 'liangui-change-'));
    writeFileSync(join(dir, 'a.txt'), '没有目标。');
    writeFileSync(join(dir, 'b.txt'), '筛查率达到95%以上，覆盖率达到90%。');
    writeFileSync(join(dir, 'b.yaml'), 'x: 达到95%');
    expect(changeOneSource(dir)).toEqual({ file: 'b.txt', from: '达到95%', to: '达到94%' });
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('筛查率达到94%以上，覆盖率达到90%。');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('x: 达到95%');
  });

  it('refuses a corpus with no such target', () => {
    dir = mkdtempSync(join(tmpdir(), 'liangui-change-'));
    writeFileSync(join(dir, 'a.txt'), '没有目标。');
    expect(() => changeOneSource(dir)).toThrow(/达到N%/);
  });
});

describe('renderedPages', () => {
  it('tells rendered pages from pages copied from the last build in Astro’s log', () => {
    const log = [
      '12:27:18   ├─ /404.html (+24ms) ',
      '12:27:18   ├─ /clauses/c1/index.html (restored)',
      '12:27:18   ├─ /plans/140107-women/index.html (cached)',
      '12:27:18   ├─ /data/plans/140107-women.json (+3ms)',
    ].join('\n');
    expect(renderedPages(log)).toEqual({ rendered: ['/404.html', '/data/plans/140107-women.json'], copied: ['/clauses/c1/index.html', '/plans/140107-women/index.html'] });
  });

  it('reads a coloured log the same way (Astro colours its log when CI or FORCE_COLOR is set)', () => {
    const log = [
      '\x1b[2m12:27:18\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m \x1b[2m(+24ms)\x1b[22m',
      '\x1b[2m12:27:18\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/plans/140107-women/index.html\x1b[22m \x1b[2m(cached)\x1b[22m',
    ].join('\n');
    expect(renderedPages(log)).toEqual({ rendered: ['/404.html'], copied: ['/plans/140107-women/index.html'] });
  });
});

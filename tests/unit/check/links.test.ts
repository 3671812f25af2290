import { describe, expect, it } from 'vitest';
import { checkLinks, officialSources, readPageLinks } from '../../../src/lib/check/links.ts';

const isOfficial = officialSources(['https://www.example.org/notice/1.html']);

function check(pages: Record<string, string>, extraFiles: string[] = []) {
  const read = Object.entries(pages).map(([path, html]) => readPageLinks(path, html));
  return checkLinks(read, new Set([...Object.keys(pages), ...extraFiles]), { isOfficial }).map((p) => `${p.page} ${p.href}: ${p.problem}`);
}

describe('internal links', () => {
  it('accept a page, its directory form and an anchor that exists there', () => {
    expect(check({
      'index.html': '<a href="/plans/a/">a</a><a href="plans/a/#s1">s1</a><link rel="stylesheet" href="/_astro/x.css">',
      'plans/a/index.html': '<h2 id="s1">一</h2><a href="#s1">¶</a><a href="../../">home</a>',
    }, ['_astro/x.css'])).toEqual([]);
  });

  it('report a missing page, a missing anchor, a missing asset and a directory without its slash', () => {
    expect(check({
      'index.html': '<a href="/plans/b/">b</a><a href="/plans/a/#s9">s9</a><script src="/_astro/gone.js"></script><a href="/plans/a">a</a>',
      'plans/a/index.html': '<h2 id="s1">一</h2>',
    })).toEqual([
      'index.html /plans/b/: no file for /plans/b/',
      'index.html /plans/a/#s9: no element with id "s9" in plans/a/index.html',
      'index.html /_astro/gone.js: no file for /_astro/gone.js',
      'index.html /plans/a: points at a directory without its trailing slash (/plans/a/)',
    ]);
  });

  it('decode percent-encoded anchors and entity-encoded hrefs', () => {
    expect(check({ 'index.html': '<p id="目标">x</p><a href="#%E7%9B%AE%E6%A0%87">x</a><a href="/?a=1&amp;b=2">q</a>' })).toEqual([]);
  });

  it('refuse an empty link and a javascript: link', () => {
    expect(check({ 'index.html': '<a href="#">x</a><a href="javascript:alert(1)">y</a>' })).toEqual([
      'index.html #: empty link (points nowhere)',
      'index.html javascript:alert(1): javascript: links are not allowed',
    ]);
  });
});

describe('external links', () => {
  it('go to a government site or a recorded source, with rel="noopener"', () => {
    expect(check({
      'index.html': '<a href="https://www.xhl.gov.cn/zwgk/1.html" rel="noopener noreferrer external">官方</a>'
        + '<a href="https://www.example.org/notice/1.html" rel="noopener">来源</a>',
    })).toEqual([]);
  });

  it('are refused when they go anywhere else or lack rel="noopener"', () => {
    expect(check({
      'index.html': '<a href="https://ads.example.com/" rel="noopener">广告</a><a href="http://www.gov.cn/x">国务院</a>',
    })).toEqual([
      'index.html https://ads.example.com/: external link to ads.example.com, which is not an official source',
      'index.html http://www.gov.cn/x: external link without rel="noopener"',
    ]);
  });
});

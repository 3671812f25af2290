/** source_site from what a saved page states about its own site, never from anything else. */
import { describe, expect, it } from 'vitest';
import { readSiteName } from '../../../src/lib/html/site-name.ts';

const page = (head: string, body = '<p>一、总体要求</p>') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('the site a saved page names', () => {
  it('is read from the SiteName meta tag government sites carry', () => {
    expect(readSiteName(page('<meta name="SiteName" content="运城市盐湖区人民政府"><title>盐湖区妇女发展“十四五”规划</title>'))).toEqual({
      value: '运城市盐湖区人民政府', where: 'the page\'s <meta name="SiteName">',
    });
  });
  it('is read from og:site_name', () => {
    expect(readSiteName(page('<meta property="og:site_name" content="张家港市人民政府">'))?.value).toBe('张家港市人民政府');
  });
  it('is the site part of the <title>: 规划_盐湖区人民政府, 规划 - 张家港市人民政府', () => {
    expect(readSiteName(page('<title>盐湖区妇女发展“十四五”规划_运城市盐湖区人民政府</title>'))).toEqual({
      value: '运城市盐湖区人民政府', where: "the page's <title>: 盐湖区妇女发展“十四五”规划_运城市盐湖区人民政府",
    });
    expect(readSiteName(page('<title>张家港市妇女发展规划(2021−2025年) - 张家港市人民政府</title>'))?.value).toBe('张家港市人民政府');
  });
  it('is read from a footer labelled 网站名称', () => {
    expect(readSiteName(page('<title>规划</title>', '<div class="footer"><p>网站名称：哈密市伊州区政府网</p><p>主办单位：伊州区人民政府办公室</p></div>'))).toEqual({
      value: '哈密市伊州区政府网', where: "the page's footer: 网站名称：哈密市伊州区政府网",
    });
  });
  it('is null when the page names no site: a title of the plan alone, a host in 主办单位', () => {
    expect(readSiteName(page('<title>盐湖区妇女发展“十四五”规划</title>', '<p>主办单位：运城市盐湖区人民政府办公室</p>'))).toBeNull();
    // A title whose last part is no site's name (规划 - 2023年) states none either.
    expect(readSiteName(page('<title>盐湖区妇女发展规划 - 2023年</title>'))).toBeNull();
  });
});

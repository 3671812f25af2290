import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/lib/ingest/html.ts';
import { readTable } from '../../../src/lib/ingest/tables.ts';
import { toLines } from './helpers.ts';

describe('a saved web page becomes text lines like the scraped sources', () => {
  it('drops scripts, styles and comments, and puts each block on its own line', () => {
    const html = `<html><head><title>页面</title><style>p{color:red}</style></head><body>
      <script>var a = '<p>不是正文</p>';</script><!-- 注释 -->
      <div class="nav">首页</div><h1>张家港市妇女发展规划(2021−2025年)</h1>
      <p>妇女是物质文明和精神文明的创造者,<b>是推动</b>社会发展和进步的重要力量。</p><p>一、总体要求<br>（一）指导思想</p>
    </body></html>`;
    expect(htmlToText(html)).toBe('首页\n\n张家港市妇女发展规划(2021−2025年)\n\n妇女是物质文明和精神文明的创造者,是推动社会发展和进步的重要力量。\n\n一、总体要求\n（一）指导思想\n');
  });
  it('decodes named and numeric entities once', () => {
    expect(decodeEntities('&ldquo;十四五&rdquo;&nbsp;&#8804;12&#x2030; &amp;lt;')).toBe('“十四五” ≤12‰ &lt;');
  });
  it('writes a table one cell per line, an empty cell as a space, so tables are rebuilt the same way', () => {
    const html = '<table><tr><td>序号</td><td></td><td>规划目标</td></tr><tr><td>1</td><td>妇女人均预期寿命(岁)</td><td>持续提升</td></tr></table>';
    const text = htmlToText(html);
    expect(readTable(toLines(text), 0)?.rows).toEqual([['序号', '', '规划目标'], ['1', '妇女人均预期寿命(岁)', '持续提升']]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from '../../../src/lib/ingest/html.ts';
import { readTable } from '../../../src/lib/ingest/tables.ts';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { sourceText } from '../../../src/lib/ingest/ingest.ts';
import { checkConservation } from '../../../src/lib/ingest/conservation.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { scratchDir, toLines } from './helpers.ts';

describe('a saved web page becomes text lines like the scraped sources', () => {
  it('drops scripts, styles and comments, and puts each block on its own line', () => {
    const html = `<html><head><title>页面</title><style>p{color:red}</style></head><body>
      <script>var a = '<p>不是正文</p>';</script><!-- 注释 -->
      <div class="nav">首页</div><h1>张家港市妇女发展规划(2021−2025年)</h1>
      <p>妇女是物质文明和精神文明的创造者,<b>是推动</b>社会发展和进步的重要力量。</p><p>一、总体要求<br>（一）指导思想</p>
    </body></html>`;
    expect(htmlToText(html)).toBe('首页\n\n张家港市妇女发展规划(2021−2025年)\n\n妇女是物质文明和精神文明的创造者,是推动社会发展和进步的重要力量。\n\n一、总体要求\n（一）指导思想\n');
  });
  it('decodes named and numeric entities once, as a browser does (&nbsp; is a no-break space)', () => {
    expect(htmlToText('<p>&ldquo;十四五&rdquo;&nbsp;&#8804;12&#x2030; &amp;lt;</p>')).toBe('“十四五”\u00A0≤12‰ &lt;\n');
  });
  it('keeps a bare < or > as text: 儿童贫血患病率<10%，肥胖率>5%。 loses nothing', () => {
    expect(htmlToText('<p>儿童贫血患病率<10%，肥胖率>5%。</p><p>5岁<儿童<18岁, x < y</p>')).toBe('儿童贫血患病率<10%，肥胖率>5%。\n\n5岁<儿童<18岁, x < y\n');
  });
  it('keeps an attribute holding > inside its tag: title="a>b" leaks nothing', () => {
    expect(htmlToText('<p title="a>b" data-x=\'>\'>正文</p>')).toBe('正文\n');
  });
  it('lists every dropped kind of element with its text: script, style, noscript, template, svg, head and comments', () => {
    const page = readHtml('<html><head><title>页</title></head><body><p>正文</p><noscript>请启用脚本</noscript><template><p>模板</p></template>' +
      '<svg><text>图</text></svg><!-- 注释 --><script>if (a<b) x()</script><style>p{}</style></body></html>');
    expect(page.text).toBe('正文\n');
    expect(page.problem).toBeNull();
    expect(page.dropped).toEqual([
      { element: 'comment', count: 1, text: '注释' },
      { element: 'head', count: 1, text: '页' },
      { element: 'noscript', count: 1, text: '请启用脚本' },
      { element: 'script', count: 1, text: 'if (a<b) x()' },
      { element: 'style', count: 1, text: 'p{}' },
      { element: 'svg', count: 1, text: '图' },
      { element: 'template', count: 1, text: '模板' },
    ]);
  });
  it('writes a table one cell per line, an empty cell as a space, so tables are rebuilt the same way', () => {
    const html = '<table><tr><td>序号</td><td></td><td>规划目标</td></tr><tr><td>1</td><td>妇女人均预期寿命(岁)</td><td>持续提升</td></tr></table>';
    const text = htmlToText(html);
    expect(readTable(toLines(text), 0)?.rows).toEqual([['序号', '', '规划目标'], ['1', '妇女人均预期寿命(岁)', '持续提升']]);
  });
});

describe('a saved HTML source goes through the same ingest', () => {
  it('gives the plan with its notice and table, without the page chrome, and loses no text', () => {
    const dir = 'tests/fixtures/ingest/html-source';
    const out = scratchDir();
    const { results } = runIngest({ sourcesDir: dir, plansDir: join(out, 'plans'), reportPath: join(out, 'report.json') });
    const [result] = results;
    expect(result!.report).toMatchObject({ format: 'html', plans: [{ id: '320582-children' }] });
    expect(result!.report.removed.map((b) => b.reason)).toEqual(['breadcrumb navigation', 'share and print links']);
    expect(result!.notice?.docNumber).toBe('张政办〔2021〕131号');
    const plan = result!.plans[0]!;
    const table = plan.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' && table.rows.slice(-2)).toEqual([['11', '家长学校或家庭教育指导服务站点建成率%', '城市社区100'], ['', '', '农村社区90']]);

    const file = readFileSync(join(out, 'plans', '320582-children.md'), 'utf8');
    const body = file.slice(file.indexOf('\n---\n', 4) + 5);
    const { text } = sourceText({ name: 'zjg-children.html', path: dir, bytes: readFileSync(join(dir, 'zjg-children.html')) });
    expect(checkConservation({
      text,
      removed: result!.report.removed,
      notice: result!.notice!.text,
      plans: [{ title: plan.frontmatter.title, texts: markdownToBlocks(body).map((b) => b.text) }],
    })).toEqual({ ok: true });
  });
});

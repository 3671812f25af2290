/**
 * A saved government page with the plan in a <div> between navigation blocks: the site's menu above,
 * a related-links box, a second menu (网站地图, 联系我们 …) and the footer below. Made from seed 001:
 * the plans read as the seed's own, and every line of the page's chrome goes to the report, none
 * into the last section of the children's plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource, type SourceResult } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { esc as escapeHtml } from '../../../src/lib/html/escape.ts';

const STEM = '001_23d5c46fb19a73e3';
const seedText = readFileSync(`content/sources/${STEM}.txt`, 'utf8');
const sidecar = readSidecar(`content/sources/${STEM}.yaml`, readFileSync(`content/sources/${STEM}.yaml`, 'utf8'));
const ingest = (name: string, bytes: Uint8Array): SourceResult => ingestSource({ name, path: `content/sources/${name}`, bytes, sidecar });
const blocksOf = (result: SourceResult) => result.plans.map((p) => ({ id: p.id, title: p.frontmatter.title, blocks: p.blocks }));

const menu = (items: readonly string[]) => `<ul class="menu">${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul>`;
const TOP_MENU = ['首页', '走进盐湖', '政务公开', '政务服务', '互动交流'];
const RELATED = ['中国政府网', '山西省人民政府', '运城市人民政府'];
const FOOT_MENU = ['网站地图', '政务公开', '联系我们', '使用帮助'];
const FOOTER = ['主办单位：运城市盐湖区人民政府办公室', '晋ICP备00000000号'];

/** The seed's lines as the page's paragraphs, inside one <div> with the navigation around it. */
function savedPage(text: string): string {
  const paragraphs = text.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>盐湖区人民政府</title></head><body>
<div class="header">${menu(TOP_MENU)}</div>
<div class="article">
${paragraphs}
</div>
<div class="related"><h3>相关链接</h3>${menu(RELATED)}</div>
<div class="foot-nav">${menu(FOOT_MENU)}</div>
<div class="footer">${FOOTER.map((f) => `<p>${f}</p>`).join('')}</div>
</body></html>`;
}

describe('a saved page with the plan in a <div> between navigation blocks', () => {
  // The seed holds no table (no 序号 line), so each of its lines can stand as a paragraph of the page.
  it('is made from a seed without tables', () => {
    expect(seedText).not.toMatch(/^序号$/m);
  });
  const result = ingest('yanhu.html', new TextEncoder().encode(savedPage(seedText)));

  it('reads to the same plans as the seed', () => {
    expect(blocksOf(result)).toEqual(blocksOf(ingest(`${STEM}.txt`, new TextEncoder().encode(seedText))));
  });
  it('leaves no menu, link or footer line in the children’s last section', () => {
    const last = result.plans[1]!.blocks.slice(-3).map((b) => (b.kind === 'table' ? '' : b.text));
    for (const chrome of [...RELATED, ...FOOT_MENU, ...FOOTER, '相关链接']) expect(last.join('\n')).not.toContain(chrome);
  });
  it('lists the navigation and the footer in the report, each line once', () => {
    const removed = result.report.removed.flatMap((b) => b.text.split('\n'));
    for (const chrome of ['相关链接', ...RELATED, ...FOOT_MENU, ...FOOTER]) expect(removed).toContain(chrome);
    const below = result.report.removed.filter((b) => !b.inline && b.lines[0] > (result.report.plans[1]!.title_line ?? 0));
    expect(below.map((b) => b.reason)).toEqual(['related-links box', 'site navigation links', 'site footer (host, copyright, ICP number)']);
  });
});

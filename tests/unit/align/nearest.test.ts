/**
 * The nearest clause named beside a clause without counterpart (src/lib/align/nearest.ts), on a
 * real plan-vs-plan view: 盐湖 women (001_23d5c46fb19a73e3.txt) against 张家港 women
 * (003_089270d5eef34d70.txt), and how the diff page shows it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { alignWithPlan } from '../../../src/lib/align/browser.ts';
import { snippet } from '../../../src/lib/align/nearest.ts';
import { reuseToHtml } from '../../../src/lib/diff-view/render.ts';
import { tableRowsOf } from '../../../src/lib/diff-view/table-rows.ts';
import { loadPlan } from './load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const yanhu = loadPlan(`${ROOT}content/plans/140802-women.md`);
const zhangjiagang = loadPlan(`${ROOT}content/plans/320582-women.md`);
const detail = alignWithPlan(yanhu, zhangjiagang);

describe('a clause the alignment left without counterpart', () => {
  it('names the other side’s clause nearest in wording: 盐湖’s 全面普及生殖健康和避孕节育知识 (001:29) → 张家港’s 全面普及生殖健康知识 (003:129)', () => {
    const c = detail.clauses.find((x) => x.anchor === 's2-1-goals-4' && x.status !== 'omitted')!;
    // The hand check counts these as one goal reworded (张家港 merged its cervical-cancer screening into it);
    // whatever status the rules give, a reader is pointed to it.
    if (c.status === 'original') expect(c.nearest).toEqual({ anchor: 's3-1-goals-4', text: '4.全面普及生殖健康知识,深化妇女宫颈癌、乳腺癌筛查项目,提高早诊早治率…' });
    else expect(c.reference_anchor).toBe('s3-1-goals-4');
  });

  it('is only a hint: clauses with a counterpart have none, and statuses are those of the alignment', () => {
    for (const c of detail.clauses) if (c.status === 'identical' || c.status === 'modified') expect(c.nearest, c.anchor).toBeUndefined();
    const hinted = detail.clauses.filter((c) => c.nearest);
    expect(hinted.length).toBeGreaterThan(0);
    for (const c of hinted) expect(['original', 'omitted']).toContain(c.status);
  });

  it('cuts the named clause’s text to 36 characters', () => {
    expect(snippet('短句')).toBe('短句');
    expect([...snippet('字'.repeat(50))].length).toBe(37);
  });
});

describe('on the diff page', () => {
  const html = reuseToHtml(detail, {
    planId: yanhu.id, clusters: new Map(), clusterPages: new Set(), referenceHref: '/plans/320582-women/', tableRows: tableRowsOf(yanhu.blocks),
  });
  const text = (n: import('domhandler').ChildNode): string => (n.type === 'text' ? n.data : 'children' in n ? n.children.map(text).join('') : '');
  const links = parseDocument(html).children.flatMap(function all(n): import('domhandler').Element[] {
    return n.type === 'tag' ? [...(n.name === 'a' ? [n] : []), ...n.children.flatMap(all)] : [];
  });

  it('links a 无对应 clause’s hint to the reference plan’s paragraph, and a 未找到 clause’s to the plan’s own paragraph on the page', () => {
    const toReference = links.filter((a) => a.parent && /^基准中(用词最接近的一条|写到这一指标的一段|列出这一指标的一行)：/u.test(text(a.parent)));
    const toPlan = links.filter((a) => a.parent && /^本规划中(用词最接近的一段|写到这一指标的一段|列出这一指标的一行)：/u.test(text(a.parent)));
    expect(toReference.length).toBe(detail.clauses.filter((c) => c.status === 'original' && c.nearest).length);
    expect(toPlan.length).toBe(detail.clauses.filter((c) => c.status === 'omitted' && c.nearest).length);
    const theirs = new Set(zhangjiagang.blocks.flatMap((b) => [b.id, ...(b.rowIds ?? [])]));
    for (const a of toReference) expect(theirs.has(a.attribs.href!.replace('/plans/320582-women/#', '')), a.attribs.href).toBe(true);
    const ids = new Set([...html.matchAll(/ id="(d-[^"]+)"/g)].map((m) => m[1]));
    for (const a of toPlan) expect(ids.has(a.attribs.href!.slice(1)), a.attribs.href).toBe(true);
  });
});

describe('a table row without counterpart, and the paragraph of the other side that writes its indicator (杏花岭 children against 张家港 children)', () => {
  const xinghualing = loadPlan(`${ROOT}content/plans/140107-children.md`);
  const zhangjiagangChildren = loadPlan(`${ROOT}content/plans/320582-children.md`);
  const rows = alignWithPlan(xinghualing, zhangjiagangChildren);
  const html = reuseToHtml(rows, {
    planId: xinghualing.id, clusters: new Map(), clusterPages: new Set(), referenceHref: '/plans/320582-children/', tableRows: tableRowsOf(xinghualing.blocks),
  });
  const plain = html.replace(/<[^>]+>/g, '');

  it('names 张家港’s measure that writes 婚前医学检查率 beside 杏花岭’s row of it', () => {
    // 000_30ea770318f86718.txt:1608 the row 婚前医学检查率(%; 003_089270d5eef34d70.txt:509 张家港's
    // measure 2.做好出生缺陷防治 … 提高自愿婚前医学检查率 … (a row and a sentence: too few shared words to be near in wording).
    const row = rows.clauses.find((c) => c.status === 'original' && c.text.startsWith('婚前医学检查率'))!;
    expect(row.nearest?.names).toBe(true);
    expect(row.nearest?.text.startsWith('2.做好出生缺陷防治。')).toBe(true);
    expect(plain).toContain('基准中写到这一指标的一段：2.做好出生缺陷防治。');
  });

  it('names 杏花岭’s measure that writes 眼保健和视力检查覆盖率 beside 张家港’s row 杏花岭 lacks', () => {
    // 003:439 the row 0-6岁儿童眼保健和视力检查年覆盖率(% | 98; 000:2001 杏花岭's measure 9 … 提高儿童眼保健和视力检查覆盖率.
    const row = rows.clauses.find((c) => c.status === 'omitted' && c.kind === 'row' && (c.reference_text ?? '').includes('眼保健和视力检查年覆盖率'))!;
    expect(row.nearest).toMatchObject({ names: true });
    expect(row.nearest!.text.startsWith('9.有效控制和减少儿童近视。')).toBe(true);
    expect(plain).toContain('本规划中写到这一指标的一段：9.有效控制和减少儿童近视。');
  });

  it('names nothing beside a row whose indicator the other plan never writes', () => {
    // 000:1758 0-3岁儿童脑损伤筛查率(%: 张家港's text (003) has no 脑损伤 at all; its measures share
    // only 儿童 and 筛查率 with the row.
    const row = rows.clauses.find((c) => c.status === 'original' && c.text.startsWith('0-3岁儿童脑损伤筛查率'))!;
    expect(row.nearest ?? null).toBeNull();
  });
});

describe('on a default page, a hint toward a reconstructed clause without a page of its own', () => {
  it('links the plan paragraph whose wording the clause shows, and names its county', async () => {
    const { readdirSync } = await import('node:fs');
    const { buildCorpus } = await import('../../../src/lib/align/corpus.ts');
    const { alignPlan } = await import('../../../src/lib/align/align-plan.ts');
    const dir = `${ROOT}content/plans/`;
    const corpus = buildCorpus(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => loadPlan(dir + f)));
    const xinghualing = loadPlan(`${dir}140107-children.md`);
    const detail = alignPlan(corpus, xinghualing.id);
    const html = reuseToHtml(detail, {
      planId: xinghualing.id, clusters: new Map(), clusterPages: new Set(), referenceHref: null, tableRows: tableRowsOf(xinghualing.blocks),
    });
    const hinted = detail.clauses.filter((c) => c.status === 'original' && c.nearest);
    expect(hinted.length).toBeGreaterThan(0);
    for (const c of hinted) {
      // Every reconstructed clause shows one plan's wording (reconstruct.ts), so every hint has a link.
      const source = c.nearest!.source!;
      expect(source, c.anchor).toBeDefined();
      expect(html).toContain(`<a href="/plans/${source.plan}/#${source.anchor}">`);
    }
    // 000:1611 孕前优生健康检查率 (杏花岭's row): the template's paragraph that writes it, in its source plan.
    const row = detail.clauses.find((c) => c.status === 'original' && c.text.startsWith('孕前优生健康检查率'))!;
    expect(row.nearest).toMatchObject({ names: true });
    expect(html.replace(/<[^>]+>/g, '')).toContain(`（措辞出处：${row.nearest!.source!.county}）`);
  });
});

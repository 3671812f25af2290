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
    const toReference = links.filter((a) => a.parent && text(a.parent).startsWith('基准中用词最接近的一条：'));
    const toPlan = links.filter((a) => a.parent && text(a.parent).startsWith('本规划中用词最接近的一段：'));
    expect(toReference.length).toBe(detail.clauses.filter((c) => c.status === 'original' && c.nearest).length);
    expect(toPlan.length).toBe(detail.clauses.filter((c) => c.status === 'omitted' && c.nearest).length);
    const theirs = new Set(zhangjiagang.blocks.flatMap((b) => [b.id, ...(b.rowIds ?? [])]));
    for (const a of toReference) expect(theirs.has(a.attribs.href!.replace('/plans/320582-women/#', '')), a.attribs.href).toBe(true);
    const ids = new Set([...html.matchAll(/ id="(d-[^"]+)"/g)].map((m) => m[1]));
    for (const a of toPlan) expect(ids.has(a.attribs.href!.slice(1)), a.attribs.href).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The default diff pages (dist/plans/<id>/diff/) against their reconstructed template: the rule
 * the page states, every count on it, and the plan it offers where the reconstruction is thin.
 */
const DIST = process.env.DIST_DIR ?? 'dist';
const PLANS = process.env.PLANS_DIR ?? 'content/plans';

const ids = readdirSync(PLANS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
const provinceOf = new Map(ids.map((id) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(PLANS, `${id}.md`), 'utf8'));
  if (!front) throw new Error(`${PLANS}/${id}.md: no frontmatter`);
  return [id, (parse(front[1]!) as { province: string }).province];
}));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('each default diff page', () => {
  it('covers every plan', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    describe(id, () => {
      const html = readFileSync(join(DIST, 'plans', id, 'diff', 'index.html'), 'utf8');
      const rule = /只收至少 (\d+) 份其他规划/.exec(text(html));

      it('states the rule, and no clause it shows as from the template has fewer plans than the rule asks', () => {
        expect(rule, 'the page states how many other plans a common clause needs').not.toBeNull();
        const need = Number(rule![1]);
        const counts = [...text(html).matchAll(/其他 (\d+) 部规划有此条款/g)].map((m) => Number(m[1]));
        expect(counts.length).toBeGreaterThan(0);
        expect(counts.filter((n) => n < need)).toEqual([]);
        // The thin-domain note speaks of the same number.
        const thin = /本规划的条款很少有 (\d+) 部以上其他规划共有/.exec(text(html));
        if (thin) expect(Number(thin[1])).toBe(need);
      });

      it('counts the omitted clauses alike in the overview, the table and the list', () => {
        const overview = Number(/<span class="figure">(\d+)<\/span> 条基准条款/.exec(html)![1]);
        const list = html.slice(html.indexOf('id="clauses-h"'));
        // One 未找到 badge per omitted clause, plus the one in the legend above the list.
        const inList = (list.match(/class="status status-omitted"/g) ?? []).length - 1;
        const table = /<th scope="col">基准条款未找到<\/th><\/tr><\/thead><tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
        const column = [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th>(?:<td>[^<]*<\/td>){4}<td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1]!, Number(m[2])] as const);
        const [whole, ...domains] = column;
        expect(whole).toEqual(['全文', overview]);
        expect(inList).toBe(overview);
        // Omitted clauses outside the domain sections have no row of their own.
        expect(domains.reduce((s, [, n]) => s + n, 0)).toBeLessThanOrEqual(overview);
      });

      it('offers, where the reconstruction is thin, the nearest plan of its own province by name when there is one', () => {
        const note = /<p class="thin-note">([\s\S]*?)<\/p>/.exec(html)?.[1];
        if (note === undefined) return expect(html).not.toContain('不足以对照');
        const offered = /\?reference=(\d{6}-(?:women|children))">([^<]+)的规划<\/a>/.exec(note);
        expect(offered, 'the thin note names a plan to compare with').not.toBeNull();
        const sameProvince = ids.filter((o) => o !== id && o.endsWith(id.slice(6)) && provinceOf.get(o) === provinceOf.get(id));
        if (sameProvince.length) expect(sameProvince).toContain(offered![1]);
      });
    });
  }
});

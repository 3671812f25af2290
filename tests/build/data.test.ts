import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { TargetSchema } from '../../src/lib/targets/schema.ts';

const read = (path: string) => readFileSync(`dist/${path}`, 'utf8');

describe('open data in dist/data', () => {
  const targets = JSON.parse(read('data/targets.json')) as unknown[];

  it('publishes every target as a record of the documented shape', () => {
    expect(targets.length).toBeGreaterThan(300);
    for (const t of targets) TargetSchema.parse(t);
  });

  it('links every published number to a paragraph that exists on its plan page', () => {
    const pages = new Map<string, string>();
    for (const t of targets as { source: { url: string; text: string } }[]) {
      const [path, anchor] = t.source.url.split('#');
      if (!pages.has(path!)) pages.set(path!, read(`${path!.slice(1)}index.html`));
      expect(pages.get(path!), t.source.url).toContain(`id="${anchor}"`);
    }
  });

  it('states 盐湖区’s primary-school myopia target as ≤38 % with its sentence', () => {
    const t = (targets as { county_code: string; indicator: string; comparator: string; value: number; source: { text: string } }[])
      .find((x) => x.county_code === '140802' && x.indicator === 'myopia-primary');
    expect(t).toMatchObject({ comparator: '<=', value: 38 });
    expect(t!.source.text).toContain('小学生近视率降至38%以下');
  });

  it('gives Excel a CSV with a BOM, one header row and one row per target', () => {
    const csv = read('data/targets.csv');
    expect(csv.startsWith('\uFEFFcounty_code,county,province,plan_type,indicator')).toBe(true);
    const lines = csv.trim().split('\r\n');
    // Quoted fields never contain a bare CRLF from plan text (sentences are single lines).
    expect(lines.length).toBe(targets.length + 1);
  });

  it('publishes the indicator dictionary with the core indicators', () => {
    const dictionary = JSON.parse(read('data/indicators.json')) as { id: string }[];
    for (const id of ['maternal-mortality', 'myopia-primary', 'myopia-junior', 'myopia-senior', 'childcare-slots']) {
      expect(dictionary.map((d) => d.id)).toContain(id);
    }
  });
});

describe('reuse data in dist/data/reuse.json', () => {
  const reuse = JSON.parse(read('data/reuse.json')) as import('../../src/lib/align/reuse-schema.ts').Reuse[];

  it('has one valid record per plan', async () => {
    const { ReuseSchema } = await import('../../src/lib/align/reuse-schema.ts');
    expect(reuse.map((r) => r.plan).sort()).toEqual([
      '140107-children', '140107-women', '140802-children', '140802-women', '320582-children', '320582-women',
      '520526-children', '520526-women', '650502-children',
    ]);
    for (const r of reuse) ReuseSchema.parse(r);
  });

  // 伊州's myopia goal (004_7ac99738bb49d3ff.txt:35) is worded like 盐湖's alone (001_23d5c46fb19a73e3.txt:274);
  // 威宁 (002_19b4bc2005f807a8.txt:569) says 65% and 76%: no wording two other plans share, so it is 改动.
  it('shows 伊州区’s child-mortality targets departing from the common wording, and its myopia goal as reworded', () => {
    const yizhou = reuse.find((r) => r.plan === '650502-children')!;
    expect(yizhou.reference.kind).toBe('reconstructed');
    const changed = yizhou.clauses.flatMap((c) => c.numbers_changed.map((n) => n.to));
    expect(changed).toEqual(expect.arrayContaining(['4.2‰', '6.5‰', '9.6‰']));
    const page = read('plans/650502-children/index.html');
    const myopia = yizhou.clauses.find((c) => c.status !== 'omitted' && page.includes(`id="${c.anchor}"`) && new RegExp(`id="${c.anchor}"[^>]*>(?:<[^>]+>)*[^<]*小学生近视率降至38%`).test(page));
    expect(myopia?.status).toBe('modified');
    expect(myopia?.numbers_changed.map((n) => `${n.from}→${n.to}`)).toEqual(expect.arrayContaining(['65%→60%', '76%→70%']));
  });
});

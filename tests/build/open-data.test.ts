import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Parser } from 'htmlparser2';
import { TargetSchema } from '../../src/lib/targets/schema.ts';
import { PlanRecordSchema } from '../../src/lib/data/plan-record.ts';
import { SourcesFileSchema } from '../../src/lib/data/release.ts';
import { PlanCompareDataSchema } from '../../src/lib/compare/schema.ts';
import { CslDataSchema } from '../../src/lib/cite/csl-schema.ts';
import { COMPARATOR_CODE_ZH, headerOf, headerZhOf, PLANS_TABLE, TARGETS_TABLE } from '../../src/lib/data/tables.ts';
import { restoreFormula } from '../../src/lib/data/csv.ts';

const read = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const PLAN_IDS = readdirSync('content/plans').filter((f) => /^\d{6}-(women|children)\.md$/.test(f)).map((f) => f.slice(0, -3)).sort();

/** A CSV file as Excel sees it: BOM, CRLF, RFC 4180 quoting; every row as many fields as the header. */
function readCsv(path: string): Record<string, string>[] {
  const text = read(path);
  expect(text.startsWith('\uFEFF'), `${path} starts with a BOM`).toBe(true);
  expect(text.replace(/\r\n/g, '').includes('\n'), `${path} ends lines with CRLF`).toBe(false);
  // Cells are read back as written, less the ' that makes a formula-like cell inert (src/lib/data/csv.ts).
  return parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n', relax_column_count: false, skip_empty_lines: false, cast: (value) => restoreFormula(value) }) as Record<string, string>[];
}

const num = (s: string) => (s === '' ? null : Number(s));
const targets = JSON.parse(read('data/targets.json')) as import('../../src/lib/targets/schema.ts').Target[];
const sources = SourcesFileSchema.parse(JSON.parse(read('data/sources.json')));
const release = sources.release.id;

/** A targets.csv row back as the target record it was written from. */
function rowToTarget(r: Record<string, string>) {
  return TargetSchema.parse({
    county_code: r.county_code, county: r.county, province: r.province, plan_type: r.plan_type, indicator: r.indicator || null,
    // The CSVs print a value as the plan prints it (value_text); every value of the real plans has a printing.
    label: r.label, comparator: r.comparator, value: num(r.value!), value_text: r.value || null, unit: r.unit, year: Number(r.year),
    baseline: r.baseline_year ? { year: Number(r.baseline_year), value: Number(r.baseline_value), value_text: r.baseline_value || null } : null,
    nature: r.nature || null,
    agencies: { lead: r.lead_agencies ? r.lead_agencies.split('；') : [], responsible: r.responsible_agencies ? r.responsible_agencies.split('；') : [] },
    source: { url: r.source_url, text: r.source_text },
    section_kind: r.section_kind,
    contradicted_by: r.contradicted_by ? r.contradicted_by.split('；').map((c) => ({ value: Number(c.slice(0, c.indexOf(' '))), value_text: c.slice(0, c.indexOf(' ')), url: c.slice(c.indexOf(' ') + 1) })) : [],
  });
}

/** A plans.csv row (or the plan columns of a targets row) back as the plan record. */
function rowToPlan(r: Record<string, string>, title = r.title) {
  return PlanRecordSchema.parse({
    plan_id: r.plan_id, title, plan_type: r.plan_type, county_code: r.county_code, county: r.county, prefecture: r.prefecture, province: r.province,
    doc_number: r.doc_number, issuer: r.issuer, signed: r.signed, published: r.published, source_site: r.source_site, official_url: r.official_url,
    period_start: Number(r.period_start), period_end: Number(r.period_end), target_year: Number(r.target_year), page: r.page, source_file: r.source_file,
  });
}

describe('plans.csv', () => {
  const rows = readCsv('data/plans.csv');
  const plans = rows.map((r) => rowToPlan(r));

  it('has one valid row per plan, with the documented columns', () => {
    expect(Object.keys(rows[0]!)).toEqual(headerOf(PLANS_TABLE));
    expect(plans.map((p) => p.plan_id).sort()).toEqual(PLAN_IDS);
    for (const r of rows) expect(r.release).toBe(release);
  });

  it('states 盐湖区’s 文号, issuer and signing date, and leaves unknown facts empty', () => {
    // 001_23d5c46fb19a73e3.txt:1 运盐政发〔2023〕7号, :9 运城市盐湖区人民政府, :10 2023年4月20日; no publication date or URL (seeds README).
    expect(plans.find((p) => p.plan_id === '140802-women')).toMatchObject({ doc_number: '运盐政发〔2023〕7号', issuer: '运城市盐湖区人民政府', signed: '2023-04-20', published: '', official_url: '', period_start: 2021, period_end: 2025 });
    // 004_7ac99738bb49d3ff.txt: no issuer, 文号 or date in the text.
    expect(plans.find((p) => p.plan_id === '650502-children')).toMatchObject({ doc_number: '', issuer: '', signed: '', published: '' });
  });

  it('as JSON: the same records', () => {
    expect((JSON.parse(read('data/plans.json')) as unknown[]).map((p) => PlanRecordSchema.parse(p))).toEqual(plans);
  });

  it('in Chinese: the same rows with Chinese headers and 妇女/儿童', () => {
    const zh = readCsv('data/plans-zh.csv');
    expect(Object.keys(zh[0]!)).toEqual(headerZhOf(PLANS_TABLE));
    expect(zh.map((r) => r['规划类型'])).toEqual(rows.map((r) => (r.plan_type === 'women' ? '妇女' : '儿童')));
  });
});

describe('targets.csv and targets-zh.csv', () => {
  const rows = readCsv('data/targets.csv');

  it('hold every published target, field for field, with its plan’s metadata and the release', () => {
    expect(Object.keys(rows[0]!)).toEqual(headerOf(TARGETS_TABLE));
    expect(rows.map(rowToTarget)).toEqual(targets);
    const plans = new Map(readCsv('data/plans.csv').map((r) => [r.plan_id, rowToPlan(r)]));
    for (const r of rows) {
      expect(rowToPlan(r, r.plan_title)).toEqual(plans.get(r.plan_id!));
      expect(r.release).toBe(release);
    }
  });

  it('in Chinese: headers and codes in Chinese, the same values', () => {
    const zh = readCsv('data/targets-zh.csv');
    expect(Object.keys(zh[0]!)).toEqual(headerZhOf(TARGETS_TABLE));
    expect(zh).toHaveLength(rows.length);
    zh.forEach((z, i) => {
      const en = rows[i]!;
      expect(z['比较符']).toBe(COMPARATOR_CODE_ZH[en.comparator as keyof typeof COMPARATOR_CODE_ZH]);
      expect(z['规划类型']).toBe(en.plan_type === 'women' ? '妇女' : '儿童');
      expect(z['数值']).toBe(en.value);
      expect(z['出处原文']).toBe(en.source_text);
    });
    // 001_23d5c46fb19a73e3.txt:27 孕产妇死亡率下降到12.5/10万以内 → ≤ 12.5.
    expect(zh.find((z) => z['规划编号'] === '140802-women' && z['指标编号'] === 'maternal-mortality')).toMatchObject({ 比较符: '≤', 数值: '12.5', 文号: '运盐政发〔2023〕7号' });
  });

  it('split by indicator, by plan and by comparison, row for row as in targets.csv', () => {
    const byPath = new Map<string, Record<string, string>[]>();
    for (const dir of ['indicators', 'targets', 'compare']) {
      const files = readdirSync(`dist/data/${dir}`).filter((f) => f.endsWith('.csv'));
      expect(files.length, dir).toBeGreaterThan(0);
      for (const f of files) byPath.set(`${dir}/${f}`, readCsv(`data/${dir}/${f}`));
    }
    const key = (r: Record<string, string>) => JSON.stringify(r);
    const all = new Set(rows.map(key));
    for (const [path, list] of byPath) for (const r of list) expect(all.has(key(r)), path).toBe(true);
    expect(byPath.get('indicators/maternal-mortality.csv')!.length).toBe(rows.filter((r) => r.indicator === 'maternal-mortality').length);
    expect(byPath.get('targets/140802-women.csv')!.length).toBe(rows.filter((r) => r.plan_id === '140802-women').length);
    const pair = [...byPath.keys()].find((p) => p.startsWith('compare/'))!;
    const ids = pair.slice('compare/'.length, -'.csv'.length).split('--');
    expect(byPath.get(pair)!.map((r) => r.plan_id)).toEqual(rows.filter((r) => ids.includes(r.plan_id!)).sort((a, b) => ids.indexOf(a.plan_id!) - ids.indexOf(b.plan_id!)).map((r) => r.plan_id));
  });
});

describe('sources.json', () => {
  it('lists every raw source with the SHA-256 of its bytes and the corpus checksum', () => {
    const files = readdirSync('content/sources').filter((f) => !f.endsWith('.yaml') && f !== 'README.md').sort();
    expect(sources.sources.map((s) => s.file)).toEqual(files);
    for (const s of sources.sources) {
      const bytes = readFileSync(`content/sources/${s.file}`);
      expect(s.sha256, s.file).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(s.bytes).toBe(bytes.length);
    }
    const lines = sources.sources.map((s) => `${s.sha256}  ${s.file}\n`).join('');
    expect(sources.release.corpus_sha256).toBe(createHash('sha256').update(lines).digest('hex'));
    expect(sources.release.id).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}(\+modified)?$/);
  });

  it('gives each source’s publication facts from its sidecar', () => {
    // 003_089270d5eef34d70.txt:6 2021-12-31, :7 2022-01-04, :8 张政办〔2021〕131号.
    expect(sources.sources.find((s) => s.file === '003_089270d5eef34d70.txt')).toMatchObject({ plans: ['320582-women', '320582-children'], signed: '2021-12-31', published: '2022-01-04', doc_number: '张政办〔2021〕131号' });
  });
});

describe('per-plan files', () => {
  it('each plan’s JSON carries its metadata record and validates', () => {
    for (const id of PLAN_IDS) {
      const data = PlanCompareDataSchema.parse(JSON.parse(read(`data/plans/${id}.json`)));
      expect(data.meta.plan_id).toBe(id);
    }
  });

  it('each plan’s BibTeX parses without errors and its CSL-JSON is valid CSL data', () => {
    for (const id of PLAN_IDS) {
      const { entries, errors } = parseBibtex(read(`data/cite/${id}.bib`));
      expect(errors, id).toEqual([]);
      expect(entries.map((e) => e.key)).toEqual([`liangui-${id}`]);
      const [item] = CslDataSchema.parse(JSON.parse(read(`data/cite/${id}.json`)));
      expect(item!.id).toBe(id);
      expect(entries[0]!.fields.title).toBe(item!.title);
    }
  });
});

/** The <head> meta tags of a page, by name, in order (Zotero reads only those in <head>). */
function headMeta(html: string): [string, string][] {
  const tags: [string, string][] = [];
  let inHead = false;
  const parser = new Parser({
    onopentag(name, a) {
      if (name === 'head') inHead = true;
      if (inHead && name === 'meta' && a.name) tags.push([a.name, a.content ?? '']);
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
    },
  });
  parser.write(html);
  parser.end();
  return tags;
}

describe('citation_* tags on plan pages (Zotero’s Embedded Metadata translator)', () => {
  it('put title, author, date, report institution and number, and the page URL in <head>', () => {
    // 001_23d5c46fb19a73e3.txt:1 运盐政发〔2023〕7号, :9 运城市盐湖区人民政府, :10 2023年4月20日, :12 盐湖区妇女发展“十四五”规划.
    const tags = Object.fromEntries(headMeta(read('plans/140802-women/index.html')).filter(([n]) => n.startsWith('citation_')));
    expect(tags).toMatchObject({
      citation_title: '盐湖区妇女发展“十四五”规划',
      citation_author: '运城市盐湖区人民政府',
      citation_publication_date: '2023/04/20',
      citation_technical_report_institution: '运城市盐湖区人民政府',
      citation_technical_report_number: '运盐政发〔2023〕7号',
    });
    expect(tags.citation_public_url).toMatch(/^https?:\/\/[^/]+\/plans\/140802-women\/$/);
  });

  it('on every plan page: exactly one title, and an author only where the issuer is known', () => {
    const plans = new Map(readCsv('data/plans.csv').map((r) => [r.plan_id!, r]));
    for (const id of PLAN_IDS) {
      const tags = headMeta(read(`plans/${id}/index.html`));
      expect(tags.filter(([n]) => n === 'citation_title').map(([, v]) => v)).toEqual([plans.get(id)!.title]);
      expect(tags.filter(([n]) => n === 'citation_author').map(([, v]) => v)).toEqual(plans.get(id)!.issuer ? [plans.get(id)!.issuer] : []);
    }
  });

  it('show the GB/T 7714 reference without JavaScript', () => {
    const html = read('plans/140802-women/index.html');
    expect(html).toMatch(/运城市盐湖区人民政府\. 盐湖区妇女发展“十四五”规划\[EB\/OL\]\. \(2023-04-20\)\[(\d{4}-\d{2}-\d{2}|引用日期)\]\. https?:\/\/[^ ]+\/plans\/140802-women\/\./);
  });
});

/**
 * npm run add's core: a county's .docx (made here from a seed) is copied byte for byte and gets a
 * sidecar drafted from what the document states, each value with where it was read; nothing it
 * does not state is filled in.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addSource } from '../../../src/lib/intake/add-fs.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { seedParts, seedToDocx } from '../../support/document-fixtures.ts';
import { scratchDir } from '../ingest/helpers.ts';
import { esc } from '../../../src/lib/html/escape.ts';

async function docxOf(stem: string, dir: string): Promise<string> {
  const path = join(dir, `${stem}.docx`);
  writeFileSync(path, await seedToDocx(seedParts(readFileSync(`content/sources/${stem}.txt`, 'utf8'))));
  return path;
}

function freshSources(): { dir: string; sources: string } {
  const dir = scratchDir();
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  copyFileSync('content/sources/000_30ea770318f86718.txt', join(sources, '000_30ea770318f86718.txt'));
  copyFileSync('content/sources/000_30ea770318f86718.yaml', join(sources, '000_30ea770318f86718.yaml'));
  return { dir, sources };
}

describe('adding 盐湖区 from its .docx with the official URL', async () => {
  const { dir, sources } = freshSources();
  const file = await docxOf('001_23d5c46fb19a73e3', dir);
  const added = addSource({ file, url: 'https://www.example.gov.cn/plan.html', sourcesDir: sources, today: '2026-12-01' });
  const text = readFileSync(added.sidecarPath, 'utf8');
  const sidecar = parse(text);

  it('copies the document byte for byte under the next number and its digest', () => {
    expect(added.sourcePath).toMatch(/\/001_[0-9a-f]{16}\.docx$/);
    expect(readFileSync(added.sourcePath).equals(readFileSync(file))).toBe(true);
  });
  it('fills every field the document states, as the text prints it', () => {
    expect(sidecar).toMatchObject({
      county: '盐湖区', // 001_23d5c46fb19a73e3.txt:12 盐湖区妇女发展“十四五”规划
      county_code: '140802', // the only 盐湖区 in GB/T 2260 (seeds README)
      province: '山西省',
      prefecture: '运城市',
      plans: ['women', 'children'], // 001:12 and the children's title
      issuer: '运城市盐湖区人民政府', // 001:9
      doc_number: '运盐政发〔2023〕7号', // 001:1
      signed: '2023-04-20', // 001:10 2023年4月20日
      published: '', // the file states none
      source_url: 'https://www.example.gov.cn/plan.html',
    });
  });
  it('says where each value was read', () => {
    expect(text).toMatch(/^issuer: "运城市盐湖区人民政府" # line 9: 运城市盐湖区人民政府$/m);
    expect(text).toMatch(/^signed: "2023-04-20" # the notice's date, line 10: 2023年4月20日$/m);
    expect(text).toMatch(/^published: "" # not stated: fill in$/m);
  });
  it('is a sidecar the ingest accepts', () => {
    expect(readSidecar(added.sidecarPath, text).county_code).toBe('140802');
  });
  it('refuses the same document a second time', () => {
    expect(() => addSource({ file, url: null, sourcesDir: sources, today: '2026-12-01' })).toThrow(`already added as ${added.sourcePath}`);
  });
});

describe('adding 威宁 from its .docx without a URL', async () => {
  const { dir, sources } = freshSources();
  const added = addSource({ file: await docxOf('002_19b4bc2005f807a8', dir), url: null, sourcesDir: sources, today: '2026-12-01' });
  const text = readFileSync(added.sidecarPath, 'utf8');
  const sidecar = parse(text);

  it('gives no code for 威宁自治县, the short name the plan uses (the list has 威宁彝族回族苗族自治县)', () => {
    expect(sidecar.county).toBe('威宁自治县'); // 002_19b4bc2005f807a8.txt:38
    expect(sidecar.county_code).toBe('');
    expect(sidecar.province).toBe('');
    expect(added.facts.check[0]).toMatch(/^county_code: no division is named 威宁自治县/);
    expect(() => readSidecar(added.sidecarPath, text)).toThrow('county_code is missing');
  });
  it('prefers the 文号 printed whole on the page over the damaged one in the notice, and says so', () => {
    expect(sidecar.doc_number).toBe('威府发〔2023〕4号'); // 002:11; the notice prints 威府发〔20234 (002:26)
    expect(added.facts.check.some((c) => c.includes('威府发〔20234'))).toBe(true);
  });
  it('reads the dates and the 索引号 from the page', () => {
    expect(sidecar.signed).toBe('2023-05-05'); // 002:35 "202355"
    expect(sidecar.published).toBe('2023-05-22'); // 002:9, under 生成日期
    expect(sidecar.notes).toBe('Index no. 000014349/2023-1415116.'); // 002:4–5
  });
  it('invents no URL', () => {
    expect(sidecar.source_url).toBe('');
    expect(text).toMatch(/^source_url: "" # not given: never guessed/m);
  });
});

describe('adding 盐湖区 from its saved web page', () => {
  const { dir, sources } = freshSources();
  // 001_23d5c46fb19a73e3.txt as the page of its site would show it; the site names itself in the <title>.
  const paragraphs = readFileSync('content/sources/001_23d5c46fb19a73e3.txt', 'utf8').split('\n').filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`);
  const file = join(dir, 'plan.html');
  writeFileSync(file, `<html><head><meta charset="utf-8"><title>盐湖区妇女发展“十四五”规划_运城市盐湖区人民政府</title></head><body>${paragraphs.join('\n')}</body></html>`);
  const added = addSource({ file, url: null, sourcesDir: sources, today: '2026-12-01' });
  const text = readFileSync(added.sidecarPath, 'utf8');

  it('takes source_site from the page, saying where', () => {
    expect(parse(text).source_site).toBe('运城市盐湖区人民政府');
    expect(text).toMatch(/^source_site: "运城市盐湖区人民政府" # the page's <title>: 盐湖区妇女发展“十四五”规划_运城市盐湖区人民政府$/m);
  });
  it('leaves it empty for a Word document, which names no site', async () => {
    const other = freshSources();
    const fromWord = addSource({ file: await docxOf('001_23d5c46fb19a73e3', other.dir), url: null, sourcesDir: other.sources, today: '2026-12-01' });
    expect(readFileSync(fromWord.sidecarPath, 'utf8')).toMatch(/^source_site: "" # not stated: fill in$/m);
  });
});

describe('refusals', () => {
  it('a file of another kind', () => {
    const { dir, sources } = freshSources();
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, 'x');
    expect(() => addSource({ file, url: null, sourcesDir: sources, today: '2026-12-01' })).toThrow(`${file}: a .xlsx cannot be added (add a .docx, .doc, .pdf, a saved .html page or a .txt)`);
    expect(readdirSync(sources)).toHaveLength(2);
  });
  it('a .wps document is not copied in', () => {
    const { dir, sources } = freshSources();
    const file = join(dir, 'plan.wps');
    writeFileSync(file, 'x');
    expect(() => addSource({ file, url: null, sourcesDir: sources, today: '2026-12-01' })).toThrow('a WPS .wps document cannot be read here');
    expect(readdirSync(sources)).toHaveLength(2);
  });
});

describe('a county already in the sources', () => {
  it('is not added again from another file', async () => {
    const { dir, sources } = freshSources();
    // 000_30ea770318f86718.yaml holds 140107's two plans; a .docx of the same seed names 杏花岭区 again.
    const file = await docxOf('000_30ea770318f86718', dir);
    expect(() => addSource({ file, url: null, sourcesDir: sources, today: '2026-12-01' })).toThrow(`${file}: the women's and children's plans of 杏花岭区 (140107) are already in ${join(sources, '000_30ea770318f86718.txt')} (if this document replaces it, delete that source and its .yaml first)`);
    expect(readdirSync(sources)).toHaveLength(2);
  });
});

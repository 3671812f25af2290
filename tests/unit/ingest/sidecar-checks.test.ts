/** Sidecars are read as carefully as sources: encoding, county code, dates, URL. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSidecarWithWarnings } from '../../../src/lib/ingest/sidecar.ts';
import { formatIngestError, isIngestError } from '../../../src/lib/ingest/errors.ts';
import { decodeSource } from '../../../src/lib/ingest/decode.ts';
import { BASE_SIDECAR, BASE_TEXT, ingestText } from './hostile-support.ts';

const PATH = 'content/sources/plan.yaml';

function outcome(text: string | Uint8Array): string {
  try {
    const { sidecar, warnings } = readSidecarWithWarnings(PATH, typeof text === 'string' ? Buffer.from(text) : text);
    return `(accepted) ${sidecar.county} ${sidecar.county_code}${warnings.length ? ` | ${warnings.join(' | ')}` : ''}`;
  } catch (error) {
    if (!isIngestError(error)) throw error;
    return formatIngestError(error);
  }
}

describe('a sidecar', () => {
  it('in GBK is read as GB18030, not as mojibake, and the report says so', () => {
    expect(outcome(iconv.encode(BASE_SIDECAR, 'gbk'))).toBe(`(accepted) 盐湖区 140802 | ${PATH}: the sidecar is encoded in GB18030, not UTF-8; read as GB18030`);
  });
  it('with an unquoted county_code 010101 names the code as written, not as the number YAML made of it', () => {
    expect(outcome(BASE_SIDECAR.replace('county_code: "140802"', 'county_code: 010101'))).toBe(`${PATH}: county_code 010101 is not quoted, so YAML reads it as the number 10101 (quote it, county_code: "010101", so leading zeros survive)`);
  });
  it('with a code of no province (000000) is refused', () => {
    expect(outcome(BASE_SIDECAR.replace('"140802"', '"000000"'))).toBe(`${PATH}: county_code "000000" is no GB/T 2260 code: no province has the code 00 (look the county up in the GB/T 2260 list (山西省 codes start with 14, e.g. 140107))`);
  });
  it('with a code of another province is refused (320582 is 江苏省 张家港市)', () => {
    expect(outcome(BASE_SIDECAR.replace('"140802"', '"320582"'))).toBe(`${PATH}: county_code "320582" is in 江苏省, but the sidecar says province: 山西省 (correct county_code or province (江苏省 codes start with 32))`);
  });
  it('with a code GB/T 2260 does not list, in the right province, is accepted with a warning', () => {
    expect(outcome(BASE_SIDECAR.replace('"140802"', '"149901"'))).toBe(`(accepted) 盐湖区 149901 | ${PATH}: county_code "149901" is not in the bundled GB/T 2260 list (2002–2016 revisions and the current list); check it`);
  });
  it('with a historic code is accepted without a warning (652201 哈密市, 伊州区 since 2016)', () => {
    expect(outcome(BASE_SIDECAR.replace('"140802"', '"652201"').replace('山西省', '新疆维吾尔自治区'))).toBe('(accepted) 盐湖区 652201');
  });
  for (const [date, why] of [['2023-13-40', 'month 13'], ['2023-02-29', 'not a leap year'], ['2023-04-31', 'April has 30 days'], ['0000-01-01', 'year 0']]) {
    it(`with signed: "${date}" is refused (${why})`, () => {
      expect(outcome(BASE_SIDECAR.replace('signed: "2023-04-20"', `signed: "${date}"`))).toBe(`${PATH}: signed "${date}" is not a date in the calendar (check it against the document; "" where unknown)`);
    });
  }
  it('with published: 2024-02-29 (a leap day) is accepted', () => {
    expect(outcome(BASE_SIDECAR.replace('published: ""', 'published: "2024-02-29"'))).toBe('(accepted) 盐湖区 140802');
  });
  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/plans/x', 'ftp://example.org/a']) {
    it(`with source_url: ${url} is refused`, () => {
      expect(outcome(BASE_SIDECAR.replace('source_url: ""', `source_url: "${url}"`))).toBe(`${PATH}: source_url "${url}" is not an http(s) address (give the official page as https://… or http://…, or "" where unknown)`);
    });
  }
  it('with an https source_url is accepted', () => {
    expect(outcome(BASE_SIDECAR.replace('source_url: ""', 'source_url: "https://www.yanhu.gov.cn/a/1.html"'))).toBe('(accepted) 盐湖区 140802');
  });
});

describe('a source', () => {
  it('in UTF-16 with its byte-order mark is read, not refused as binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE_TEXT, 'utf16le')]);
    expect(decodeSource(le)).toEqual({ ok: true, text: BASE_TEXT, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeSource(be)).toEqual({ ok: true, text: BASE_TEXT, encoding: 'utf-16be' });
    expect(ingestText(le).plans[0]!.content).toBe(ingestText(BASE_TEXT).plans[0]!.content);
  });
  it('whose title states a period that ends before it starts (2030—2021) is refused', () => {
    // 001_23d5c46fb19a73e3.txt:12 "盐湖区妇女发展“十四五”规划"
    expect(() => ingestText(BASE_TEXT.replace('盐湖区妇女发展“十四五”规划\n', '盐湖区妇女发展规划(2030—2021年)\n'))).toThrow(/the title "盐湖区妇女发展规划\(2030—2021年\)" states the period 2030–2021, which ends before it starts/);
  });
});

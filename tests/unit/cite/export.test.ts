import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { bibtexEntry, citationMetaTags, cslItems, escapeBibtex } from '../../../src/lib/cite/export.ts';
import { CslDataSchema } from '../../../src/lib/cite/csl-schema.ts';
import { realPlanRecord } from './plan-record.ts';

const yanhu = realPlanRecord('140802-women');
const yizhou = realPlanRecord('650502-children');
const URL_ = 'https://liangui.example/plans/140802-women/';

describe('citation_* meta tags (Zotero Embedded Metadata / Google Scholar conventions)', () => {
  it('describes 盐湖区’s plan as a report by its government, with its 文号 as the report number', () => {
    // 001_23d5c46fb19a73e3.txt:1 运盐政发〔2023〕7号, :9 运城市盐湖区人民政府, :10 2023年4月20日.
    expect(Object.fromEntries(citationMetaTags(yanhu, URL_))).toEqual({
      citation_title: '盐湖区妇女发展“十四五”规划',
      citation_author: '运城市盐湖区人民政府',
      citation_publication_date: '2023/04/20',
      citation_publisher: '运城市盐湖区人民政府',
      citation_technical_report_institution: '运城市盐湖区人民政府',
      citation_technical_report_number: '运盐政发〔2023〕7号',
      citation_language: 'zh',
      citation_public_url: URL_,
      citation_fulltext_html_url: URL_,
    });
  });

  it('leaves out what 伊州区’s text does not state: no author, date or number', () => {
    const names = citationMetaTags(yizhou, 'https://liangui.example/plans/650502-children/').map(([n]) => n);
    expect(names).toEqual(['citation_title', 'citation_language', 'citation_public_url', 'citation_fulltext_html_url']);
  });
});

describe('BibTeX', () => {
  it('round-trips through a BibTeX parser with every fact intact', () => {
    const { entries, errors } = parseBibtex(bibtexEntry(yanhu, URL_));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e.type).toBe('techreport');
    expect(e.key).toBe('liangui-140802-women');
    expect(e.fields.author).toEqual([{ name: '运城市盐湖区人民政府' }]);
    expect(e.fields.title).toBe('盐湖区妇女发展“十四五”规划');
    expect(e.fields.number).toBe('运盐政发〔2023〕7号');
    expect(e.fields.date).toBe('2023-04-20');
    expect(e.fields.url).toBe(URL_);
  });

  it('escapes BibTeX’s special characters so a title cannot break the entry', () => {
    const tricky = { ...yanhu, title: '规划 {试行} 100% & #1_a~b^c\\d' };
    const { entries, errors } = parseBibtex(bibtexEntry(tricky, URL_));
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe('规划 {试行} 100% & #1_a~b^c\\d');
    expect(escapeBibtex('{a}')).toBe('\\{a\\}');
  });

  it('is a @misc entry without author when the issuer is unknown', () => {
    const { entries, errors } = parseBibtex(bibtexEntry(yizhou, 'https://liangui.example/plans/650502-children/'));
    expect(errors).toEqual([]);
    expect(entries[0]!.type).toBe('misc');
    expect(entries[0]!.fields.author).toBeUndefined();
  });
});

describe('CSL-JSON', () => {
  it('is valid CSL data: a report with a literal author, the 文号 as number and the date as date-parts', () => {
    const items = CslDataSchema.parse(cslItems(yanhu, URL_));
    expect(items[0]).toMatchObject({ type: 'report', author: [{ literal: '运城市盐湖区人民政府' }], number: '运盐政发〔2023〕7号', issued: { 'date-parts': [[2023, 4, 20]] } });
  });

  it('has no issued date or author where the text gives none', () => {
    const [item] = CslDataSchema.parse(cslItems(yizhou, 'https://liangui.example/plans/650502-children/'));
    expect(item!.issued).toBeUndefined();
    expect(item!.author).toBeUndefined();
  });
});

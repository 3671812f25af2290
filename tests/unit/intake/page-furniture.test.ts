/**
 * A county's PDF prints a page number on every page and a running head at the top of every page
 * but the first. Neither is plan text: both leave the text, each is listed in the ingest report with
 * its page and reason, and a sentence a page break cut in two reads whole again.
 */
import { readFileSync } from 'node:fs';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { ingestSource, type SourceResult } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { PAGE_NUMBER_REASON, RUNNING_HEAD_REASON, removePageFurniture, type PageLine } from '../../../src/lib/intake/page-furniture.ts';
import { seedParts, seedToPdf, type PageFurniture } from '../../support/document-fixtures.ts';

const squeezeSpaces = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[ \u00a0\u3000]+/g, ' '));

function ingest(stem: string, name: string, bytes: Uint8Array): SourceResult {
  const sidecar = readSidecar(`content/sources/${stem}.yaml`, readFileSync(`content/sources/${stem}.yaml`, 'utf8'));
  return ingestSource({ name, path: `content/sources/${name}`, bytes, sidecar });
}

const planText = (result: SourceResult) => squeezeSpaces({
  notice: result.notice?.text ?? null,
  plans: result.plans.map((p) => ({ id: p.id, title: p.frontmatter.title, period: p.frontmatter.period, blocks: p.blocks })),
});

/** Each page's first line of text below the running head, as the PDF places it. */
async function pageTops(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { items } = await extractTextItems(pdf);
  await pdf.destroy();
  // A4 is 842 points high; the body starts below the 56-point margin, the running head above it.
  return items.map((page) => {
    const body = page.filter((item) => item.str.trim() !== '' && item.y < 842 - 56 && item.y > 56).sort((a, b) => b.y - a.y || a.x - b.x);
    const top = body[0]?.y;
    return body.filter((item) => item.y === top).map((item) => item.str).join('');
  });
}

describe.each([
  // 001_23d5c46fb19a73e3.txt:12 the women's plan's title, repeated as the running head: the first page's title stays.
  { stem: '001_23d5c46fb19a73e3', furniture: { pageNumber: (n: number) => `— ${n} —`, runningHead: '盐湖区妇女发展“十四五”规划' } },
  // 003_089270d5eef34d70.txt: a county whose PDF numbers its pages 第n页 and heads them with the issuer.
  { stem: '003_089270d5eef34d70', furniture: { pageNumber: (n: number) => `第${n}页`, runningHead: '张家港市人民政府' } },
] satisfies { stem: string; furniture: PageFurniture }[])('seed $stem as a PDF with page numbers and a running head', ({ stem, furniture }) => {
  const seed = readFileSync(`content/sources/${stem}.txt`);
  const seedLines = seed.toString('utf8').split('\n').map((l) => l.trim().replace(/\s+/g, '')).filter(Boolean);

  it('reads to the same plans as the seed, its furniture listed page by page in the report', async () => {
    const bytes = await seedToPdf(seedParts(seed.toString('utf8')), furniture);
    // Uncompressed, so the page objects can be counted in the file itself.
    const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(5);

    // At least one page starts inside a paragraph: its first line begins no line of the seed.
    const tops = await pageTops(bytes);
    const midSentence = tops.slice(1).filter((top) => !seedLines.some((line) => line.startsWith(top.replace(/\s+/g, '').slice(0, 8))));
    expect(midSentence.length).toBeGreaterThan(0);

    const result = ingest(stem, `${stem}.pdf`, bytes);
    expect(planText(result)).toEqual(planText(ingest(stem, `${stem}.txt`, seed)));
    const dropped = result.report.document_dropped!;
    expect(dropped.filter((d) => d.reason === PAGE_NUMBER_REASON)).toEqual(Array.from({ length: pages }, (_, k) => ({ page: k + 1, text: furniture.pageNumber(k + 1), reason: PAGE_NUMBER_REASON })));
    expect(dropped.filter((d) => d.reason === RUNNING_HEAD_REASON)).toEqual(Array.from({ length: pages - 1 }, (_, k) => ({ page: k + 2, text: furniture.runningHead, reason: RUNNING_HEAD_REASON })));
    expect(dropped).toHaveLength(2 * pages - 1);
    console.log(`${stem}.pdf: ${pages} pages, ${dropped.length} lines of page furniture removed and reported, ${midSentence.length} page breaks inside a paragraph joined`);
  }, 180_000);
});

describe('what is not page furniture', () => {
  // Baselines grow upwards; body text every 16 points, the margins far above and below.
  const line = (page: number, y: number, text: string): PageLine => ({ page, y, size: 11, segments: [{ text }] });
  const body = (page: number, texts: readonly string[], top = 770) => texts.map((t, k) => line(page, top - 16 * k, t));

  it('keeps a number standing in the text at a page’s foot, and a title the running head repeats lower on the first page', () => {
    const lines = [
      line(0, 740, '盐湖区妇女发展“十四五”规划'),
      ...body(0, ['一、总体要求', '2025'], 700),
      line(0, 30, '3'),
      line(1, 815, '盐湖区妇女发展“十四五”规划'),
      ...body(1, ['二、发展目标', '到2025年', '2030']),
      line(1, 30, '4'),
      line(2, 815, '盐湖区妇女发展“十四五”规划'),
      ...body(2, ['三、组织实施']),
      line(2, 30, '5'),
    ];
    const { body: kept, dropped } = removePageFurniture(lines, 3, 16);
    expect(kept.map((l) => l.segments[0]!.text)).toEqual(['盐湖区妇女发展“十四五”规划', '一、总体要求', '2025', '二、发展目标', '到2025年', '2030', '三、组织实施']);
    expect(dropped).toEqual([
      { page: 1, text: '3', reason: PAGE_NUMBER_REASON },
      { page: 2, text: '盐湖区妇女发展“十四五”规划', reason: RUNNING_HEAD_REASON },
      { page: 2, text: '4', reason: PAGE_NUMBER_REASON },
      { page: 3, text: '盐湖区妇女发展“十四五”规划', reason: RUNNING_HEAD_REASON },
      { page: 3, text: '5', reason: PAGE_NUMBER_REASON },
    ]);
  });
  it('keeps a line that begins two pages but stands with the text, not in the margin', () => {
    const lines = [...body(0, ['（一）妇女与健康', '主要目标']), ...body(1, ['（一）妇女与健康', '策略措施']), ...body(2, ['（一）妇女与健康', '其他'])];
    expect(removePageFurniture(lines, 3, 16).dropped).toEqual([]);
  });
});

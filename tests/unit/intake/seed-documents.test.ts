/**
 * Each of the five seeds, published as a Word document and as a text PDF (made here from the seed:
 * its tables real tables, one sentence broken across a page), ingests to the same plans as the seed
 * itself: the same title, notice, headings, items and tables, character for character, and the
 * ingest's conservation check (run inside ingestSource) passes for every document.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestSource, type SourceResult } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { pageBreakAt, seedParts, seedToDocx, seedToPdf, type SeedPart } from '../../support/document-fixtures.ts';

const SEEDS = ['000_30ea770318f86718', '001_23d5c46fb19a73e3', '002_19b4bc2005f807a8', '003_089270d5eef34d70', '004_7ac99738bb49d3ff'];

function ingest(stem: string, name: string, bytes: Uint8Array): SourceResult {
  const sidecar = readSidecar(`content/sources/${stem}.yaml`, readFileSync(`content/sources/${stem}.yaml`, 'utf8'));
  return ingestSource({ name, path: `content/sources/${name}`, bytes, sidecar });
}

// A PDF places glyphs, not space characters: there a run of spaces or no-break spaces inside a line
// reads as one space (000_30ea770318f86718.txt:96 "1\u00a0\u00a0妇女与健康发展指标").
const squeezeSpaces = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[ \u00a0\u3000]+/g, ' '));

/** What a reader sees of a source's plans: everything but where it came from. */
function planText(result: SourceResult) {
  return {
    notice: result.notice?.text ?? null,
    plans: result.plans.map((p) => ({ id: p.id, title: p.frontmatter.title, period: p.frontmatter.period, templates: p.frontmatter.templates, blocks: p.blocks })),
  };
}

/** Plans and blocks read identically, per format: printed for the methodology page. */
const same = { docx: { seeds: 0, plans: 0, blocks: 0 }, pdf: { seeds: 0, plans: 0, blocks: 0 } };
const tally = (format: 'docx' | 'pdf', result: SourceResult) => {
  same[format].seeds++;
  same[format].plans += result.plans.length;
  same[format].blocks += result.plans.reduce((n, p) => n + p.blocks.length, 0);
};
afterAll(() => {
  for (const [format, n] of Object.entries(same)) console.log(`${format}: ${n.seeds} of ${SEEDS.length} seeds, ${n.plans} plans, ${n.blocks} blocks identical to the seed's own ingest`);
});

describe.each(SEEDS)('seed %s', (stem) => {
  const seedBytes = readFileSync(`content/sources/${stem}.txt`);
  const parts: SeedPart[] = seedParts(seedBytes.toString('utf8'));
  const expected = planText(ingest(stem, `${stem}.txt`, seedBytes));

  it('has a sentence to break across a page, and its tables as tables where the seed has them', () => {
    const at = parts[pageBreakAt(parts)]!;
    expect(at.kind === 'line' && at.text.length).toBeGreaterThan(80);
    // 000_30ea770318f86718.txt:98 and 003_089270d5eef34d70.txt: a 序号 line opens each flattened table.
    const tables = parts.filter((p) => p.kind === 'table').length;
    expect(tables > 0).toBe(/^序号$/m.test(seedBytes.toString('utf8')));
  });

  it('as a .docx gives the same plans', async () => {
    const docx = await seedToDocx(parts);
    const result = ingest(stem, `${stem}.docx`, docx);
    expect(result.report.format).toBe('docx');
    expect(planText(result)).toEqual(expected);
    tally('docx', result);
  }, 120_000);

  it('as a text PDF gives the same plans', async () => {
    const pdf = await seedToPdf(parts);
    const result = ingest(stem, `${stem}.pdf`, pdf);
    expect(result.report.format).toBe('pdf');
    // This PDF prints no page numbers or running heads: no line of its text is taken for them.
    expect(result.report.document_dropped).toEqual([]);
    expect(squeezeSpaces(planText(result))).toEqual(squeezeSpaces(expected));
    tally('pdf', result);
  }, 180_000);
});

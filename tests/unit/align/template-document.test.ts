/**
 * A real template document in the corpus, end to end: the province-level fixture
 * (tests/fixtures/template/, see its README: the goals the two 山西 women's plans share word for
 * word, never published) goes through the ingest like any source, and the 山西 plans are diffed
 * against it instead of the reconstruction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignPlan, toReuseRecord, type ReuseDetail } from '../../../src/lib/align/align-plan.ts';
import { buildCorpus } from '../../../src/lib/align/corpus.ts';
import { alignInputOf } from '../../../src/lib/align/derive-type.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { chooseReference } from '../../../src/lib/align/reference.ts';
import { ingestSource } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { parsePlanFile } from '../../../src/lib/plan/plan-file.ts';
import { loadPlan, withTargets } from './load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FIXTURE = `${ROOT}tests/fixtures/template/140000_shanxi-women-fixture`;
const TITLE = '山西省妇女发展“十四五”规划';

function ingestFixture() {
  const path = 'tests/fixtures/template/140000_shanxi-women-fixture.txt';
  const sidecar = readSidecar(`${FIXTURE}.yaml`, readFileSync(`${FIXTURE}.yaml`, 'utf8'));
  return ingestSource({ name: '140000_shanxi-women-fixture.txt', path, bytes: readFileSync(`${FIXTURE}.txt`), sidecar });
}

const result = ingestFixture();
const file = parsePlanFile(result.plans[0]!.content, 'tests/fixtures/template/140000-women.md');
const template: AlignPlanInput = withTargets(alignInputOf({ ...file.frontmatter, blocks: markdownToBlocks(file.body) }));
const women = ['140107-women', '140802-women', '320582-women', '520526-women'].map((id) => loadPlan(`${ROOT}content/plans/${id}.md`));
const corpus = buildCorpus([...women, template]);

/** The plan's clause that starts with `start`, and every entry of the alignment for it. */
const entries = (d: ReuseDetail, start: string) => d.clauses.filter((c) => (c.text || c.reference_text || '').startsWith(start) || (c.reference_text ?? '').startsWith(start));

describe('a province-level template document (test fixture)', () => {
  it('is accepted by the ingest as a province document with all 21 goals and the fixture note', () => {
    expect(result.plans).toHaveLength(1);
    expect(file.frontmatter).toMatchObject({ id: '140000-women', level: 'province', title: TITLE, county: '山西省' });
    const paragraphs = template.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs[0]).toMatch(/^本文件是测试样例，不是山西省妇女发展“十四五”规划的原文/);
    expect(paragraphs.filter((t) => /^\d+\./.test(t))).toHaveLength(21);
    expect(result.report.removed).toEqual([]);
  });

  it('is the reference of 盐湖, whose template chain names it (001_23d5c46fb19a73e3.txt:17), labelled with its title', () => {
    const ref = chooseReference('140802-women', corpus);
    expect(ref).toMatchObject({ kind: 'template', id: '140000-women', title: TITLE });
    expect(ref.description).toBe(`本规划所依据的省级文件《${TITLE}》，逐条对照。`);
    const detail = alignPlan(corpus, '140802-women');
    expect(detail.reference).toMatchObject({ kind: 'template', id: '140000-women', title: TITLE });
    expect(detail.thin).toBeNull();
    // The published record names the document, not the reconstruction.
    expect(toReuseRecord(detail).reference).toEqual({ kind: 'template', id: '140000-women' });
    expect(JSON.stringify(toReuseRecord(detail))).not.toContain('common-women');
  });

  it('finds every goal of the document in 盐湖\'s plan, each word for word', () => {
    const detail = alignPlan(corpus, '140802-women');
    // Only the fixture's own note is missing from 盐湖's plan.
    expect(detail.clauses.filter((c) => c.status === 'omitted').map((c) => c.reference_text)).toEqual([expect.stringMatching(/^本文件是测试样例/)]);
    // 001_23d5c46fb19a73e3.txt:84 "8.增强农村低收入妇女群体的可持续发展能力。" — the goal, not measure 12 (:98), which goes on.
    expect(entries(detail, '8.增强农村低收入妇女群体的可持续发展能力')[0]).toMatchObject({ status: 'identical', role: 'goal' });
    // 001_23d5c46fb19a73e3.txt:29 and :201.
    expect(entries(detail, '4.全面普及生殖健康和避孕节育知识')[0]).toMatchObject({ status: 'identical' });
    expect(entries(detail, '9.依法为妇女提供公共法律服务')[0]).toMatchObject({ status: 'identical' });
    // 001_23d5c46fb19a73e3.txt:28 "2.孕产妇死亡率下降到12.5/10万以内…" is not in the document: 盐湖's own.
    expect(entries(detail, '2.孕产妇死亡率下降到12.5/10万以内')[0]).toMatchObject({ status: 'original' });
  });

  it('keeps the reconstruction for 杏花岭, whose chain names only 太原市十四五妇女发展规划 (000_30ea770318f86718.txt:54)', () => {
    expect(chooseReference('140107-women', corpus).kind).toBe('reconstructed');
  });

  it('compared with 杏花岭 on request: labelled with the document\'s title, and no goal called missing that 杏花岭 states', () => {
    const ref = chooseReference('140107-women', corpus, { plan: '140000-women' });
    expect(ref).toMatchObject({ kind: 'template', id: '140000-women', title: TITLE });
    expect(ref.description).toBe(`与省级文件《${TITLE}》逐条对照（本规划的制定依据中没有提到这份文件）。`);
    const detail = alignPlan(corpus, '140107-women', ref);
    // Every goal of the document stands in 杏花岭's text (lines 88, 90, 94, 382, 502, 512, 702, 706, 951, 955, 1145, 1149, 1245, 1247, 1372, 1376, 1378).
    expect(detail.clauses.filter((c) => c.status === 'omitted').map((c) => c.reference_text)).toEqual([expect.stringMatching(/^本文件是测试样例/)]);
    // 000_30ea770318f86718.txt:382 holds both education goals in one paragraph: two entries of one merged group.
    const science = detail.clauses.filter((c) => c.reference_text?.includes('女性科技人才') || c.reference_text?.includes('科学素养达标率'));
    expect(science).toHaveLength(2);
    expect(new Set(science.map((c) => c.anchor)).size).toBe(1);
    expect(science.every((c) => c.part === 'merged' && c.status !== 'omitted')).toBe(true);
    // 000_30ea770318f86718.txt:88 "2.提高妇女生殖健康水平。全面普及生殖健康和避孕节育知识,减少非意愿妊娠。提高…": the goal, with more words: 改动.
    const reproductive = detail.clauses.filter((c) => c.reference_text?.startsWith('1.全面普及生殖健康和避孕节育知识'));
    expect(reproductive).toHaveLength(1);
    expect(reproductive[0]).toMatchObject({ status: 'modified', part: null, text: expect.stringMatching(/^2\.提高妇女生殖健康水平。全面普及生殖健康和避孕节育知识,减少非意愿妊娠。/) });
    // 000_30ea770318f86718.txt:702 holds 党代会 and 人大 goals; the 人大 sentence stands there word for word: 相同.
    const congress = detail.clauses.filter((c) => c.reference_text?.startsWith('1.中国共产党女党员') || c.reference_text?.startsWith('2.各级人大代表'));
    expect(congress.map((c) => [c.status, c.part])).toEqual([['modified', 'merged'], ['identical', 'merged']]);
    expect(congress[0]!.anchor).toBe(congress[1]!.anchor);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { decodeSource } from '../../../src/lib/ingest/decode.ts';
import { checkConservation } from '../../../src/lib/ingest/conservation.ts';
import type { IngestReport } from '../../../src/lib/ingest/report.ts';

const report = JSON.parse(readFileSync('content/ingest-report.json', 'utf8')) as IngestReport;

function readPlan(id: string) {
  const file = readFileSync(`content/plans/${id}.md`, 'utf8');
  const end = file.indexOf('\n---\n', 4);
  return { frontmatter: parse(file.slice(4, end)), blocks: markdownToBlocks(file.slice(end + 5)) };
}

describe('every character of plan text reaches exactly one plan or its notice, in order', () => {
  it.each(report.sources.map((s) => [s.file, s] as const))('%s: source minus removed blocks = notice + plans', (file, source) => {
    const decoded = decodeSource(readFileSync(`content/sources/${file}`));
    if (!decoded.ok) throw new Error(decoded.detail);
    const plans = source.plans.map((p) => ({ ...readPlan(p.id), titleLine: p.title_line }));
    const result = checkConservation({
      text: decoded.text,
      removed: source.removed,
      notice: plans[0]!.frontmatter.notice?.text ?? null,
      plans: plans.map((p) => ({ title: p.titleLine === null ? null : (p.frontmatter.printed_title ?? p.frontmatter.title), texts: p.blocks.map((b) => b.text) })),
    });
    expect(result).toEqual({ ok: true });
  });

  it('finds a lost character', () => {
    const result = checkConservation({ text: '甲乙丙\n丁', removed: [], notice: null, plans: [{ title: null, texts: ['甲乙', '丁'] }] });
    expect(result.ok).toBe(false);
  });

  it('reads a combined plan’s preamble before the part title it stands above, and only the text the plan opens with', () => {
    const text = '前言甲\n第一部分 妇女\n一、乙';
    const plan = (leading: string) => ({ title: '第一部分 妇女', texts: ['前言甲', '一、乙'], leading });
    expect(checkConservation({ text, removed: [], notice: null, plans: [plan('前言甲')] })).toEqual({ ok: true });
    expect(checkConservation({ text, removed: [], notice: null, plans: [plan('')] }).ok).toBe(false);
    expect(checkConservation({ text, removed: [], notice: null, plans: [plan('前言丙')] }).ok).toBe(false);
  });
});

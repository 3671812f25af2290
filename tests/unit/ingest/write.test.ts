import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { blocksToMarkdown } from '../../../src/lib/ingest/write.ts';
import { isUntouched, planFileContent } from '../../../src/lib/plan/plan-file.ts';
import type { PlanBlock } from '../../../src/lib/ingest/types.ts';

const BLOCKS: PlanBlock[] = [
  { kind: 'paragraph', id: 'intro-p1', text: '注:1.“#”表示国家纲要指标,“*”表示山西省规划指标。' },
  { kind: 'heading', depth: 2, id: 's2', text: '二、优先发展领域、主要目标和发展策略' },
  { kind: 'heading', depth: 3, id: 's2-1', text: '(一)妇女与健康' },
  { kind: 'heading', depth: 4, id: 's2-1-goals', text: '主要目标：' },
  { kind: 'paragraph', id: 's2-1-goals-7', text: '7. 增强女性终身学习意识。<script>alert(1)</script> [链接](javascript:x) _斜_ `码` # 井 > 引 - 列' },
  { kind: 'paragraph', id: 's2-1-goals-p1', text: '1  妇女与健康发展指标' },
  { kind: 'table', id: 's2-1-goals-t1', rows: [['序号', '', '指标性质'], ['6', '*孕产妇死亡率(1/10万) | 新', '约束性'], ['', '小学生', '']] },
  { kind: 'heading', depth: 4, id: 's2-1-measures', text: '发展策略:' },
  { kind: 'paragraph', id: 's2-1-measures-1', text: '1.完善促进妇女健康的制度机制。' },
];

describe('writing a plan file', () => {
  it('escapes every Markdown-significant character, so the text reads back exactly as printed', () => {
    const read = markdownToBlocks(blocksToMarkdown(BLOCKS));
    expect(read.map((b) => b.id)).toEqual(BLOCKS.map((b) => b.id));
    for (const [i, block] of BLOCKS.entries()) {
      if (block.kind === 'table') expect(read[i]!.rows).toEqual(block.rows);
      else expect(read[i]!.text).toBe(block.text);
    }
  });
  it('writes the block format: heading and paragraph ids at the end, a table named by the paragraph before it', () => {
    const md = blocksToMarkdown(BLOCKS);
    expect(md).toContain('## 二、优先发展领域、主要目标和发展策略 {#s2}\n');
    expect(md).toContain('#### 主要目标： {#s2-1-goals}\n');
    expect(md).toContain('{#s2-1-goals-t1}\n\n| 序号 |');
  });
  it('reads goals and measures, 发展策略 and colons included, with their domain', () => {
    const read = markdownToBlocks(blocksToMarkdown(BLOCKS));
    expect(read.find((b) => b.id === 's2-1-goals-7')).toMatchObject({ role: 'goal', domain: '妇女与健康' });
    expect(read.find((b) => b.id === 's2-1-measures-1')).toMatchObject({ role: 'measure', domain: '妇女与健康' });
    expect(read.find((b) => b.id === 's2-1-goals-t1')!.rowIds).toEqual(['s2-1-goals-t1-r1', 's2-1-goals-t1-r2']);
  });
  it('records a generated_hash that tells an untouched file from a hand-edited one', () => {
    const frontmatter = {
      id: '140107-women', plan_type: 'women' as const, title: '太原市杏花岭区十四五妇女发展规划', county: '杏花岭区', county_code: '140107', province: '山西省',
      prefecture: '太原市', level: 'county' as const, issuer: '', doc_number: '', signed: '2023-05-31', published: '', source_site: '', source_url: '', notes: '',
      period: { start: 2021, end: 2025 }, templates: [], notice: null, source_file: 'x.txt', warnings: [],
    };
    const content = planFileContent(frontmatter, blocksToMarkdown(BLOCKS));
    expect(content).toContain('signed: "2023-05-31"');
    expect(isUntouched(content)).toBe(true);
    expect(isUntouched(content.replace('1.完善促进', '1.完善和促进'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToBlocks, domainOfHeading, splitId } from '../../../src/lib/plan/blocks.ts';
import { blocksToToc, planDomains, isNumberedItem } from '../../../src/lib/plan/toc.ts';

const PLAN = `妇女是人类文明的开创者。 {#intro-p1}

## 三、发展领域、主要目标和策略措施 {#s3}

### （一）妇女与健康 {#s3-1}

#### 主要目标 {#s3-1-goals}

1.孕产妇死亡率控制在12/10万以下。 {#s3-1-goals-1}

2.宫颈癌筛查率达到70%。\\<script>alert(1)\\</script> {#s3-1-goals-2}

{#s3-1-goals-t1}

| 序号 | 指标 | 2020 | 2025 |
| --- | --- | --- | --- |
| 1 | 孕产妇死亡率(1/10万) | 10 | ≤12 |

#### 策略措施 {#s3-1-measures}

1.完善妇幼健康服务体系。 {#s3-1-measures-1}

### （二）妇女与教育 {#s3-2}

## 四、组织实施 {#s4}

1.加强组织领导。 {#s4-1}
`;

describe('reading a plan file into blocks', () => {
  const blocks = markdownToBlocks(PLAN);
  const byId = (id: string) => blocks.find((b) => b.id === id)!;

  it('gives every paragraph, heading and table its permalink id', () => {
    expect(blocks.map((b) => b.id)).toEqual([
      'intro-p1', 's3', 's3-1', 's3-1-goals', 's3-1-goals-1', 's3-1-goals-2', 's3-1-goals-t1',
      's3-1-measures', 's3-1-measures-1', 's3-2', 's4', 's4-1',
    ]);
  });
  it('knows the domain and whether a block is a goal or a measure', () => {
    expect(byId('s3-1-goals-1')).toMatchObject({ domain: '妇女与健康', role: 'goal' });
    expect(byId('s3-1-measures-1')).toMatchObject({ domain: '妇女与健康', role: 'measure' });
    expect(byId('s3-2')).toMatchObject({ domain: '妇女与教育', role: 'other' });
    expect(byId('s4-1')).toMatchObject({ domain: null, role: 'other' });
  });
  it('reads escaped markup back as plain text, never as HTML', () => {
    expect(byId('s3-1-goals-2').text).toBe('2.宫颈癌筛查率达到70%。<script>alert(1)</script>');
  });
  it('rebuilds table rows with their own row ids', () => {
    const t = byId('s3-1-goals-t1');
    expect(t.rows).toEqual([['序号', '指标', '2020', '2025'], ['1', '孕产妇死亡率(1/10万)', '10', '≤12']]);
    expect(t.rowIds).toEqual(['s3-1-goals-t1-r1']);
    expect(t.role).toBe('goal');
  });
  it('refuses a repeated id, which would break permalinks', () => {
    expect(() => markdownToBlocks('一 {#a}\n\n二 {#a}\n')).toThrow(/\{#a\} is used twice/);
  });
  it('refuses a paragraph without an id', () => {
    expect(() => markdownToBlocks('没有编号的段落\n')).toThrow(/has no \{#id\}/);
  });
});

describe('headings and contents', () => {
  it('recognises domain headings in both bracket styles', () => {
    expect(domainOfHeading('（一）妇女与健康')).toBe('妇女与健康');
    expect(domainOfHeading('(七)儿童与法律保护')).toBe('儿童与法律保护');
    expect(domainOfHeading('（一）指导思想')).toBeNull();
  });
  it('splits the trailing id only', () => {
    expect(splitId('文字 {#s1-2}')).toEqual({ text: '文字', id: 's1-2' });
    expect(splitId('{#x} 在前')).toEqual({ text: '{#x} 在前', id: null });
  });
  it('builds a two-level table of contents and lists the domains in order', () => {
    const blocks = markdownToBlocks(PLAN);
    const toc = blocksToToc(blocks);
    expect(toc.map((e) => e.text)).toEqual(['三、发展领域、主要目标和策略措施', '四、组织实施']);
    expect(toc[0]!.children.map((e) => e.text)).toEqual(['（一）妇女与健康', '（二）妇女与教育']);
    expect(planDomains(blocks)).toEqual(['妇女与健康', '妇女与教育']);
  });
  it('tells numbered items from prose', () => {
    expect(isNumberedItem('1.孕产妇')).toBe(true);
    expect(isNumberedItem('（3）加强')).toBe(true);
    expect(isNumberedItem('2025年')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../src/lib/ingest/structure.ts';
import { markerOf } from '../../../src/lib/ingest/markers.ts';
import { splitRunTogetherItems } from '../../../src/lib/ingest/items.ts';
import type { PlanBlock } from '../../../src/lib/ingest/types.ts';
import { fixtureLines, toLines } from './helpers.ts';

const outline = (blocks: PlanBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `h${b.depth} ${b.id} ${b.text}` : `${b.kind} ${b.id}`));

describe('headings: 一、 → h2, （一）/(一)/（2） → h3, 主要目标/策略措施 → h4', () => {
  it('reads the markers as the plans print them', () => {
    expect(markerOf('一、总体要求')).toEqual({ kind: 'h2', n: 1 });
    expect(markerOf('四、 监测评估')).toEqual({ kind: 'h2', n: 4 });
    expect(markerOf('（十二）鼓励社会各界参与')).toEqual({ kind: 'h3', n: 12, arabic: false });
    expect(markerOf('(一)妇女与健康')).toEqual({ kind: 'h3', n: 1, arabic: false });
    expect(markerOf('（3） 加强规划与国民经济和社会发展规划的衔接')).toEqual({ kind: 'h3', n: 3, arabic: true });
    for (const line of ['主要目标', '主要目标：', '主要目标:', '1.主要目标', '（一）主要目标']) expect(markerOf(line)).toEqual({ kind: 'h4', role: 'goals' });
    for (const line of ['策略措施：', '发展策略', '发展策略:']) expect(markerOf(line)).toEqual({ kind: 'h4', role: 'measures' });
  });
  it('reads a （一） line that runs on into its text as a paragraph, not a heading', () => {
    expect(markerOf('(二)落实规划实施责任。完善落实党委领导、政府主责、妇儿工委协调的规划实施工作机制')).toEqual({ kind: 'run-in', n: 2 });
  });
  it('recognises headings whose number extraction lost (000: 、重点工程, 总体要求; 002: )基本原则)', () => {
    expect(markerOf('、重点工程')).toEqual({ kind: 'h2', n: null });
    expect(markerOf('总体要求')).toEqual({ kind: 'h2', n: null });
    expect(markerOf(')基本原则')).toEqual({ kind: 'h3', n: null, arabic: false });
  });
  it('gives ids from the structure: s3, s3-1, s3-1-goals, s3-1-goals-2, s3-1-goals-p1, intro-p1', () => {
    const { blocks } = buildStructure(toLines('开篇段落。\n二、发展领域\n（一）妇女与健康\n主要目标：\n1.第一项。\n2.第二项。\n说明文字。\n策略措施：\n1.措施一。'));
    expect(outline(blocks)).toEqual([
      'paragraph intro-p1', 'h2 s2 二、发展领域', 'h3 s2-1 （一）妇女与健康', 'h4 s2-1-goals 主要目标：',
      'paragraph s2-1-goals-1', 'paragraph s2-1-goals-2', 'paragraph s2-1-goals-p1', 'h4 s2-1-measures 策略措施：', 'paragraph s2-1-measures-1',
    ]);
  });
  it('numbers a heading whose number was lost by its position, and says so', () => {
    const { blocks, notes } = buildStructure(toLines('总体要求\n（一）指导思想\n)基本原则\n、优先发展领域\n、重点工程'));
    expect(outline(blocks)).toEqual(['h2 s1 总体要求', 'h3 s1-1 （一）指导思想', 'h3 s1-2 )基本原则', 'h2 s2 、优先发展领域', 'h2 s3 、重点工程']);
    expect(notes.map((n) => n.where)).toEqual(['s1', 's1-2', 's2', 's3']);
  });
  it('reads 001’s mixed （一） … （2） markers as one run of subsections', () => {
    const { blocks } = buildStructure(fixtureLines('001-mixed-markers.txt'));
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => `${b.id} ${b.text}`);
    expect(headings).toEqual([
      's3 三、组织实施', 's3-1 （一）坚持党的全面领导', 's3-2 （二）落实规划实施责任', 's3-3 （3） 加强规划与国民经济和社会发展规划的衔接',
      's3-4 （4） 制定区妇女发展规划和部门实施方案', 's3-5 （5） 完善实施规划的工作制度机制', 's3-6 （6） 保障妇女发展经费投入',
      's3-7 （7） 创新规划实施的工作方法', 's3-8 （8） 加强实施规划的能力建设', 's3-9 （9） 加大实施规划的宣传力度',
      's4 四、 监测评估', 's4-1 （一）加强监测评估制度建设', 's4-2 （2） 加强监测评估工作组织领导', 's4-3 （3） 加强妇女发展和性别统计监测工作',
      's4-4 （4） 提升监测评估工作能力和水平', 's4-5 （5） 有效利用监测评估成果',
    ]);
    expect(blocks.filter((b) => b.id.startsWith('s4-2-')).map((b) => b.id)).toEqual(['s4-2-p1', 's4-2-p2', 's4-2-p3']);
  });
  it('reads （1） inside a goals list as an item, not a subsection', () => {
    const { blocks } = buildStructure(toLines('（一）妇女与健康\n主要目标\n（1）孕产妇死亡率下降\n（2）筛查率提高'));
    expect(blocks.map((b) => b.id)).toEqual(['intro-1', 'intro-1-goals', 'intro-1-goals-1', 'intro-1-goals-2']);
  });
});

describe('numbered items: each its own paragraph, run-together ones split (004)', () => {
  it('splits 004’s line of twelve goals; "8.5岁以下儿童" is item 8, then 5岁以下', () => {
    const { blocks, notes } = buildStructure(fixtureLines('004-run-together.txt'));
    const items = blocks.filter((b) => b.kind === 'paragraph');
    expect(items.map((b) => b.id)).toEqual(Array.from({ length: 12 }, (_, i) => `intro-1-goals-${i + 1}`));
    expect(items[1]!.kind === 'paragraph' && items[1]!.text).toBe('2.普及儿童健康生活方式,提高儿童及其照护人健康素养水平。');
    expect(items[7]!.kind === 'paragraph' && items[7]!.text).toMatch(/^8\.5岁以下儿童贫血率/);
    expect(notes).toContainEqual(expect.objectContaining({ where: 'intro-1-goals-1', problem: '12 numbered items ran together in one line; split into items 1–12' }));
  });
  it('never splits at a decimal inside a sentence ("降至4.2‰")', () => {
    expect(splitRunTogetherItems('3.死亡率分别降至4.2‰、6.5‰和9.6‰以下。4.构建防治体系。', 3).map((i) => i.text)).toEqual([
      '3.死亡率分别降至4.2‰、6.5‰和9.6‰以下。', '4.构建防治体系。',
    ]);
  });
  it('keeps a line that starts with a decimal as a paragraph when that number is not due', () => {
    const { blocks } = buildStructure(toLines('主要目标\n1.第一项。\n3.5万名妇女参加培训。'));
    expect(blocks.map((b) => b.id)).toEqual(['intro-goals', 'intro-goals-1', 'intro-goals-p1']);
  });
  it('reads 001’s "5.5岁以下儿童…" as item 5', () => {
    const { blocks } = buildStructure(toLines('主要目标：\n1.一。\n2.二。\n3.三。\n4.四。\n5.5岁以下儿童贫血率控制在8%以下。'));
    expect(blocks.at(-1)).toMatchObject({ id: 'intro-goals-5', text: '5.5岁以下儿童贫血率控制在8%以下。' });
  });
  it('reports a jump in the numbering (003: 2 then 4) and keeps the printed number', () => {
    const { blocks, notes } = buildStructure(toLines('主要目标:\n1.一。\n2.二。\n4.四。'));
    expect(blocks.at(-1)!.id).toBe('intro-goals-4');
    expect(notes).toContainEqual(expect.objectContaining({ where: 'intro-goals-4', problem: 'the numbering jumps from 2 to 4' }));
  });
  it('gives a repeated number an id of its own, the same on every run', () => {
    const { blocks } = buildStructure(toLines('主要目标\n1.一。\n1.又一。\n1.再一。'));
    expect(blocks.map((b) => b.id)).toEqual(['intro-goals', 'intro-goals-1', 'intro-goals-1-dup2', 'intro-goals-1-dup3']);
  });
  it('keeps a table’s note (注:1.… 2.…) apart from the goals numbered above the table', () => {
    const lines = toLines('主要目标\n1.一。\n2.二。\n序号\n\n指标\n\n1\n\n甲\n注:1.“#”表示国家纲要指标。\n2.部分指标数据暂时空缺。\n发展策略\n1.措施。');
    expect(buildStructure(lines).blocks.map((b) => b.id)).toEqual([
      'intro-goals', 'intro-goals-1', 'intro-goals-2', 'intro-goals-t1', 'intro-goals-p1', 'intro-goals-p2', 'intro-measures', 'intro-measures-1',
    ]);
  });
});

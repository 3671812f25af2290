import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/lib/ingest/notice.ts';
import { findPlanTitles } from '../../../src/lib/ingest/split.ts';
import { fixtureLines, toLines } from './helpers.ts';

describe('the 印发通知 before the plans', () => {
  it('reads 000’s damaged notice as printed: number without 〔〕号, title over three lines, date without 年月日', () => {
    const lines = fixtureLines('000-header.txt');
    const notice = readNotice(lines, findPlanTitles(lines)[0]!.index)!;
    expect(notice.docNumber).toBe('杏政发2023');
    expect(notice.title).toBe('太原市杏花岭区人民政府关于印发杏花岭区十四五妇女发展规划和十四五儿童发展规划的通知');
    expect(notice.date).toBe('2023531');
    expect(notice.text.split('\n\n')).toEqual([
      '杏政发2023',
      '太原市杏花岭区人民政府关于印发杏花岭区十四五妇女发展规划和十四五儿童发展规划的通知',
      '各镇人民政府、街道办事处,区直各部门,各有关部门:',
      '现将太原市杏花岭区妇女发展规划》和《太原市杏花岭区儿童发展规划》印发给你们,请认真贯彻执行。',
      '太原市杏花岭区人民政府',
      '2023531',
      '(此件公开发布',
    ]);
  });

  it('finds 002’s notice below the page’s own title, with the number after the title', () => {
    const lines = fixtureLines('002-header.txt');
    const notice = readNotice(lines, findPlanTitles(lines)[0]!.index)!;
    expect(lines[notice.start]!.text).toBe('威宁自治县人民政府');
    expect(notice.docNumber).toBe('威府发〔20234');
    expect(notice.title).toBe('威宁自治县人民政府于印发《威宁自治县妇女发展规划2021—2025年)》和《威宁自治县儿童发展规划(2021—2025年)》的通知');
  });

  it('finds a notice by its 关于印发…通知 title when the addressee line is damaged', () => {
    const lines = toLines('关于印发试验县妇女发展规划的通知\n试政发〔2023〕1号\n现将规划印发给你们。\n试验县妇女发展规划（2021—2025年）');
    expect(readNotice(lines, 3)).toMatchObject({ start: 0, docNumber: '试政发〔2023〕1号', title: '关于印发试验县妇女发展规划的通知' });
  });

  it('gives null for a page without a notice (004)', () => {
    expect(readNotice(fixtureLines('004-run-together.txt'), 4)).toBeNull();
  });
});

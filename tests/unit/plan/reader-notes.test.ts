import { describe, expect, it } from 'vitest';
import { notesForReaders, warningForReaders } from '../../../src/lib/plan/reader-notes.ts';

describe('what the ingest noticed, said to readers', () => {
  it('says in Chinese what differs and which value the page shows, without the file name', () => {
    // content/plans/140107-women.md warnings (000_30ea770318f86718.txt: the notice prints 杏政发2023)
    const w = '000_30ea770318f86718.txt: the text gives 文号 "杏政发2023" but the sidecar says "杏政发〔2023〕 号"';
    expect(warningForReaders(w)).toBe('规划原文（印发通知）中的文号为“杏政发2023”，与来源记录的“杏政发〔2023〕 号”不同；本页“文号”一栏显示后者。');
  });

  it('never passes a warning of an unknown form through: no English, no file name', () => {
    const said = warningForReaders('004_7ac99738bb49d3ff.txt: something new the ingest says');
    expect(said).not.toMatch(/[A-Za-z]|\.txt/);
  });

  it('reads the title and period warnings', () => {
    expect(warningForReaders('x.html: the plan text has no title line; the title "伊州区儿童发展规划" is taken from the page that quotes it')).toBe('规划正文没有标题行，本页标题《伊州区儿童发展规划》取自转载该规划的网页。');
    expect(warningForReaders('x.txt: the title "某县妇女发展规划" states no period; 2021–2025 is assumed')).toBe('标题《某县妇女发展规划》未写明规划期，本页按2021—2025年处理。');
    expect(notesForReaders(['a.txt: odd', 'b.txt: odder'])).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { anchoredDiff } from '../../../src/lib/align/anchored-diff.ts';
import { numberIdentities, type ClauseTarget } from '../../../src/lib/align/clause-targets.ts';
import { diffClause } from '../../../src/lib/align/edits.ts';
import type { Token } from '../../../src/lib/align/tokens.ts';
import { foldHunks } from '../../../src/lib/align/hunks.ts';
import { makeTokenizer } from '../../../src/lib/align/tokens.ts';
import { seededRandom } from './synthetic.ts';

const yizhou = makeTokenizer({ county: '伊州区', prefecture: '哈密市', province: '新疆维吾尔自治区' });
const yanhu = makeTokenizer({ county: '盐湖区', prefecture: '运城市', province: '山西省' });
const changes = (plan: string, ref: string) => diffClause(yizhou(plan), yanhu(ref)).edits.filter((e) => e.op !== 'equal');

/** A target as the targets extraction gives it: indicator, unit and the values the clause states. */
const target = (indicator: string, unit: string, ...values: number[]): ClauseTarget => ({ indicator, label: indicator, unit, values });
/** Diff of two clauses whose numbers are identified by the targets each states. */
function diffWithTargets(plan: Token[], planTargets: ClauseTarget[], ref: Token[], refTargets: ClauseTarget[]) {
  return diffClause(plan, ref, numberIdentities(plan, planTargets), numberIdentities(ref, refTargets));
}

describe('edits read as whole words', () => {
  it('pairs each replaced target with the one it replaced (650502 against 140802)', () => {
    // 650502-children.md s2-1-goals-3; 140802-children.md s2-1-goals-3.
    const d = diffWithTargets(
      yizhou('3.新生儿、婴儿和5岁以下儿童死亡率分别降至4.2‰、6.5‰和9.6‰以下,地区和城乡差距逐步缩小。'),
      [target('neonatal-mortality', '‰', 4.2), target('infant-mortality', '‰', 6.5), target('under5-mortality', '‰', 9.6)],
      yanhu('3.新生儿、婴儿和5岁以下儿童死亡率分别控制在3.2‰、5.3‰和6.5‰以下，城乡差距逐步缩小。'),
      [target('neonatal-mortality', '‰', 3.2), target('infant-mortality', '‰', 5.3), target('under5-mortality', '‰', 6.5)],
    );
    expect(d.numbersChanged).toEqual([
      { from: '3.2‰', to: '4.2‰' }, { from: '5.3‰', to: '6.5‰' }, { from: '6.5‰', to: '9.6‰' },
    ]);
    expect(d.edits.filter((e) => e.op !== 'equal')).toEqual([
      { op: 'delete', text: '控制在3.2‰' }, { op: 'insert', text: '降至4.2‰' },
      { op: 'delete', text: '5.3‰' }, { op: 'insert', text: '6.5‰' },
      { op: 'delete', text: '6.5‰' }, { op: 'insert', text: '9.6‰' },
      { op: 'insert', text: '地区和' },
    ]);
  });

  it('replaces 显著 by 明显 as words, not character by character', () => {
    expect(changes('儿童医疗保健服务能力明显增强', '儿童医疗保健服务能力显著增强')).toEqual([
      { op: 'delete', text: '显著' }, { op: 'insert', text: '明显' },
    ]);
  });

  it('folds a one-character word between two changes into one phrase', () => {
    expect(changes('加快推进的健康建设', '全面落实的保健建设')).toEqual([
      { op: 'delete', text: '全面落实的保健' }, { op: 'insert', text: '加快推进的健康' },
    ]);
  });

  it('shows a renamed county and 全区 for 全县 as unchanged text, in the plan’s own words', () => {
    const d = diffClause(yizhou('伊州区全区实施“健康伊州”行动'), yanhu('盐湖区全区实施“健康盐湖”行动'));
    expect(d.edits).toEqual([{ op: 'equal', text: '伊州区全区实施“健康伊州”行动' }]);
    expect(d.similarity).toBe(1);
  });

  it('reports a number replaced inside a rewritten phrase', () => {
    const mm = (v: number) => [target('maternal-mortality', '/10万', v)];
    expect(diffWithTargets(yizhou('孕产妇死亡率控制在12/10万以内'), mm(12), yanhu('孕产妇死亡率下降到12.5/10万以下'), mm(12.5)).numbersChanged)
      .toEqual([{ from: '12.5/10万', to: '12/10万' }]);
  });

  it('never pairs values of two indicators: a 90% toilet figure does not become a 99% tap-water figure', () => {
    // 650502-children.md s2-6-goals-7 against 140802-children.md s2-6-goals-8.
    const d = diffWithTargets(
      yizhou('7.减少环境污染对儿童的伤害。农村自来水普及率达到99%以上,切实提高农村改厕质量。'),
      [target('rural-tap-water', '%', 99)],
      yanhu('8.减少环境污染对儿童健康的影响。农村自来水普及率稳定在92%以上，农村卫生厕所普及率达到90%左右。'),
      [target('rural-tap-water', '%', 92), target('rural-sanitary-toilets', '%', 90)],
    );
    expect(d.numbersChanged).toEqual([{ from: '92%', to: '99%' }]);
    expect(d.edits.some((e) => e.op === 'delete' && e.text.includes('90%'))).toBe(true);
  });

  it('shows a number dropped with its item as a deletion, not as 8小时 → 9小时', () => {
    // 140107-children.md s2-1-measures-8 drops the 高中生 item of 140802-children.md s2-1-measures-14.
    const d = diffClause(
      yizhou('家庭应合理安排儿童作息,保证每天小学生10小时、初中生9小时睡眠时间。'),
      yanhu('家庭应合理安排儿童作息，保证每天小学生10小时、初中生9小时、高中生8小时睡眠时间。'),
    );
    expect(d.numbersChanged).toEqual([]);
    expect(d.edits.filter((e) => e.op !== 'equal')).toEqual([{ op: 'delete', text: '高中生8小时' }]);
  });

  it('never pairs a number the targets reader could not read (damaged "3.55.0‰")', () => {
    // 520526-children.md s2-1-goals-2: "3.55.0‰" is two numbers run together (ingest report, unread_numbers).
    const d = diffWithTargets(
      yizhou('婴儿和5岁以下儿童死亡率分别降至3.55.0‰以下'), [],
      yanhu('婴儿和5岁以下儿童死亡率分别降至6.5‰和9.6‰以下'), [target('infant-mortality', '‰', 6.5), target('under5-mortality', '‰', 9.6)],
    );
    expect(d.numbersChanged).toEqual([]);
  });

  it('reads 4.5张 and 4.5个 of one indicator as one value, not a changed number', () => {
    const beds = (v: number) => [target('childcare-places', '个/千人', v)];
    const d = diffWithTargets(yizhou('托位数4.5张'), beds(4.5), yanhu('托位数达到4.5个'), beds(4.5));
    expect(d.numbersChanged).toEqual([]);
  });

  it('pairs no number of a clause that states no target', () => {
    expect(diffClause(yizhou('孕产妇死亡率控制在12/10万以内'), yanhu('孕产妇死亡率下降到12.5/10万以下')).numbersChanged).toEqual([]);
  });

  it('gives back both texts: equal + insert is the plan, equal + delete the reference (names aside)', () => {
    const plan = '5.坚持儿童参与原则。尊重儿童主体地位,鼓励和支持儿童参与家庭、社会和文化生活。';
    const ref = '5.坚持鼓励儿童参与。尊重儿童主体地位，畅通儿童表达意见的渠道，鼓励支持儿童参与家庭、社会、校园生活。';
    const { edits } = diffClause(yizhou(plan), yanhu(ref));
    expect(edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe(plan);
    const strip = (s: string) => s.replace(/[\p{P}\s]/gu, '');
    expect(strip(edits.filter((e) => e.op !== 'insert').map((e) => e.text).join(''))).toBe(strip(ref));
  });
});

describe('cleaning an edit script', () => {
  it('turns a change whose two sides read the same (segmented differently) into no change', () => {
    expect(foldHunks([
      { op: 'equal', text: '降低', number: false },
      { op: 'delete', text: '新生', number: false }, { op: 'delete', text: '儿', number: false },
      { op: 'insert', text: '新生儿', number: false },
      { op: 'equal', text: '死亡率', number: false },
    ])).toEqual([{ op: 'equal', text: '降低新生儿死亡率' }]);
  });

  it('moves shared words at the edges of a change out of it, at word boundaries only', () => {
    expect(foldHunks([
      { op: 'delete', text: '儿童', number: false }, { op: 'delete', text: '保健', number: false },
      { op: 'insert', text: '儿童', number: false }, { op: 'insert', text: '健康', number: false },
    ])).toEqual([{ op: 'equal', text: '儿童' }, { op: 'delete', text: '保健' }, { op: 'insert', text: '健康' }]);
  });
});

describe('anchored diff', () => {
  const lcs = (cs: { count: number; added: boolean; removed: boolean }[]) =>
    cs.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count, 0);

  it('finds a common subsequence as long as plain jsdiff on near-identical token lists', () => {
    const r = seededRandom(7);
    for (let k = 0; k < 50; k++) {
      const a = Array.from({ length: 80 }, () => Math.floor(r() * 400));
      const b = a.filter(() => r() > 0.1).map((x) => (r() < 0.1 ? 1000 + x : x));
      const plain = diffArrays(a, b).map((c) => ({ count: c.count ?? c.value.length, added: !!c.added, removed: !!c.removed }));
      expect(lcs(anchoredDiff(a, b))).toBeGreaterThanOrEqual(lcs(plain) - 2);
      const covered = anchoredDiff(a, b).reduce((n, c) => [n[0]! + (c.added ? 0 : c.count), n[1]! + (c.removed ? 0 : c.count)], [0, 0]);
      expect(covered).toEqual([a.length, b.length]);
    }
  });
});

describe('deleted table cells stay apart', () => {
  const zjg = makeTokenizer({ county: '张家港市', prefecture: '苏州市', province: '江苏省' });
  const xhl = makeTokenizer({ county: '杏花岭区', prefecture: '太原市', province: '山西省' });
  it('keeps the separator between two deleted figures of a row: "2.8 | 4.7", never "2.84.7"', () => {
    // 003_089270d5eef34d70.txt:427-429: 婴儿死亡率( | 4 (规划目标 only);
    // 000_30ea770318f86718.txt:1693-1697: 婴儿死亡率( | 4.7 | 2.8 | 预期性, as a clause target first: 2.8 | 4.7.
    const plan = zjg('婴儿死亡率( | 4');
    const ref = xhl('婴儿死亡率( | 2.8 | 4.7 | 预期性');
    const d = diffWithTargets(plan, [target('infant-mortality', '‰', 4)], ref, [target('infant-mortality', '‰', 2.8, 4.7)]);
    const deleted = d.edits.filter((e) => e.op === 'delete').map((e) => e.text).join(' ');
    expect(deleted).not.toMatch(/2\.84\.7/);
    expect(deleted).toMatch(/2\.8\s*\|\s*4\.7/);
    // The plan's text is rebuilt exactly from what is kept and inserted.
    expect(d.edits.filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe('婴儿死亡率( | 4');
  });
});

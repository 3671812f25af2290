import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { anchoredDiff } from '../../../src/lib/align/anchored-diff.ts';
import { diffClause } from '../../../src/lib/align/edits.ts';
import { foldHunks } from '../../../src/lib/align/hunks.ts';
import { makeTokenizer } from '../../../src/lib/align/tokens.ts';
import { seededRandom } from './synthetic.ts';

const yizhou = makeTokenizer({ county: '伊州区', prefecture: '哈密市', province: '新疆维吾尔自治区' });
const yanhu = makeTokenizer({ county: '盐湖区', prefecture: '运城市', province: '山西省' });
const changes = (plan: string, ref: string) => diffClause(yizhou(plan), yanhu(ref)).edits.filter((e) => e.op !== 'equal');

describe('edits read as whole words', () => {
  it('pairs each replaced target with the one it replaced (650502 against 140802)', () => {
    const d = diffClause(
      yizhou('3.新生儿、婴儿和5岁以下儿童死亡率分别降至4.2‰、6.5‰和9.6‰以下,地区和城乡差距逐步缩小。'),
      yanhu('3.新生儿、婴儿和5岁以下儿童死亡率分别控制在3.2‰、5.3‰和6.5‰以下，城乡差距逐步缩小。'),
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
    expect(diffClause(yizhou('孕产妇死亡率控制在12/10万以内'), yanhu('孕产妇死亡率下降到12.5/10万以下')).numbersChanged)
      .toEqual([{ from: '12.5/10万', to: '12/10万' }]);
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

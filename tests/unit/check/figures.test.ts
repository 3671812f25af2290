import { describe, expect, it } from 'vitest';
import { figuresOf, pageText, statedFigures, unstatedFigures } from '../../../src/lib/check/figures.ts';

// 002_19b4bc2005f807a8.txt:81
const SENTENCE = '3.孕产妇死亡率下降到12/10万以下。城乡区域差距明显缩小。';
// 000_30ea770318f86718.txt:1588-1592: the row's unit is in its label, the cell is a bare number.
const TABLE = [['序号', '指标', '2020年', '2025年', '指标性质'], ['1', '围产儿出生缺陷发生率(/万)', '345.2', '99.0', '约束性']];
// 000_30ea770318f86718.txt:1693-1697: the ‰ of 婴儿死亡率( was lost by the source.
const LOST = [['序号', '指标', '2020年', '2025年', '指标性质'], ['11', '婴儿死亡率(', '4.7', '2.8', '预期性']];
const stated = statedFigures([SENTENCE], [TABLE, LOST], [{ wording: '婴儿死亡率', unit: '‰' }]);
const problems = (html: string) => unstatedFigures('p.html', html, stated).map((p) => p.figure);

describe('figures on a page are figures a plan states', () => {
  it('reads number and unit as one figure, not years: 12/10万 yes, 2025年 no', () => {
    expect(figuresOf('到2025年，孕产妇死亡率下降到12/10万以下，11.6年，1个百分点').map((f) => f.key)).toEqual(['12|/10万', '11.6|年', '1|个百分点']);
  });

  it('passes the national 12/10万 and fails the 121/10万 a unit code glued to the number once printed', () => {
    expect(problems('<td>≤12/10万（2030年）</td>')).toEqual([]);
    expect(problems('<td>≤121/10万</td>')).toEqual(['121/10万']);
  });

  it('takes a bare table value with the unit its row names: 99.0 in a (/万) row is 99/万, not 991/万', () => {
    expect(problems('<td>99/万</td><td>345.2/万</td>')).toEqual([]);
    expect(problems('<td>991/万</td>')).toEqual(['991/万']);
  });

  it('takes the dictionary unit only where the source lost it: 2.8‰ for 婴儿死亡率(, not 2.8%', () => {
    expect(problems('<td>2.8‰</td>')).toEqual([]);
    expect(problems('<td>2.8%</td>')).toEqual(['2.8%']);
  });

  it('never joins text across cells, and reads a diff as the plan writes it and as the wording it changed', () => {
    expect(pageText('<tr><td>12</td><td>/10万</td></tr>')).toEqual(['12', '/10万']);
    expect(pageText('<p>降至<del>12/10万</del><ins>10/10万</ins>以下</p>')).toEqual(['降至10/10万以下', '降至12/10万以下']);
    expect(problems('<p>降至<del>12/10万</del><ins>13/10万</ins>以下</p>')).toEqual(['13/10万']);
  });

  it('reads what a reader sees in tooltips and accessible names, not in scripts', () => {
    expect(problems('<a title="原文：孕产妇死亡率 121/10万" aria-label="7/10万">x</a><script>"5/10万"</script>')).toEqual(['121/10万', '7/10万']);
  });

  it("lets the site's own counts and shares pass only where they say what they count", () => {
    expect(problems('<p>目标一览：105 个数量目标（22 个核心指标）</p><span>相似度 61%</span>')).toEqual([]);
    expect(problems('<section data-site-figures><span>48%</span> 是改动过的</section>')).toEqual([]);
    expect(problems('<p>105 个</p>')).toEqual(['105 个']);
  });
});

import { describe, expect, it } from 'vitest';
import { apaReference, gbtReference, paragraphLocator } from '../../../src/lib/cite/citation.ts';
import { realPlanRecord } from './plan-record.ts';

const ACCESSED = '2026-12-01';
const yanhu = realPlanRecord('140802-women');
const zhangjiagang = realPlanRecord('320582-women');
const yizhou = realPlanRecord('650502-children');

/*
 * References written by hand from GB/T 7714-2015: §4.8 电子资源 (主要责任者. 题名[EB/OL].
 * (更新或修改日期)[引用日期]. 获取和访问路径.), 附录 B ([EB/OL] for an 电子公告 online), §8.1.1
 * (an unknown 主要责任者 is left out under 顺序编码制 and the entry begins with the title).
 * The facts are read from the raw sources, not from the program.
 */
describe('GB/T 7714-2015 references to a plan', () => {
  it('cites 盐湖区’s women’s plan by its issuer, its title and its signing date (no publication date is known)', () => {
    // 001_23d5c46fb19a73e3.txt:9 运城市盐湖区人民政府, :10 2023年4月20日, :12 盐湖区妇女发展“十四五”规划; the sidecar knows no publication date.
    expect(gbtReference(yanhu, { url: 'https://liangui.example/plans/140802-women/', accessed: ACCESSED })).toBe(
      '运城市盐湖区人民政府. 盐湖区妇女发展“十四五”规划[EB/OL]. (2023-04-20)[2026-12-01]. https://liangui.example/plans/140802-women/.',
    );
  });

  it('cites 张家港市’s women’s plan with its publication date, not its signing date', () => {
    // 003_089270d5eef34d70.txt:6 2021-12-31 (成文), :7 2022-01-04 (发布), :19 张家港市人民政府办公室, :25 张家港市妇女发展规划(2021−2025年).
    expect(gbtReference(zhangjiagang, { url: 'https://liangui.example/plans/320582-women/', accessed: ACCESSED })).toBe(
      '张家港市人民政府办公室. 张家港市妇女发展规划(2021−2025年)[EB/OL]. (2022-01-04)[2026-12-01]. https://liangui.example/plans/320582-women/.',
    );
  });

  it('begins 伊州区’s reference with the title: the text names no issuer and no date', () => {
    // 004_7ac99738bb49d3ff.txt:10 《伊州区儿童发展规划(2021-2025年)》, quoted by a company page; no 文号, issuer or date anywhere.
    expect(gbtReference(yizhou, { url: 'https://liangui.example/plans/650502-children/', accessed: ACCESSED })).toBe(
      '伊州区儿童发展规划(2021-2025年)[EB/OL]. [2026-12-01]. https://liangui.example/plans/650502-children/.',
    );
  });

  it('names a paragraph’s section and item and links to the paragraph', () => {
    // 001_23d5c46fb19a73e3.txt:24 （一）妇女与健康, :25 主要目标：, :27 2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。
    const locator = paragraphLocator({ headings: ['二、发展领域、主要目标和策略措施', '（一）妇女与健康', '主要目标：'], anchor: 's2-1-goals-2' });
    expect(locator).toBe('妇女与健康 主要目标 第2条');
    expect(gbtReference(yanhu, { url: 'https://liangui.example/plans/140802-women/#s2-1-goals-2', accessed: ACCESSED, locator })).toBe(
      '运城市盐湖区人民政府. 盐湖区妇女发展“十四五”规划: 妇女与健康 主要目标 第2条[EB/OL]. (2023-04-20)[2026-12-01]. https://liangui.example/plans/140802-women/#s2-1-goals-2.',
    );
  });
});

describe('paragraph locators', () => {
  it('reads the item from the permalink id, so 伊州区’s run-together "8.5岁以下儿童…" is item 8', () => {
    // 004_7ac99738bb49d3ff.txt:32 二、发展目标, :33 (一)儿童与健康, :34 主要目标:, then "8.5岁以下儿童贫血率…",
    // item 8 followed by 5岁以下儿童 (seeds README); the ingest gives it id s2-1-goals-8.
    expect(paragraphLocator({ headings: ['二、发展目标', '(一)儿童与健康', '主要目标:'], anchor: 's2-1-goals-8' })).toBe('儿童与健康 主要目标 第8条');
  });

  it('names an unnumbered paragraph by its place, a table by its number, the preamble as 引言', () => {
    expect(paragraphLocator({ headings: ['一、总体要求', '（一）指导思想'], anchor: 's1-1-p1' })).toBe('总体要求 指导思想 第1段');
    expect(paragraphLocator({ headings: ['（七）妇女与环境', '主要目标'], anchor: 's2-7-goals-t1' })).toBe('妇女与环境 主要目标 表1');
    expect(paragraphLocator({ headings: [], anchor: 'intro-p2' })).toBe('引言 第2段');
  });
});

describe('APA 7 references', () => {
  it('keeps the Chinese title, adds an English description and the 文号, and says when it was retrieved', () => {
    // APA 7 §9.38 (title in the original language, description in brackets), §10.4 (report number after the title).
    expect(apaReference(yanhu, { url: 'https://liangui.example/plans/140802-women/', accessed: ACCESSED }, '两规对照')).toBe(
      '运城市盐湖区人民政府. (2023, April 20). 盐湖区妇女发展“十四五”规划 (运盐政发〔2023〕7号) [Women\'s development plan, 2021–2025]. 两规对照. Retrieved December 1, 2026, from https://liangui.example/plans/140802-women/',
    );
  });

  it('moves the title to the front and writes n.d. when neither issuer nor date is known', () => {
    expect(apaReference(yizhou, { url: 'https://liangui.example/plans/650502-children/', accessed: ACCESSED }, '两规对照')).toBe(
      '伊州区儿童发展规划(2021-2025年) [Children\'s development plan, 2021–2025]. (n.d.). 两规对照. Retrieved December 1, 2026, from https://liangui.example/plans/650502-children/',
    );
  });
});

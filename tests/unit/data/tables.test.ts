import { describe, expect, it } from 'vitest';
import { COMPARATORS } from '../../../src/lib/targets/comparator.ts';
import { TARGET_CSV_HEADER } from '../../../src/lib/targets/publish.ts';
import { PlanRecordSchema } from '../../../src/lib/data/plan-record.ts';
import { COMPARATOR_CODE_ZH, headerOf, headerZhOf, PLANS_TABLE, planToRow, TARGETS_TABLE, targetToRow, targetToRowZh } from '../../../src/lib/data/tables.ts';
import { joinCsvFiles } from '../../../src/lib/data/csv-join.ts';
import { toCsv } from '../../../src/lib/data/csv.ts';
import type { Target } from '../../../src/lib/targets/schema.ts';
import { realPlanRecord } from '../cite/plan-record.ts';

const yanhu = realPlanRecord('140802-women');
// 001_23d5c46fb19a73e3.txt:27 2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。
const target: Target = {
  county_code: '140802', county: '盐湖区', province: '山西省', plan_type: 'women', indicator: 'maternal-mortality', label: '孕产妇死亡率',
  comparator: '<=', value: 12.5, value_text: '12.5', unit: '/10万', year: 2025, baseline: null, nature: null, agencies: { lead: [], responsible: [] }, section_kind: '主要目标', contradicted_by: [],
  source: { url: '/plans/140802-women/#s2-1-goals-2', text: '2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。' },
};

describe('the published tables', () => {
  it('document every column once, with a Chinese header of its own', () => {
    for (const table of [TARGETS_TABLE, PLANS_TABLE]) {
      expect(new Set(headerOf(table)).size).toBe(table.length);
      expect(new Set(headerZhOf(table)).size).toBe(table.length);
      for (const c of table) expect(c.doc.length, c.name).toBeGreaterThan(3);
    }
    expect(headerOf(TARGETS_TABLE).slice(0, TARGET_CSV_HEADER.length)).toEqual([...TARGET_CSV_HEADER]);
    expect(headerOf(PLANS_TABLE).slice(0, -1)).toEqual(Object.keys(PlanRecordSchema.shape));
  });

  it('give every target its plan’s 文号, 发布机关, dates, official URL and period, and the release', () => {
    const row = targetToRow({ target, indicatorName: '孕产妇死亡率', plan: yanhu, release: '2026-12-01-f9cce3b' });
    const byName = Object.fromEntries(headerOf(TARGETS_TABLE).map((h, i) => [h, row[i]]));
    // 001_23d5c46fb19a73e3.txt:1 运盐政发〔2023〕7号, :9 运城市盐湖区人民政府, :10 2023年4月20日; no publication date or URL known.
    // The value as printed (001:27 12.5/10万).
    expect(byName).toMatchObject({
      comparator: '<=', value: '12.5', unit: '/10万', doc_number: '运盐政发〔2023〕7号', issuer: '运城市盐湖区人民政府', signed: '2023-04-20',
      published: '', official_url: '', period_start: 2021, period_end: 2025, target_year: 2025, plan_title: '盐湖区妇女发展“十四五”规划', release: '2026-12-01-f9cce3b',
    });
    expect(row).toHaveLength(TARGETS_TABLE.length);
  });

  it('in Chinese: 妇女/儿童 and ≤ ≥ 约 提高 下降 instead of the English codes', () => {
    const row = targetToRowZh({ target, indicatorName: '孕产妇死亡率', plan: yanhu, release: 'r' });
    expect(row[headerOf(TARGETS_TABLE).indexOf('plan_type')]).toBe('妇女');
    expect(row[headerOf(TARGETS_TABLE).indexOf('comparator')]).toBe('≤');
    // A bare "=" would open as a formula in a spreadsheet; the Chinese table writes it out.
    expect(COMPARATORS.map((c) => COMPARATOR_CODE_ZH[c])).toEqual(['≤', '<', '≥', '>', '等于', '约', '提高', '下降', '保持']);
  });

  it('plans.csv rows follow the plan record', () => {
    expect(planToRow(yanhu, 'r')).toEqual([...Object.values(yanhu), 'r']);
  });
});

describe('a comparison’s CSV joined in the browser', () => {
  it('is byte for byte the file the build writes for the same plans', () => {
    const header = ['a', 'b'];
    const one = toCsv(header, [['1', '甲']]);
    const two = toCsv(header, [['2', '乙,丙'], ['3', '丁']]);
    expect(joinCsvFiles([one, two])).toBe(toCsv(header, [['1', '甲'], ['2', '乙,丙'], ['3', '丁']]));
  });

  it('refuses files with different columns', () => {
    expect(() => joinCsvFiles([toCsv(['a'], []), toCsv(['b'], [])])).toThrow('the CSV files do not have the same columns');
  });
});

/** The published forms of the targets table: JSON records (TargetSchema) and CSV rows. */
import type { Target } from './schema.ts';
import type { CsvValue } from '../data/csv.ts';

export const TARGET_CSV_HEADER = [
  'county_code', 'county', 'province', 'plan_type', 'indicator', 'indicator_name', 'label', 'comparator', 'value', 'unit',
  'year', 'baseline_year', 'baseline_value', 'nature', 'lead_agencies', 'responsible_agencies', 'source_url', 'source_text',
  'section_kind', 'contradicted_by',
] as const;

export function targetToCsvRow(t: Target, indicatorName: string | undefined): CsvValue[] {
  return [
    t.county_code, t.county, t.province, t.plan_type, t.indicator, indicatorName ?? '', t.label, t.comparator, t.value_text ?? t.value, t.unit,
    t.year, t.baseline?.year, t.baseline ? (t.baseline.value_text ?? t.baseline.value) : undefined, t.nature, t.agencies.lead.join('；'), t.agencies.responsible.join('；'),
    t.source.url, t.source.text,
    t.section_kind, t.contradicted_by.map((c) => `${c.value_text ?? c.value} ${c.url}`).join('；'),
  ];
}

/**
 * The published tables, column by column: the English CSV (codes as in the JSON), the Chinese
 * CSV (Chinese headers and codes) and the data dictionary on /data/ all come from these lists,
 * so a column cannot be published without being documented.
 */
import type { Target } from '../targets/schema.ts';
import { TARGET_CSV_HEADER, targetToCsvRow } from '../targets/publish.ts';
import type { PlanType } from '../plan/schema.ts';
import type { CsvValue } from './csv.ts';
import type { PlanRecord } from './plan-record.ts';

export type ColumnType = '文本' | '整数' | '数值' | '日期' | '网址' | '代码';

export interface ColumnDoc {
  /** Header in the English CSV (and key in JSON). */
  name: string;
  /** Header in the Chinese CSV. */
  zh: string;
  type: ColumnType;
  /** Allowed values or what the column holds, for readers. */
  doc: string;
}

export const PLAN_TYPE_CODE_ZH: Record<PlanType, string> = { women: '妇女', children: '儿童' };

/** Chinese codes for the comparator column (≥ ≤ 约 提高 下降 …). */
export const COMPARATOR_CODE_ZH: Record<Target['comparator'], string> = {
  '<=': '≤', '<': '<', '>=': '≥', '>': '>', '=': '等于', '~': '约', increase: '提高', decrease: '下降', maintain: '保持',
};

const DATE = '年-月-日（ISO 8601，如 2023-04-20）；未知为空';

const RELEASE: ColumnDoc = { name: 'release', zh: '数据版本', type: '代码', doc: '生成本文件的数据版本：提交日期-提交号（如 2026-12-01-a1b2c3d），见 sources.json' };

/** The plan's metadata, as every table carries it. */
export const PLAN_COLUMNS: readonly ColumnDoc[] = [
  { name: 'plan_id', zh: '规划编号', type: '代码', doc: '县级代码-women 或 -children，如 140802-women' },
  { name: 'title', zh: '规划名称', type: '文本', doc: '规划原文的标题' },
  { name: 'plan_type', zh: '规划类型', type: '代码', doc: 'women（妇女发展规划）或 children（儿童发展规划）；中文表为 妇女 / 儿童' },
  { name: 'county_code', zh: '县级代码', type: '代码', doc: 'GB/T 2260 县级行政区划代码，六位数字' },
  { name: 'county', zh: '县（市、区）', type: '文本', doc: '县级行政区名称' },
  { name: 'prefecture', zh: '地级行政区', type: '文本', doc: '所属地级市、州、盟' },
  { name: 'province', zh: '省级行政区', type: '文本', doc: '所属省、自治区、直辖市' },
  { name: 'doc_number', zh: '文号', type: '文本', doc: '印发文件的文号，照原文（原文残缺处照录）；原文未载为空' },
  { name: 'issuer', zh: '发布机关', type: '文本', doc: '印发规划的机关；未知为空' },
  { name: 'signed', zh: '成文日期', type: '日期', doc: DATE },
  { name: 'published', zh: '发布日期', type: '日期', doc: DATE },
  { name: 'source_site', zh: '来源网站', type: '文本', doc: '文本取自的网站（以其自称）；未知为空' },
  { name: 'official_url', zh: '官方网址', type: '网址', doc: '官方发布页面的网址；未知为空（本站从不猜测网址）' },
  { name: 'period_start', zh: '规划期起', type: '整数', doc: '规划期第一年，如 2021' },
  { name: 'period_end', zh: '规划期止', type: '整数', doc: '规划期最后一年，如 2025' },
  { name: 'target_year', zh: '规划目标年份', type: '整数', doc: '规划目标的年份：规划期最后一年（单个目标写明其他年份时见目标表的 year）' },
  { name: 'page', zh: '本站页面', type: '网址', doc: '规划全文在本站的路径，如 /plans/140802-women/' },
  { name: 'source_file', zh: '原始文件', type: '文本', doc: '规划所在的原始文件名；其 SHA-256 校验值见 sources.json' },
];

export const PLANS_TABLE: readonly ColumnDoc[] = [...PLAN_COLUMNS, RELEASE];

function planCells(p: PlanRecord): CsvValue[] {
  return [p.plan_id, p.title, p.plan_type, p.county_code, p.county, p.prefecture, p.province, p.doc_number, p.issuer, p.signed,
    p.published, p.source_site, p.official_url, p.period_start, p.period_end, p.target_year, p.page, p.source_file];
}

export function planToRow(p: PlanRecord, release: string): CsvValue[] {
  return [...planCells(p), release];
}

export function planToRowZh(p: PlanRecord, release: string): CsvValue[] {
  const row = planToRow(p, release);
  row[2] = PLAN_TYPE_CODE_ZH[p.plan_type];
  return row;
}

/** The target's own columns (TARGET_CSV_HEADER, from the target schema), documented. */
const TARGET_OWN: Record<(typeof TARGET_CSV_HEADER)[number], Omit<ColumnDoc, 'name'>> = {
  county_code: { zh: '县级代码', type: '代码', doc: 'GB/T 2260 县级行政区划代码，六位数字' },
  county: { zh: '县（市、区）', type: '文本', doc: '县级行政区名称' },
  province: { zh: '省级行政区', type: '文本', doc: '所属省、自治区、直辖市' },
  plan_type: { zh: '规划类型', type: '代码', doc: 'women / children；中文表为 妇女 / 儿童' },
  indicator: { zh: '指标编号', type: '代码', doc: '指标词典（indicators.json）中的 id；不属于任何指标的数量目标为空' },
  indicator_name: { zh: '指标', type: '文本', doc: '指标的中文名；无指标时为空' },
  label: { zh: '原文指标措辞', type: '文本', doc: '规划原文对该指标的措辞' },
  comparator: {
    zh: '比较符', type: '代码',
    doc: '<= 以下/以内/控制在；< 低于/不满；>= 以上/达到/不低于；> 高于/超过；= 表中无符号的数值；~ 左右/约；increase / decrease / maintain 只有方向没有数值。中文表为 ≤ < ≥ > 等于 约 提高 下降 保持（文字单元格以 = + - @ 开头时前加英文单引号，电子表格按文字显示，读取时去掉即可，如 \'= 即 =）。依《民法典》第1259条，以上、以下、以内包括本数，不满、超过不包括本数',
  },
  value: { zh: '数值', type: '数值', doc: '目标数值，照原文写法（原文写 85.0 即 85.0），单位见 unit；只有方向时为空' },
  unit: { zh: '单位', type: '文本', doc: '数值的单位，按数字后的写法（%、‰、/10万、/万、个百分点、个/千人……）；无单位为空' },
  year: { zh: '目标年份', type: '整数', doc: '原文写明的年份，否则为规划期最后一年' },
  baseline_year: { zh: '基线年份', type: '整数', doc: '原文给出的基线年份（如指标表的 2020 年列）；没有为空' },
  baseline_value: { zh: '基线值', type: '数值', doc: '基线年份的数值，照原文写法，单位同 unit；没有为空' },
  nature: { zh: '指标性质', type: '文本', doc: '约束性 或 预期性；原文未写明为空' },
  lead_agencies: { zh: '牵头单位', type: '文本', doc: '原文写明的牵头单位，多个以“；”分隔' },
  responsible_agencies: { zh: '责任单位', type: '文本', doc: '原文写明的责任单位，多个以“；”分隔' },
  source_url: { zh: '出处链接', type: '网址', doc: '陈述该目标的段落或表格行在本站的永久链接（路径#锚点）' },
  source_text: { zh: '出处原文', type: '文本', doc: '陈述该目标的原文句子，或表格行（单元格以“ | ”连接）' },
  section_kind: { zh: '所在部分', type: '代码', doc: '目标出自规划的哪一部分：主要目标、指标表、总体目标、策略措施、重点工程、保障措施、其他' },
  contradicted_by: { zh: '另处写法', type: '文本', doc: '同一规划对同一指标、同一年份另处写的数值：“数值 出处链接”，多个以“；”分隔；没有为空' },
};

const IN_BOTH = new Set(TARGET_CSV_HEADER as readonly string[]);
/** Plan columns repeated beside each target, except those the target already has. */
const PLAN_IN_TARGETS = PLAN_COLUMNS.filter((c) => !IN_BOTH.has(c.name)).map((c) => (c.name === 'title' ? { ...c, name: 'plan_title' } : c));

export const TARGETS_TABLE: readonly ColumnDoc[] = [
  ...TARGET_CSV_HEADER.map((name) => ({ name, ...TARGET_OWN[name] })),
  ...PLAN_IN_TARGETS,
  RELEASE,
];

const PLAN_IN_TARGETS_INDEX = PLAN_COLUMNS.flatMap((c, i) => (IN_BOTH.has(c.name) ? [] : [i]));

export interface TargetRowInput {
  target: Target;
  indicatorName: string | undefined;
  plan: PlanRecord;
  release: string;
}

export function targetToRow({ target, indicatorName, plan, release }: TargetRowInput): CsvValue[] {
  const cells = planCells(plan);
  return [...targetToCsvRow(target, indicatorName), ...PLAN_IN_TARGETS_INDEX.map((i) => cells[i]), release];
}

const PLAN_TYPE_AT = TARGET_CSV_HEADER.indexOf('plan_type');
const COMPARATOR_AT = TARGET_CSV_HEADER.indexOf('comparator');

/** The same row with Chinese codes (妇女/儿童, ≥/≤/约/提高/下降). */
export function targetToRowZh(input: TargetRowInput): CsvValue[] {
  const row = targetToRow(input);
  row[PLAN_TYPE_AT] = PLAN_TYPE_CODE_ZH[input.target.plan_type];
  row[COMPARATOR_AT] = COMPARATOR_CODE_ZH[input.target.comparator];
  return row;
}

export const headerOf = (table: readonly ColumnDoc[]) => table.map((c) => c.name);
export const headerZhOf = (table: readonly ColumnDoc[]) => table.map((c) => c.zh);

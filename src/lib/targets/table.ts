/**
 * An indicator table → targets: one per row (per indicator when a row names several, per part
 * when a cell holds 城市社区100 / 农村社区90). Columns are found by their header: 指标, the target
 * year (2025) or 规划目标, the base year (2020), 指标性质.
 */
import { printedNumber } from './printed.ts';
import { readCell, type CellReading } from './comparator.ts';
import { quote, type Finding, type Reading } from './finding.ts';
import type { Matcher } from './match.ts';
import { splitLabelUnit } from './units.ts';

export interface TableInput {
  rows: string[][];
  rowIds: string[];
}

interface Columns {
  number: number;
  label: number;
  target: number;
  targetYear: number | null;
  baseline: number;
  baselineYear: number | null;
  nature: number;
}

const GROUP_ROW = /^(?:[（(]\s*[一二三四五六七八九十]+\s*[）)]|[）)])/;
const NOTE_ROW = /^\s*(注|[:：]\s*\d)/;
/** Markers before a label: # national outline indicator, * provincial plan indicator. */
const MARKERS = /^[#*＃＊\s]+/;

function columnsOf(header: string[]): Columns {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const years = header.map((h, i) => ({ i, year: Number(/^(20\d\d)/.exec(h.trim())?.[1] ?? NaN) })).filter((y) => !Number.isNaN(y.year));
  const future = years.filter((y) => y.year > 2020).sort((a, b) => b.year - a.year)[0];
  const past = years.filter((y) => y.year <= 2020).sort((a, b) => b.year - a.year)[0];
  const number = find(/序号/);
  const nature = find(/性质/);
  const target = future?.i ?? (find(/目标|规划/) >= 0 ? find(/目标|规划/) : header.length - 1 - (nature === header.length - 1 ? 1 : 0));
  const taken = new Set([number, nature, target, past?.i ?? -1]);
  const named = find(/指标|项目|名称|内容/);
  const label = named >= 0 && !taken.has(named) ? named : header.findIndex((_, i) => !taken.has(i));
  return {
    number, label, target, targetYear: future?.year ?? null,
    baseline: past?.i ?? -1, baselineYear: past?.year ?? null, nature,
  };
}

interface RowContext {
  matcher: Matcher;
  columns: Columns;
  findings: Finding[];
  problems: string[];
}

interface Named {
  name: string;
  unit: string;
}

function baselineOf(row: string[], c: Columns): Finding['baseline'] {
  if (c.baseline < 0 || c.baselineYear === null) return null;
  const cell = readCell(row[c.baseline] ?? '');
  return cell.kind === 'value' ? { year: c.baselineYear, value: cell.value, value_text: printedNumber(cell.value, row[c.baseline] ?? '') } : null;
}

function natureOf(row: string[], c: Columns): Finding['nature'] {
  const s = (row[c.nature] ?? '').trim();
  return s === '约束性' || s === '预期性' ? s : null;
}

/** One finding per indicator the name states (宫颈癌、乳腺癌筛查率 → two), or one unmatched. */
function emit(named: Named, cell: Exclude<CellReading, { kind: 'parts' | 'empty' | 'unreadable' }>, base: Omit<Finding, 'indicator' | 'label' | 'comparator' | 'value' | 'unit'>, ctx: RowContext) {
  const mentions = ctx.matcher.find(named.name);
  const value = cell.kind === 'value' ? cell.value : null;
  const unit = cell.kind === 'value' && cell.unit ? cell.unit : cell.kind === 'value' ? named.unit : '';
  const targets = mentions.length ? mentions.map((m) => ({ indicator: m.indicator, label: m.label })) : [{ indicator: null, label: named.name }];
  for (const t of targets) ctx.findings.push({ ...base, ...t, comparator: cell.comparator, value, unit });
}

function readRow(row: string[], anchor: string, text: string, named: Named, ctx: RowContext): void {
  const c = ctx.columns;
  const cell = readCell(row[c.target] ?? '');
  const base = { year: c.targetYear, baseline: baselineOf(row, c), nature: natureOf(row, c), anchor, text };
  if (cell.kind === 'empty') return;
  if (cell.kind === 'unreadable') {
    ctx.problems.push(`#${anchor} ${quote(text)}: the target cell "${row[c.target]}" is neither a number nor a direction`);
    return;
  }
  if (cell.kind === 'parts') {
    for (const p of cell.parts) emit({ name: p.label + named.name, unit: named.unit }, { kind: 'value', comparator: p.comparator, value: p.value, unit: p.unit }, base, ctx);
    return;
  }
  emit(named, cell, base, ctx);
}

/** Targets of an indicator table; rows that hold no target (group rows, notes, '-') give none. */
export function readTable(table: TableInput, matcher: Matcher): Reading {
  const [header, ...body] = table.rows;
  if (!header) return { findings: [], problems: [] };
  const columns = columnsOf(header);
  const ctx: RowContext = { matcher, columns, findings: [], problems: [] };
  let previous: Named | null = null;
  let parent: Named | null = null;
  body.forEach((row, i) => {
    const anchor = table.rowIds[i]!;
    const number = (row[columns.number] ?? '').trim();
    const label = (row[columns.label] ?? '').replace(MARKERS, '').trim();
    const cells = row.map((s) => s.trim()).filter(Boolean);
    if (GROUP_ROW.test(cells[0] ?? '') || NOTE_ROW.test(cells[0] ?? '') || cells.length === 0) {
      previous = parent = null;
      return;
    }
    let named: Named | null;
    if (label && (number || !parent)) {
      named = splitLabelUnit(label);
      const empty = readCell(row[columns.target] ?? '').kind === 'empty' && baselineOf(row, columns) === null;
      parent = number && empty ? named : null;
    } else if (label && parent) {
      // A sub-row under merged cells: 小学生 under 近视率下降(%/ reads 小学生近视率下降.
      named = { name: label + parent.name, unit: parent.unit };
    } else {
      named = previous;
    }
    previous = named;
    if (!named) return;
    const text = (parent && named !== parent && !number ? [parent.name, ...cells] : cells).join(' | ');
    readRow(row, anchor, text, named, ctx);
  });
  return { findings: ctx.findings, problems: ctx.problems };
}

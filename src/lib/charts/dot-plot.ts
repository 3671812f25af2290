/**
 * Geometry of a dot plot: one row per plan, its target as a dot, its baseline as a hollow
 * ring joined to the target, the national reference as a vertical line. Computed at build
 * time with d3-scale; the component only draws what this returns.
 */
import { scaleLinear } from 'd3-scale';

export interface DotRow {
  /** Row label, e.g. 杏花岭区. */
  label: string;
  /** Target value; null for a direction with no number. */
  value: number | null;
  /** Comparator symbol shown beside the value (≤, ≥, ~ …). */
  symbol: string;
  baseline: number | null;
  href: string;
  /** stricter | equal | looser | not-comparable, for the dot's shape. */
  verdict: string;
}

export interface DotPlotInput {
  rows: DotRow[];
  reference: number | null;
  unit: string;
  width?: number;
}

export interface DotPlotGeometry {
  width: number;
  height: number;
  marginLeft: number;
  plotRight: number;
  ticks: { x: number; label: string }[];
  referenceX: number | null;
  rows: (DotRow & { y: number; x: number | null; baselineX: number | null })[];
}

const ROW = 26;
const TOP = 28;
const BOTTOM = 30;

export function layoutDotPlot({ rows, reference, unit, width = 640 }: DotPlotInput): DotPlotGeometry {
  const marginLeft = 150;
  const plotRight = width - 70;
  const values = rows.flatMap((r) => [r.value, r.baseline]).concat(reference).filter((v): v is number => v !== null);
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values) : 0;
  const lo = Math.min(min, 0);
  const x = scaleLinear().domain([lo, max === lo ? lo + 1 : max]).nice().range([marginLeft, plotRight]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height: TOP + rows.length * ROW + BOTTOM,
    marginLeft,
    plotRight,
    ticks: x.ticks(5).map((t) => ({ x: round(x(t)), label: `${t}${unit === '%' ? '%' : ''}` })),
    referenceX: reference === null ? null : round(x(reference)),
    rows: rows.map((r, i) => ({
      ...r,
      y: TOP + i * ROW + ROW / 2,
      x: r.value === null ? null : round(x(r.value)),
      baselineX: r.baseline === null ? null : round(x(r.baseline)),
    })),
  };
}

/**
 * Geometry of a dot plot: one row per plan, its target as a dot, its baseline as a hollow
 * ring joined to the target, the national reference as a vertical line. Computed at build
 * time with d3-scale; the component only draws what this returns.
 *
 * Two layouts: `wide` (640 units, the label left of its row) and `narrow` (343 units, a phone's
 * content width, the label on a line of its own above the row), so that drawn at its width
 * every label is at least the 12-unit font size in CSS pixels (src/styles: .chart svg).
 * Axis ticks are bare numbers; the unit is named once in the caption, never glued to a tick.
 */
import { scaleLinear } from 'd3-scale';

export interface DotRow {
  /** Row label, e.g. 杏花岭区. */
  label: string;
  /** Target value; null for a direction with no number. */
  value: number | null;
  /** The value as the plan prints it (85.0), beside its dot. */
  valueText: string | null;
  /** Comparator symbol shown beside the value (≤, ≥, 约 …), or the direction (提高) when no number. */
  symbol: string;
  /** The target as it reads in full (≤12.5/10万), for the tooltip and the accessible name. */
  figure: string;
  baseline: number | null;
  /** The baseline as the plan prints it. */
  baselineText: string | null;
  href: string;
  /** stricter | equal | looser | not-comparable, for the dot's shape. */
  verdict: string;
}

export type DotPlotLayout = 'wide' | 'narrow';

export interface DotPlotInput {
  rows: DotRow[];
  reference: number | null;
  layout?: DotPlotLayout;
}

export interface DotPlotGeometry {
  width: number;
  height: number;
  marginLeft: number;
  plotRight: number;
  /** Where a row's label sits relative to its dot's y (wide: left of it; narrow: above it). */
  labelX: number;
  labelDy: number;
  labelAnchor: 'start' | 'end';
  ticks: { x: number; label: string }[];
  referenceX: number | null;
  rows: (DotRow & { y: number; x: number | null; baselineX: number | null })[];
}

const SHAPES = {
  wide: { width: 640, marginLeft: 150, right: 70, row: 26, labelOnTop: false },
  narrow: { width: 343, marginLeft: 8, right: 64, row: 44, labelOnTop: true },
} as const;
const TOP = 28;
const BOTTOM = 30;

export function layoutDotPlot({ rows, reference, layout = 'wide' }: DotPlotInput): DotPlotGeometry {
  const shape = SHAPES[layout];
  const { width, marginLeft, row } = shape;
  const plotRight = width - shape.right;
  const values = rows.flatMap((r) => [r.value, r.baseline]).concat(reference).filter((v): v is number => v !== null);
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values) : 0;
  const lo = Math.min(min, 0);
  const x = scaleLinear().domain([lo, max === lo ? lo + 1 : max]).nice().range([marginLeft, plotRight]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const dotOffset = shape.labelOnTop ? 10 : 0;
  return {
    width,
    height: TOP + rows.length * row + BOTTOM,
    marginLeft,
    plotRight,
    labelX: shape.labelOnTop ? marginLeft : marginLeft - 8,
    labelDy: shape.labelOnTop ? -9 : 5,
    labelAnchor: shape.labelOnTop ? 'start' : 'end',
    ticks: x.ticks(layout === 'narrow' ? 4 : 5).map((t) => ({ x: round(x(t)), label: String(t) })),
    referenceX: reference === null ? null : round(x(reference)),
    rows: rows.map((r, i) => ({
      ...r,
      y: TOP + i * row + row / 2 + dotOffset,
      x: r.value === null ? null : round(x(r.value)),
      baselineX: r.baseline === null ? null : round(x(r.baseline)),
    })),
  };
}

/**
 * Geometry of horizontal stacked bars (one per row, segments summing to 100 %), used for the
 * share of identical / modified / original text per domain.
 */
import { scaleLinear } from 'd3-scale';

export interface StackSegment { key: string; label: string; value: number }
export interface StackRow { label: string; segments: StackSegment[] }

export type StackLayout = 'wide' | 'narrow';

export interface StackGeometry {
  width: number;
  height: number;
  marginLeft: number;
  /** Where a row's label sits: left of its bar (wide) or on a line of its own above it (narrow, a phone). */
  labelX: number;
  labelDy: number;
  labelAnchor: 'start' | 'end';
  rows: { label: string; y: number; total: number; segments: (StackSegment & { x: number; w: number; share: number })[] }[];
}

/**
 * wide: 640 units, labels left of the bars; narrow: 343 units (a phone's content width, drawn
 * one unit to one pixel), labels above the bars, so text stays at its CSS size.
 */
const SHAPES = {
  wide: { width: 640, marginLeft: 130, row: 28, top: 5, labelOnTop: false },
  narrow: { width: 343, marginLeft: 1, row: 46, top: 20, labelOnTop: true },
} as const;

export function layoutStackedBars(rows: readonly StackRow[], layout: StackLayout = 'wide'): StackGeometry {
  const { width, marginLeft, row: ROW, top, labelOnTop } = SHAPES[layout];
  const x = scaleLinear().domain([0, 1]).range([marginLeft, width - (labelOnTop ? 1 : 10)]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height: rows.length * ROW + 10,
    marginLeft,
    labelX: labelOnTop ? marginLeft : marginLeft - 8,
    labelDy: labelOnTop ? -5 : 15,
    labelAnchor: labelOnTop ? 'start' : 'end',
    rows: rows.map((row, i) => {
      const total = row.segments.reduce((s, seg) => s + seg.value, 0);
      let acc = 0;
      return {
        label: row.label,
        y: top + i * ROW,
        total,
        segments: row.segments.map((seg) => {
          const share = total ? seg.value / total : 0;
          const start = acc;
          acc += share;
          return { ...seg, share, x: round(x(start)), w: round(x(acc) - x(start)) };
        }),
      };
    }),
  };
}

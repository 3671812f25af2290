/**
 * Geometry of horizontal stacked bars (one per row, segments summing to 100 %), used for the
 * share of identical / modified / original text per domain.
 */
import { scaleLinear } from 'd3-scale';

export interface StackSegment { key: string; label: string; value: number }
export interface StackRow { label: string; segments: StackSegment[] }

export interface StackGeometry {
  width: number;
  height: number;
  marginLeft: number;
  rows: { label: string; y: number; total: number; segments: (StackSegment & { x: number; w: number; share: number })[] }[];
}

const ROW = 28;

export function layoutStackedBars(rows: readonly StackRow[], width = 640): StackGeometry {
  const marginLeft = 130;
  const x = scaleLinear().domain([0, 1]).range([marginLeft, width - 10]);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    width,
    height: rows.length * ROW + 10,
    marginLeft,
    rows: rows.map((row, i) => {
      const total = row.segments.reduce((s, seg) => s + seg.value, 0);
      let acc = 0;
      return {
        label: row.label,
        y: 5 + i * ROW,
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

/**
 * The stacked bars as SVG, for pages and for views the browser redraws: one drawing for a wide
 * screen and one for a phone (CSS shows one), so labels stay readable at 375 px.
 */
import { esc } from '../html/escape.ts';
import { percent } from '../align/present.ts';
import { layoutStackedBars, type StackLayout, type StackRow } from './stacked-bar.ts';

const pct = (s: number) => esc(percent(s));

function drawing(rows: readonly StackRow[], title: string, description: string, layout: StackLayout): string {
  const g = layoutStackedBars(rows, layout);
  const body = g.rows.map((r) => {
    const label = `<text x="${g.labelX}" y="${r.y + g.labelDy}" text-anchor="${g.labelAnchor}" class="row-label">${esc(r.label)}</text>`;
    const rects = r.segments.filter((s) => s.w > 0).map((s) => {
      const tip = esc(`${r.label} · ${s.label} ${pct(s.share)}`);
      return `<rect x="${s.x}" y="${r.y}" width="${s.w}" height="20" class="seg seg-${esc(s.key)}" data-tip="${tip}"><title>${tip}</title></rect>`;
    }).join('');
    const texts = r.segments.filter((s) => s.w > 34).map((s) => `<text x="${Math.round((s.x + s.w / 2) * 10) / 10}" y="${r.y + 15}" text-anchor="middle" class="seg-label">${pct(s.share)}</text>`).join('');
    return `<g>${label}${rects}${texts}</g>`;
  }).join('');
  return `<svg viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" aria-label="${esc(`${title}。${description}`)}" class="stacked-bars layout-${layout}"><title>${esc(title)}</title>${body}</svg>`;
}

export function stackedBarsSvg(rows: readonly StackRow[], title: string, description: string): string {
  return drawing(rows, title, description, 'wide') + drawing(rows, title, description, 'narrow');
}

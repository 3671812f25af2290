/** The stacked bars as an SVG string, for pages and for views the browser redraws. */
import { esc } from '../html/escape.ts';
import { layoutStackedBars, type StackRow } from './stacked-bar.ts';

const pct = (s: number) => `${Math.round(s * 100)}%`;

export function stackedBarsSvg(rows: readonly StackRow[], title: string, description: string): string {
  const g = layoutStackedBars(rows);
  const body = g.rows.map((r) => {
    const label = `<text x="${g.marginLeft - 8}" y="${r.y + 15}" text-anchor="end" class="row-label">${esc(r.label)}</text>`;
    const rects = r.segments.filter((s) => s.w > 0).map((s) => {
      const tip = esc(`${r.label} · ${s.label} ${pct(s.share)}`);
      return `<rect x="${s.x}" y="${r.y}" width="${s.w}" height="20" class="seg seg-${esc(s.key)}" data-tip="${tip}"><title>${tip}</title></rect>`;
    }).join('');
    const texts = r.segments.filter((s) => s.w > 34).map((s) => `<text x="${Math.round((s.x + s.w / 2) * 10) / 10}" y="${r.y + 15}" text-anchor="middle" class="seg-label">${pct(s.share)}</text>`).join('');
    return `<g>${label}${rects}${texts}</g>`;
  }).join('');
  return `<svg viewBox="0 0 ${g.width} ${g.height}" width="100%" role="img" aria-label="${esc(`${title}。${description}`)}" class="stacked-bars"><title>${esc(title)}</title>${body}</svg>`;
}

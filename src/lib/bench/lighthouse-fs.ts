/**
 * Lighthouse scores (performance, accessibility, best practices) for one page of each main kind
 * of a built site — home, a plan, an indicator, a diff — run in Debian's Chromium, with the
 * audits that keep a score below its goal (95 / 100 / 95).
 */
import type { Server } from 'node:http';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { listFiles } from '../check/links-fs.ts';
import { pageKinds } from '../check/page-kinds.ts';
import { createStaticServer, listen } from '../serve/static-server-fs.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './no-script-fs.ts';

const CATEGORIES = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof CATEGORIES;

export interface LighthousePage {
  kind: string;
  path: string;
  scores: Record<Category, number | null>;
  /** Audits holding a score under its goal: "performance: Largest Contentful Paint (2.9 s)". */
  shortfalls: string[];
}

// The kinds worth a Lighthouse run: home, a plan, an indicator, a diff and a comparison.
const WANTED = ['(home)', 'plans/*', 'indicators/*', 'plans/*/diff', 'compare/*'];

export async function runLighthouse(distDir: string): Promise<LighthousePage[]> {
  const kinds = pageKinds(listFiles(distDir).filter((f) => f.endsWith('.html')))
    .filter((k) => WANTED.some((w) => k.kind === w || k.kind.startsWith(`${w}/`)));
  const picked = WANTED.map((w) => kinds.find((k) => k.kind === w) ?? kinds.find((k) => k.kind.startsWith(`${w}/`))).filter((k) => k != null);
  const server: Server = createStaticServer(distDir);
  const base = await listen(server);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  const pages: LighthousePage[] = [];
  try {
    for (const kind of picked) {
      const result = await lighthouse(base + kind.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(CATEGORIES) });
      if (!result) throw new Error(`Lighthouse returned nothing for ${kind.path}`);
      const { lhr } = result;
      const scores = {} as Record<Category, number | null>;
      const shortfalls: string[] = [];
      for (const [category, goal] of Object.entries(CATEGORIES) as [Category, number][]) {
        const c = lhr.categories[category];
        scores[category] = c?.score == null ? null : Math.round(c.score * 100);
        if (!c || (scores[category] ?? 0) >= goal) continue;
        for (const ref of c.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
            shortfalls.push(`${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
          }
        }
      }
      pages.push({ kind: kind.kind, path: kind.path, scores, shortfalls });
    }
  } finally {
    chrome.kill();
    await new Promise((ok) => server.close(ok));
  }
  return pages;
}

export function formatLighthouse(pages: readonly LighthousePage[]): string {
  const rows = pages.map((p) => `| ${p.path} | ${p.scores.performance ?? '—'} | ${p.scores.accessibility ?? '—'} | ${p.scores['best-practices'] ?? '—'} |`);
  const table = ['| page | performance | accessibility | best practices |', '| --- | --- | --- | --- |', ...rows].join('\n');
  const shortfalls = pages.flatMap((p) => p.shortfalls.map((s) => `- ${p.path} ${s}`));
  return shortfalls.length ? `${table}\n\nBelow goal (95 / 100 / 95):\n${shortfalls.join('\n')}` : table;
}

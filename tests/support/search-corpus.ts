/**
 * The plans as a reader can search them, read from content/plans/*.md (not from the index):
 * every paragraph, heading and table row of the body, and the metadata the plan page shows
 * (title, 文号, 发布机关, dates, 印发通知), each a segment of its own. What a query should find is
 * computed from these with plain string search, whitespace and punctuation ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { markdownToBlocks } from '../../src/lib/plan/blocks.ts';
import { foldForSearch } from '../../src/lib/search/bigrams.ts';
import { readDictionary } from '../../src/lib/targets/dictionary-fs.ts';

export interface SearchablePlan {
  id: string;
  /** Folded text of each segment. */
  segments: string[];
  /** Folded text of each metadata field, by field. */
  meta: Record<string, string>;
}

const chineseDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
};

export function readSearchablePlans(dir = 'content/plans', only?: readonly string[]): SearchablePlan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && (!only || only.includes(f.replace(/\.md$/, ''))))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
      const fm = parse(front) as Record<string, unknown> & { notice?: { title: string; text: string } };
      const segments: string[] = [];
      for (const b of markdownToBlocks(body)) {
        if (b.kind === 'table') for (const row of b.rows) segments.push(row.join(''));
        else segments.push(b.text);
      }
      const meta: Record<string, string> = {
        title: String(fm.title ?? ''),
        doc_number: String(fm.doc_number ?? ''),
        issuer: String(fm.issuer ?? ''),
        signed: chineseDate(String(fm.signed ?? '')),
        published: chineseDate(String(fm.published ?? '')),
        notice: fm.notice ? `${fm.notice.title}\n${fm.notice.text}` : '',
      };
      const folded = Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, foldForSearch(v)]));
      return { id: f.replace(/\.md$/, ''), segments: segments.map(foldForSearch).filter(Boolean), meta: folded };
    });
}

/** Whether one segment of the plan holds the (folded) term. */
export function planHolds(plan: SearchablePlan, term: string): boolean {
  const t = foldForSearch(term);
  return plan.segments.some((s) => s.includes(t)) || Object.values(plan.meta).some((s) => s.includes(t));
}

/** The plans holding every term of a space-separated query, by id. */
export function expectedPlans(plans: readonly SearchablePlan[], query: string): string[] {
  const terms = query.split(/\s+/).filter(Boolean);
  return plans.filter((p) => terms.every((t) => planHolds(p, t))).map((p) => p.id).sort();
}

/** A small seeded generator (mulberry32): the same seed gives the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` substrings of 2 to 6 characters cut at random from the plans' segments (a random plan,
 * a random segment, a random place), folded as search folds them. Duplicates are kept apart only once.
 */
export function sampleSubstrings(plans: readonly SearchablePlan[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out = new Set<string>();
  while (out.size < count) {
    const segment = [...pick(pick(plans).segments)];
    const length = 2 + Math.floor(random() * 5);
    if (segment.length < length) continue;
    const start = Math.floor(random() * (segment.length - length + 1));
    out.add(segment.slice(start, start + length).join(''));
  }
  return [...out];
}

/** An indicator or clause page as a reader can search it: its `pid` and the folded text of its searchable block. */
export interface SearchablePage {
  /** indicators/<id> or clauses/<id> (src/lib/search/facets.ts pageSearchId). */
  id: string;
  text: string;
  /** 妇女 or 儿童, or both for an indicator of both plan types. */
  plans: string[];
}

/**
 * The indicator pages, from content/indicators.yaml (not from the pages or the index): a page is
 * found by its name and the wordings it is also written as, which its #names block shows as
 * "<name_zh> · 也写作：<aliases joined by 、>".
 */
export function readSearchableIndicators(root = '.'): SearchablePage[] {
  return readDictionary(root).map((ind) => ({
    id: `indicators/${ind.id}`,
    text: foldForSearch(ind.name_zh + (ind.aliases.length ? `也写作：${ind.aliases.join('、')}` : '')),
    plans: ind.plan_type === 'both' ? ['妇女', '儿童'] : [ind.plan_type === 'women' ? '妇女' : '儿童'],
  }));
}

/**
 * The clause pages, each found by its common wording: read from the built pages' quoted common
 * wording (blockquote#common), the wording the clause explorer computed, not from the index. A
 * table row's column headers, shown above its cells, are left out as the page marks them
 * (data-pagefind-ignore): the page is found by the row's own text.
 */
export function readSearchableClauses(dist: string): SearchablePage[] {
  const dir = join(dist, 'clauses');
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => {
    const html = readFileSync(join(dir, e.name, 'index.html'), 'utf8');
    const quote = /<blockquote id="common"[^>]*>([\s\S]*?)<\/blockquote>/.exec(html)?.[1];
    if (quote === undefined) throw new Error(`${dir}/${e.name}/index.html: no blockquote#common`);
    const text = decodeEntities(quote.replace(/<(\w+)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ''));
    const plan = /<a href="\/clauses\/">共有条款<\/a> › (妇女|儿童)发展规划/.exec(html)?.[1];
    if (!plan) throw new Error(`${dir}/${e.name}/index.html: the breadcrumb names no plan type`);
    return { id: `clauses/${e.name}`, text: foldForSearch(text), plans: [plan] };
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
}

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** The pages holding every term of a space-separated query, by id. */
export function expectedPages(pages: readonly SearchablePage[], query: string): string[] {
  const terms = query.split(/\s+/).filter(Boolean).map(foldForSearch);
  return pages.filter((p) => terms.every((t) => p.text.includes(t))).map((p) => p.id).sort();
}

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

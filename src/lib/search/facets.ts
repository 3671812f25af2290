/**
 * The search facets: what Pagefind indexes as filters and what the search page's URL carries.
 * One name serves both, so `?plan=妇女` is the `plan` filter and nothing translates between them.
 *
 * A page joins the search by passing `searchable="指标"` (or "条款") to Base.astro, which marks
 * <main> with data-pagefind-body and writes <meta data-pagefind-filter="type[content]">. That is
 * all an indicator or clause page needs: its results then appear under their own type, titled by
 * its <h1 data-pagefind-meta="title">. Other facets (province, plan …) are optional meta tags:
 * <meta data-pagefind-filter="plan[content]" content="儿童" />.
 */

/** What a result is. */
export const RESULT_TYPES = ['规划', '指标', '条款'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Plan types as readers name them (the filter values). */
export const PLAN_FACET = ['妇女', '儿童'] as const;

/** Filter names, in the order the search page shows them. */
export const FILTER_KEYS = ['type', 'plan', 'province', 'county', 'domain'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Pagefind's index options; the client reads the same `include_characters` from the index. */
export const INDEX_OPTIONS = {
  // Kept inside words so 4.5 is not 45, 3.8 is not 38, and 12/10万 stays one phrase.
  includeCharacters: './%',
} as const;

/**
 * Two filters that tie a plan page to its bigram record (bigrams.ts): the page carries its plan
 * id as `pid`, the bigram record carries it as `bid`. A search of the bigram records tells which
 * plans matched through its `bid` counts; `pid` then fetches those plans' pages.
 */
export const PAGE_FILTER = 'pid';
export const BIGRAM_FILTER = 'bid';

/**
 * The `pid` of a page that is not a plan: "indicators/maternal-mortality", "clauses/c-women-12".
 * A plan's `pid` is its plan id (140107-women), which starts with a digit.
 */
export function pageSearchId(kind: 'indicators' | 'clauses', id: string): string {
  return `${kind}/${id}`;
}

/** What a `pid` is: a plan, or an indicator or clause page (pageSearchId). */
export function resultTypeOf(pid: string): ResultType {
  if (pid.startsWith('indicators/')) return '指标';
  if (pid.startsWith('clauses/')) return '条款';
  return '规划';
}

/**
 * The order results are listed in: plans (and their paragraphs) first, then indicator pages, then
 * clause pages; within each, by id (plans in county-code order, as everywhere on the site).
 */
export function compareResultIds(a: string, b: string): number {
  const rank = (pid: string) => RESULT_TYPES.indexOf(resultTypeOf(pid));
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

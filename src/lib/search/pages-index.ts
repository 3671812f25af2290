/**
 * The indicator and clause pages are a search index of their own (index-fs.ts), beside the
 * plans' shards: in the plans' index their pages, bigram records and filter values were more
 * than half of what every first search downloads before it can answer (the index metadata and
 * the `bid` and `pid` filters; about 60 KB at 1,000 plans). The search page searches them after
 * the plans' first results are on screen, or first when the 类型 filter asks for them.
 *
 * A query no plan holds is looked for there only when one of those pages may hold it. A clause
 * page indexes its common wording, which is one plan's paragraph with its place names written
 * ×× (align/consensus.ts genericTokens); × is not a search character (bigrams.ts), so a term
 * without × that the wording holds is held by that plan's own paragraph too, and that plan was
 * searched. An indicator page indexes its names (#names: the name, and 也写作 its aliases), which
 * no plan need contain: the search page carries those names, folded, to check against.
 */
import { foldForSearch } from './bigrams.ts';
import { RESULT_TYPES } from './facets.ts';

/** Where the indicator and clause pages' index is served, under the search root. */
export const PAGES_INDEX = 'pages';

/** The type filter's values of the pages in PAGES_INDEX: every result type but 规划 (facets.ts). */
const PAGE_TYPES: ReadonlySet<string> = new Set(RESULT_TYPES.filter((t) => t !== '规划'));

/** What an indicator page gives search (its #names block), folded as search compares text. */
export function indicatorSearchText(indicator: { name_zh: string; aliases: readonly string[] }): string {
  return foldForSearch(indicator.aliases.length ? `${indicator.name_zh} · 也写作：${indicator.aliases.join('、')}` : indicator.name_zh);
}

/** Whether a search with these Pagefind filters can find an indicator or clause page at all. */
export function pagesWanted(filters: Readonly<Record<string, readonly string[]>>): boolean {
  const types = filters.type;
  if (types?.length && !types.some((t) => PAGE_TYPES.has(t))) return false;
  // Those pages belong to no province, county or plan domain.
  return !filters.province?.length && !filters.county?.length && !filters.domain?.length;
}

/** Whether the 类型 filter asks for indicator or clause pages only: their index is searched first. */
export function pagesOnly(filters: Readonly<Record<string, readonly string[]>>): boolean {
  const types = filters.type;
  return Boolean(types?.length) && types!.every((t) => PAGE_TYPES.has(t));
}

/**
 * Whether an indicator or clause page may hold every term though no plan does: a term written
 * with ×× (as clause pages write place names), or every term in one indicator page's names.
 */
export function pagesMayHoldBeyondPlans(terms: readonly string[], indicatorTexts: readonly string[]): boolean {
  if (!terms.length) return false;
  if (terms.some((t) => t.includes('×'))) return true;
  const folded = terms.map(foldForSearch);
  return indicatorTexts.some((text) => folded.every((t) => text.includes(t)));
}

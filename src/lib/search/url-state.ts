/**
 * The search page's state lives in its URL (?q=近视&province=山西省&plan=儿童&domain=儿童与健康),
 * so a search can be bookmarked, shared and walked back and forth with the browser's buttons.
 * Unknown parameters are ignored and over-long values cut, so a hand-edited URL cannot do harm.
 */
import { FILTER_KEYS, type FilterKey } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

const MAX_PARAM_CHARS = 200;

export function stateFromSearchParams(params: URLSearchParams): SearchState {
  const clip = (v: string | null) => [...(v ?? '')].slice(0, MAX_PARAM_CHARS).join('').trim();
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = clip(params.get(key));
    if (value) filters[key] = value;
  }
  return { q: clip(params.get('q')), filters };
}

/** The query string for a state: q first, then filters in their fixed order, empty ones left out. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The filters Pagefind is given: every set facet as a one-value list. */
export function pagefindFilters(filters: SearchState['filters']): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v).map(([k, v]) => [k, [v!]]));
}

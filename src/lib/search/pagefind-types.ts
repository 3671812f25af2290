/** The parts of Pagefind's browser API (pagefind.js) the search page uses. */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Set from data-pagefind-title: makes the element a sub-result of its own. */
  title?: string;
  /** Word position where the element starts. */
  location: number;
}

export interface PagefindFragment {
  url: string;
  /** Words separated by U+200B for segmented (Chinese) text, < and > escaped. */
  raw_content?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word locations of the matches in the page. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Adds another index (a bundle directory such as /pagefind/r3/) to this one's searches. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /**
   * A filter value `{ none: [] }` keeps every page but makes Pagefind load that filter, whose
   * counts it then returns (it counts only the filters it has loaded).
   */
  search(term: string | null, options?: { filters?: Record<string, string[] | { none: string[] }> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

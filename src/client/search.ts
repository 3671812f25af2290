// The search page: reads the query and filters from the URL, searches the Pagefind index, and
// writes every new search back to the URL (so it can be shared, and back/forward work).
// Pagefind (/pagefind/<shard>/pagefind.js, one index per shard of provinces: src/lib/search/shards.ts)
// is loaded by this page only. A first search loads one shard alone: the first, or, when the
// route table (src/lib/search/shard-routes.ts) says the first cannot hold the query, the first
// that may (a 文号 or a county's name is in one shard, a common word in all). The other shards
// that may hold it, and then the indicator and clause pages' index (src/lib/search/pages-index.ts),
// are merged once its first results are on screen (or sooner, when it has too few), so a
// reader's first answer costs one index however many shards there are. A query no plan holds is
// looked for in the pages' index only when one of those pages may hold it.
import { normalizeQuery, needsChunkCosts, type SearchQuery } from '../lib/search/query.ts';
import { stateFromSearchParams, stateToSearch, pagefindFilters, type SearchState } from '../lib/search/url-state.ts';
import { FILTER_KEYS, BIGRAM_FILTER, PAGE_FILTER, compareResultIds } from '../lib/search/facets.ts';
import { hitsOf } from '../lib/search/hits.ts';
import type { PagefindApi, PagefindFragment } from '../lib/search/pagefind-types.ts';
import { SEARCH_ROOT, shardOfProvince, shardPath } from '../lib/search/shards.ts';
import { parseRouteBucket, routeBucket, routedShards, routeWords, ROUTES_DIR, type RouteBucket } from '../lib/search/shard-routes.ts';
import { resultItem, suggestionLinks } from './search-render.ts';
import { closestDocNumbers, mayBeNearDocNumber, shorterQueries, shorterSuggestions, MAX_SUGGESTIONS, type ShorterCheck } from '../lib/search/suggest.ts';
import { bigramCheck, chunksAsked } from '../lib/search/bigrams.ts';
import { CHUNK_COSTS_FILE, parseChunkCosts, type ChunkCosts } from '../lib/search/chunk-costs.ts';
import { pagesMayHoldBeyondPlans, pagesOnly, pagesWanted } from '../lib/search/pages-index.ts';

/**
 * Results checked and shown at once: each costs its plan's fragment file (about 25 KB), so the
 * first answer shows a screenful (two plans, up to three paragraphs each) within the first
 * search's 300 KB, and "more" adds larger batches.
 */
const FIRST_BATCH = 2;
const BATCH = 6;
/**
 * Plans whose text is checked at most per batch. A long term is searched by a spread of its
 * bigrams (src/lib/search/bigrams.ts), which plans may hold without holding the term; each check
 * downloads a plan's text, so a reader asks for more checks rather than waiting for thousands.
 */
const CHECKS_PER_BATCH = 12;
const PAGEFIND_OPTIONS = { excerptLength: 20 };

const form = document.getElementById('search-form') as HTMLFormElement;
const box = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const moreButton = document.getElementById('search-more') as HTMLButtonElement;
const suggestion = document.getElementById('search-suggest')!;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

/** A plan's own domain heading → the national domain the filter offers (content/search-domains.yaml). */
const domainAliases = JSON.parse(form.dataset.domainAliases ?? '{}') as Record<string, string>;

/** The shards' indexes, in province order, as the page lists them (search.astro). */
const shards = (form.dataset.shards ?? '').split(' ').filter(Boolean);
/** The indicator and clause pages' index, and those pages' names, folded (search.astro). */
const pagesIndex = form.dataset.pagesIndex ?? '';
const indicatorTexts = JSON.parse(form.dataset.indicatorTexts ?? '[]') as string[];
const docShapes = (form.dataset.docNumberShapes ?? '').split(' ').filter(Boolean);

let pagefind: Promise<PagefindApi> | undefined;
/** The shard whose Pagefind the page loaded; the others are merged into its index. */
let host = shards[0] ?? '';
/**
 * One shard's Pagefind, all a first search needs to show its first results: the first shard's,
 * or for a first search the first shard cannot answer, that of the first shard that may
 * (`preferred`). Later searches use the one loaded.
 */
function loadPagefind(preferred = host): Promise<PagefindApi> {
  if (!preferred) return Promise.reject(new Error('the page names no search index'));
  if (!pagefind) {
    host = preferred;
    merged.add(host);
    pagefind = (import(/* @vite-ignore */ `${shardPath(host)}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await api.options(PAGEFIND_OPTIONS);
      await api.init();
      return api;
    });
  }
  return pagefind;
}

let chunkCosts: Promise<ChunkCosts | undefined> | undefined;
/**
 * The loaded shard's table of large index chunks (src/lib/search/chunk-costs.ts), fetched once and
 * only for a term whose phrase has a choice of window, or for suggestions. Without it (a failed
 * fetch) a long term is asked by its opening pairs: costlier, never less exact.
 */
function loadChunkCosts(): Promise<ChunkCosts | undefined> {
  const url = `${shardPath(host)}${CHUNK_COSTS_FILE}`;
  chunkCosts ??= fetch(url)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`))))
    .then((json) => parseChunkCosts(json, url))
    .catch((error: unknown) => {
      console.warn('search:', error instanceof Error ? error.message : error);
      return undefined;
    });
  return chunkCosts;
}

/** Every phrase this page has asked Pagefind for: the index chunks they downloaded cost nothing again. */
const askedPieces = new Set<string>();

function loadedChunks(costs: ChunkCosts | undefined): ReadonlySet<string> {
  return new Set(costs ? chunksAsked([...askedPieces], costs) : []);
}

/** What is searched for what the reader typed, each long term by its cheapest window. */
async function queryOf(raw: string): Promise<SearchQuery> {
  const plain = normalizeQuery(raw);
  if (!needsChunkCosts(plain)) return plain;
  const costs = await loadChunkCosts();
  return normalizeQuery(raw, costs, loadedChunks(costs));
}

/** Each province's two-digit code (search.astro): a province filter needs that province's shard only. */
const provinceCodes = JSON.parse(form.dataset.provinceCodes ?? '{}') as Record<string, string>;
/** An index of more than one shard has a route table (src/lib/search/shard-routes.ts). */
const routed = shards.length > 1;

/** Shards merged (or being merged) into the loaded shard's index. */
const merging = new Map<string, Promise<void>>();
/** Shards merged, and the loaded one: a search sees their results. */
const merged = new Set<string>();
/** Merges these shards' indexes into the loaded shard's, each once. */
function loadShards(api: PagefindApi, names: readonly string[]): Promise<void> {
  return Promise.all(names.filter((name) => name !== host).map((name) => {
    let done = merging.get(name);
    if (!done) {
      done = api.mergeIndex(shardPath(name), PAGEFIND_OPTIONS).then(() => {
        merged.add(name);
      });
      merging.set(name, done);
    }
    return done;
  })).then(() => undefined);
}

const routeFiles = new Map<number, Promise<RouteBucket>>();
function routeFile(n: number): Promise<RouteBucket> {
  let file = routeFiles.get(n);
  if (!file) {
    const url = `${SEARCH_ROOT}${ROUTES_DIR}/${n}.json`;
    file = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: HTTP ${r.status}`)))).then((json) => parseRouteBucket(json, url));
    routeFiles.set(n, file);
    file.catch(() => routeFiles.delete(n));
  }
  return file;
}

/**
 * The shards that may hold every term (src/lib/search/shard-routes.ts), within the province
 * filter's shard if there is one; every shard where the table cannot tell (one shard, a
 * one-character term, a table that failed to load).
 */
async function shardsFor(terms: readonly string[], province: string | undefined): Promise<string[]> {
  const code = province === undefined ? undefined : provinceCodes[province];
  const shard = code === undefined ? undefined : shardOfProvince(code, shards);
  const within = province === undefined ? undefined : shard ? [shard] : [];
  const words = routed ? routeWords(terms) : null;
  if (!words) return within ?? shards;
  try {
    const files = new Map<number, RouteBucket>();
    await Promise.all([...new Set(words.map(routeBucket))].map(async (n) => files.set(n, await routeFile(n))));
    return routedShards(words, (n) => files.get(n)!, shards, within) ?? within ?? shards;
  } catch (error) {
    console.warn('search:', error instanceof Error ? error.message : error);
    return within ?? shards;
  }
}

let pages: Promise<void> | undefined;
/** Whether the indicator and clause pages' index is merged (or the site has none). */
let pagesLoaded = !pagesIndex;
/** Merges the indicator and clause pages' index into the first shard's, once. */
function loadPages(api: PagefindApi): Promise<void> {
  pages ??= (pagesIndex ? api.mergeIndex(shardPath(pagesIndex), PAGEFIND_OPTIONS) : Promise.resolve()).then(() => {
    pagesLoaded = true;
  });
  return pages;
}

interface Run {
  query: SearchQuery;
  /** The filters Pagefind is given (url-state.ts pagefindFilters). */
  filters: Record<string, string[]>;
  /**
   * Whether the candidates come from every index the run can find anything in (every shard, and
   * the pages' index unless its filters rule those pages out), or from the first shard's alone.
   */
  complete: boolean;
  /** What the reader typed, when it differs from what was searched (近視 → 近视). */
  typed: string;
  domain: string | undefined;
  candidates: Candidate[];
  next: number;
  shown: number;
  rejected: number;
  /** Paragraphs (and rows, fields) shown so far that hold every term. */
  allTermHits: number;
  /** The shards that may hold the query (shardsFor): the run is complete once they are merged. */
  shards: string[];
}
let current: Run | null = null;
let currentFilters: SearchState['filters'] = {};
let generation = 0;

function formState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = select(key).value;
    if (value) filters[key] = value;
  }
  return { q: box.value, filters };
}

function fillForm(state: SearchState): void {
  box.value = state.q;
  for (const key of FILTER_KEYS) {
    const s = select(key);
    const value = state.filters[key] ?? '';
    // A value from a hand-made URL that the page does not offer is added, so the form shows it.
    if (value && ![...s.options].some((o) => o.value === value)) s.add(new Option(value, value));
    s.value = value;
  }
}

/** A plan whose bigram record matched every term; its page is fetched when it is shown. */
interface Candidate {
  id: string;
}

/**
 * Plans whose text may hold every term: one search of the bigram records per term
 * (src/lib/search/bigrams.ts), the plans of each read off the `bid` filter counts, intersected.
 * The bigram records themselves are never downloaded; src/lib/search/hits.ts then checks each
 * plan's own text.
 */
async function candidatesFor(api: PagefindApi, query: SearchQuery, filters: Record<string, string[]>): Promise<Candidate[]> {
  // Pagefind counts only the filters it has loaded: `none: []` loads the bigram records' filter
  // (and no other the search does not ask for) without narrowing the search.
  for (const piece of query.pieces) askedPieces.add(piece);
  const searches = await Promise.all(query.pieces.map((p) => api.search(p, { filters: { ...filters, [BIGRAM_FILTER]: { none: [] } } })));
  let ids: Set<string> | undefined;
  for (const search of searches) {
    const here = new Set(Object.entries(search?.filters[BIGRAM_FILTER] ?? {}).filter(([, n]) => n > 0).map(([id]) => id));
    ids = ids ? new Set([...ids].filter((id) => here.has(id))) : here;
  }
  // Plans first, in county-code order as everywhere else on the site; then indicator and clause pages.
  return [...(ids ?? [])].sort(compareResultIds).map((id) => ({ id }));
}

/** The plan page's own record (its text, anchors and metadata), found by its `pid` filter. */
async function pageOf(api: PagefindApi, candidate: Candidate): Promise<PagefindFragment | null> {
  const search = await api.search(null, { filters: { [PAGE_FILTER]: [candidate.id] } });
  const result = search?.results[0];
  return result ? result.data() : null;
}

/** Hides the county list, which only a chosen province fills. */
function hideCounties(): void {
  form.querySelector<HTMLElement>('[data-filter-wrap="county"]')!.hidden = true;
  select('county').length = 1;
}

async function updateCounties(api: PagefindApi, state: SearchState): Promise<void> {
  const wrap = form.querySelector<HTMLElement>('[data-filter-wrap="county"]')!;
  const county = select('county');
  if (!state.filters.province) {
    hideCounties();
    return;
  }
  // Pagefind counts only the filters it has loaded: `none: []` loads the county filter without narrowing.
  const inProvince = await api.search(null, { filters: { province: [state.filters.province], county: { none: [] } } });
  const names = Object.keys(inProvince?.filters.county ?? {}).filter((c) => (inProvince?.filters.county?.[c] ?? 0) > 0).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  county.length = 1;
  for (const name of names) county.add(new Option(name, name));
  county.value = state.filters.county && names.includes(state.filters.county) ? state.filters.county : '';
  wrap.hidden = names.length === 0;
}

function say(text: string): void {
  status.textContent = text;
}

function describe(run: Run): string {
  if (!run.complete) return `正在查找更多结果…（已显示 ${run.shown} 个）`;
  const done = run.next >= run.candidates.length;
  const total = run.candidates.length - run.rejected;
  const what = `「${run.query.text}」${run.domain ? `（${run.domain}）` : ''}`;
  const note = run.typed && run.typed !== run.query.text ? `（按「${run.query.text}」搜索）` : '';
  if (done && total === 0) return `没有找到含有${what}的规划、指标或条款。${note}`;
  if (run.shown === 0) return `已核对 ${run.next} 个可能的结果，都不含${what}；按“显示更多结果”继续核对其余 ${run.candidates.length - run.next} 个。${note}`;
  const all = run.query.terms.length > 1 ? `已显示的结果中 ${run.allTermHits} 段同时含有全部 ${run.query.terms.length} 个词。` : '';
  return (done ? `${total} 个结果含有${what}。` : `约 ${total} 个结果含有${what}，已显示 ${run.shown} 个。`) + all + note;
}

async function showMore(api: PagefindApi, run: Run, mine: number): Promise<void> {
  moreButton.hidden = true;
  list.setAttribute('aria-busy', 'true');
  const wanted = run.next === 0 ? FIRST_BATCH : BATCH;
  const checkedBefore = run.next;
  let added = 0;
  while (added < wanted && run.next - checkedBefore < CHECKS_PER_BATCH) {
    if (run.next >= run.candidates.length) {
      // The first shard has no more: the other shards are needed now, not after the first results.
      if (run.complete) break;
      await completeRun(api, run);
      if (mine !== generation) return;
      continue;
    }
    const batch = run.candidates.slice(run.next, run.next + Math.min(wanted - added, CHECKS_PER_BATCH - (run.next - checkedBefore)));
    run.next += batch.length;
    const fragments = await Promise.all(batch.map((c) => pageOf(api, c)));
    if (mine !== generation) return;
    for (const fragment of fragments) {
      const { shown, hits, allTerms } = fragment ? hitsOf(fragment, run.query.terms, run.domain, domainAliases) : { shown: false, hits: [], allTerms: 0 };
      if (!shown || !fragment) {
        run.rejected++;
        continue;
      }
      list.append(resultItem(fragment, hits, run.query.terms.length > 1 ? allTerms : undefined));
      run.shown++;
      run.allTermHits += allTerms;
      added++;
    }
  }
  say(describe(run));
  if (!run.complete) {
    // The first results are on screen: let the browser paint them, then merge the other shards.
    await afterPaint();
    if (mine !== generation) return;
    await completeRun(api, run);
    if (mine !== generation) return;
    say(describe(run));
  }
  moreButton.hidden = run.next >= run.candidates.length;
  if (run.next >= run.candidates.length && run.shown === 0) await suggest(api, run, mine);
  list.setAttribute('aria-busy', 'false');
}

/** Resolves once the browser has had a frame to paint (or after 50 ms where frames are paused, as in a hidden tab). */
function afterPaint(): Promise<void> {
  return new Promise((painted) => {
    const done = () => setTimeout(painted, 0);
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * Merges the other shards and finds the run's candidates in all of them: those checked so far
 * stay where they are (they are the first shard's first plans, in the order of all), the rest
 * follow. The indicator and clause pages' index is merged too, unless the run's filters rule those
 * pages out, or no plan may hold the query and no such page can hold it beyond the plans.
 */
async function completeRun(api: PagefindApi, run: Run): Promise<void> {
  await loadShards(api, run.shards);
  let all = await candidatesFor(api, run.query, run.filters);
  if (!pagesLoaded && pagesWanted(run.filters) && (all.length > 0 || pagesMayHoldBeyondPlans(run.query.terms, indicatorTexts))) {
    await loadPages(api);
    all = await candidatesFor(api, run.query, run.filters);
  }
  const checked = new Set(run.candidates.slice(0, run.next).map((c) => c.id));
  run.candidates = [...run.candidates.slice(0, run.next), ...all.filter((c) => !checked.has(c.id))];
  run.complete = true;
}

/**
 * Whether a one-term query finds a plan. An exact phrase needs no check; otherwise the first
 * candidate is checked against its text, as results are (each check costs a plan's text), unless
 * `textCheck` is false: then a query that would need one is not searched at all. The phrase is
 * the cheapest given what this page has downloaded already (bigrams.ts bigramCheck).
 */
async function findsSomething(api: PagefindApi, q: string, textCheck: boolean): Promise<ShorterCheck> {
  const costs = await loadChunkCosts();
  const query = normalizeQuery(q);
  const check = query.terms.length === 1 ? bigramCheck(query.terms[0]!, costs, loadedChunks(costs)) : { pieces: query.pieces, exact: false };
  const needsText = !check.exact || Boolean(currentFilters.domain);
  if (needsText && !textCheck) return { found: false, textChecked: false };
  // One plan that holds it is enough: the shards already merged are searched first, then one more
  // shard that may hold it at a time, not all of them.
  const holding = await shardsFor(query.terms, currentFilters.province);
  const waiting = holding.filter((s) => !merged.has(s));
  if (waiting.length === holding.length) {
    const next = waiting.shift();
    if (!next) return { found: false, textChecked: false };
    await loadShards(api, [next]);
  }
  for (;;) {
    const candidates = await candidatesFor(api, { ...query, pieces: check.pieces }, pagefindFilters(currentFilters));
    if (candidates.length) {
      if (!needsText) return { found: true, textChecked: false };
      const fragment = await pageOf(api, candidates[0]!);
      return { found: Boolean(fragment && hitsOf(fragment, query.terms, currentFilters.domain, domainAliases).shown), textChecked: true };
    }
    const next = waiting.shift();
    if (!next) return { found: false, textChecked: false };
    await loadShards(api, [next]);
  }
}

/** Shorter queries that find a plan, tried in turn (at most this many searches). */
const SUGGESTION_TRIES = 8;

/**
 * For a query that found nothing: the closest 文号, and the query with a piece left out, each
 * offered only if it finds a plan (src/lib/search/suggest.ts).
 */
async function suggest(api: PagefindApi, run: Run, mine: number): Promise<void> {
  const found: string[] = [];
  if (mayBeNearDocNumber(run.query.text, docShapes)) {
    const docNumbers = (await fetch('/search/doc-numbers.json').then((r) => (r.ok ? r.json() : [])).catch(() => [])) as string[];
    found.push(...closestDocNumbers(run.query.text, docNumbers));
  }
  if (run.query.terms.length === 1) {
    // Two at most: 妇女发展规划 / 儿童发展规划, not every fragment of the query.
    const wanted = Math.min(2, MAX_SUGGESTIONS - found.length);
    if (wanted > 0) found.push(...(await shorterSuggestions(shorterQueries(run.query.terms[0]!, SUGGESTION_TRIES), (q, textCheck) => findsSomething(api, q, textCheck), wanted)));
  }
  if (mine !== generation || !found.length) return;
  suggestion.replaceChildren(...suggestionLinks(found.slice(0, MAX_SUGGESTIONS), currentFilters));
  suggestion.hidden = false;
}

async function search(state: SearchState): Promise<void> {
  const mine = ++generation;
  const plain = normalizeQuery(state.q);
  currentFilters = state.filters;
  suggestion.hidden = true;
  suggestion.replaceChildren();
  list.replaceChildren();
  list.setAttribute('aria-busy', 'true');
  moreButton.hidden = true;
  current = null;
  if (!plain.pieces.length && !state.filters.province) {
    // Nothing to search and no county list to fill: no index is loaded before a query says which.
    hideCounties();
    say(state.q.trim() ? '请输入要查找的字词：只有标点或符号无法搜索。' : '');
    list.setAttribute('aria-busy', 'false');
    return;
  }
  try {
    const needed = await shardsFor(plain.terms, state.filters.province);
    if (mine !== generation) return;
    // A first search loads the first shard's Pagefind, or, when the first shard cannot hold the
    // query, that of a shard that may.
    const loading = loadPagefind(needed.length && !needed.includes(host) ? needed[0] : host);
    // Fetched beside Pagefind's own files, not after them.
    if (needsChunkCosts(plain)) void loadChunkCosts();
    const api = await loading;
    // The county list is the province's shard's.
    if (state.filters.province) await loadShards(api, await shardsFor([], state.filters.province));
    await updateCounties(api, state);
    if (mine !== generation) return;
    if (!plain.pieces.length) {
      say(state.q.trim() ? '请输入要查找的字词：只有标点或符号无法搜索。' : '');
      list.setAttribute('aria-busy', 'false');
      return;
    }
    say('正在搜索…');
    const filters = pagefindFilters(state.filters);
    // 类型 指标 or 条款: those pages' index is the one to search.
    if (pagesOnly(filters)) await loadPages(api);
    if (mine !== generation) return;
    const query = await queryOf(state.q);
    if (mine !== generation) return;
    // Where the loaded shard cannot hold the query, the shards that may are searched at once.
    if (!needed.includes(host)) await loadShards(api, needed);
    if (mine !== generation) return;
    const complete = needed.every((s) => merged.has(s)) && (pagesLoaded || !pagesWanted(filters));
    const candidates = await candidatesFor(api, query, filters);
    if (mine !== generation) return;
    current = { query, filters, complete, typed: state.q.trim(), domain: state.filters.domain, candidates, next: 0, shown: 0, rejected: 0, allTermHits: 0, shards: needed };
    await showMore(api, current, mine);
  } catch (error) {
    if (mine !== generation) return;
    say('搜索索引未能载入，请稍后再试，或按地区浏览。');
    list.setAttribute('aria-busy', 'false');
    console.warn('search:', error);
  }
}

function navigate(): void {
  const state = formState();
  const search_ = stateToSearch(state);
  if (search_ !== location.search) history.pushState(null, '', `${location.pathname}${search_}`);
  void search(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName !== 'SELECT') return;
  // A county belongs to one province: changing the province clears it.
  if ((event.target as HTMLSelectElement).name === 'province') select('county').value = '';
  navigate();
});
moreButton.addEventListener('click', () => {
  if (current) void loadPagefind().then((api) => showMore(api, current!, generation));
});
window.addEventListener('popstate', () => {
  const state = stateFromSearchParams(new URLSearchParams(location.search));
  fillForm(state);
  void search(state);
});

const initial = stateFromSearchParams(new URLSearchParams(location.search));
fillForm(initial);
void search(initial);
if (!initial.q) box.focus();

// The search page: reads the query and filters from the URL, searches the Pagefind index, and
// writes every new search back to the URL (so it can be shared, and back/forward work).
// Pagefind (/pagefind/<shard>/pagefind.js, one index per shard of provinces: src/lib/search/shards.ts)
// is loaded by this page only.
import { normalizeQuery, type SearchQuery } from '../lib/search/query.ts';
import { stateFromSearchParams, stateToSearch, pagefindFilters, type SearchState } from '../lib/search/url-state.ts';
import { FILTER_KEYS } from '../lib/search/facets.ts';
import { hitsOf } from '../lib/search/hits.ts';
import type { PagefindApi, PagefindResult } from '../lib/search/pagefind-types.ts';
import { shardPath } from '../lib/search/shards.ts';
import { resultItem } from './search-render.ts';

/**
 * Results checked and shown at once: each costs its plan's fragment file (about 25 KB), so the
 * first answer shows a screenful and "more" adds larger batches.
 */
const FIRST_BATCH = 3;
const BATCH = 6;
const PAGEFIND_OPTIONS = { excerptLength: 20 };

const form = document.getElementById('search-form') as HTMLFormElement;
const box = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const moreButton = document.getElementById('search-more') as HTMLButtonElement;
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

/** The shards' indexes, as the page lists them (search.astro). */
const shards = (form.dataset.shards ?? '').split(' ').filter(Boolean);

let pagefind: Promise<PagefindApi> | undefined;
/** The first shard's Pagefind, with every other shard's index merged into it. */
function loadPagefind(): Promise<PagefindApi> {
  const [first, ...rest] = shards;
  if (!first) return Promise.reject(new Error('the page names no search index'));
  pagefind ??= (import(/* @vite-ignore */ `${shardPath(first)}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
    await api.options(PAGEFIND_OPTIONS);
    for (const shard of rest) await api.mergeIndex(shardPath(shard), PAGEFIND_OPTIONS);
    await api.init();
    return api;
  });
  return pagefind;
}

interface Run {
  query: SearchQuery;
  /** What the reader typed, when it differs from what was searched (近視 → 近视). */
  typed: string;
  domain: string | undefined;
  candidates: Candidate[];
  next: number;
  shown: number;
  rejected: number;
}
let current: Run | null = null;
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

/** A plan that holds every piece, and the word locations of every match in it. */
interface Candidate {
  result: PagefindResult;
  places: number[];
}

/**
 * Plans holding every piece of the query. An exact-phrase search per piece decides which plans
 * match, but reports only a phrase's first place in each; a plain search for all the words
 * supplies every place, from which src/lib/search/hits.ts finds each matching paragraph.
 */
async function candidatesFor(api: PagefindApi, query: SearchQuery, filters: Record<string, string[]>): Promise<Candidate[]> {
  const [loose, ...exact] = await Promise.all([
    api.search(query.pieces.join(' '), { filters }),
    ...query.pieces.map((p) => api.search(`"${p}"`, { filters })),
  ]);
  const scores = new Map<string, number>();
  exact.forEach((search, i) => {
    const here = new Map((search?.results ?? []).map((r) => [r.id, r.score]));
    if (i === 0) {
      for (const [id, score] of here) scores.set(id, score);
      return;
    }
    for (const [id, score] of scores) {
      if (here.has(id)) scores.set(id, score + here.get(id)!);
      else scores.delete(id);
    }
  });
  const places = new Map((loose?.results ?? []).map((r) => [r.id, r.words]));
  // The exact result loads the fragment: its single place keeps Pagefind's own excerpt work small.
  const firstExact = new Map((exact[0]?.results ?? []).map((r) => [r.id, r]));
  return [...scores.keys()]
    .sort((a, b) => scores.get(b)! - scores.get(a)!)
    .map((id) => ({ result: firstExact.get(id)!, places: [...(places.get(id) ?? []), ...firstExact.get(id)!.words] }));
}

async function updateCounties(api: PagefindApi, state: SearchState): Promise<void> {
  const wrap = form.querySelector<HTMLElement>('[data-filter-wrap="county"]')!;
  const county = select('county');
  if (!state.filters.province) {
    wrap.hidden = true;
    county.length = 1;
    return;
  }
  // Filter counts need every filter's data loaded, which filters() does.
  await api.filters();
  const inProvince = await api.search(null, { filters: { province: [state.filters.province] } });
  const names = Object.keys(inProvince?.filters.county ?? {}).filter((c) => (inProvince?.filters.county?.[c] ?? 0) > 0).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  county.length = 1;
  for (const name of names) county.add(new Option(name, name));
  county.value = state.filters.county && names.includes(state.filters.county) ? state.filters.county : '';
  wrap.hidden = names.length === 0;
}

async function showTypeFilter(api: PagefindApi): Promise<void> {
  const types = Object.keys((await api.filters()).type ?? {});
  form.querySelector<HTMLElement>('[data-filter-wrap="type"]')!.hidden = types.length < 2;
}

function say(text: string): void {
  status.textContent = text;
}

function describe(run: Run): string {
  const done = run.next >= run.candidates.length;
  const total = run.candidates.length - run.rejected;
  const what = `「${run.query.text}」${run.domain ? `（${run.domain}）` : ''}`;
  const note = run.typed && run.typed !== run.query.text ? `（按「${run.query.text}」搜索）` : '';
  if (done && total === 0) return `没有找到含有${what}的规划。${note}`;
  return (done ? `${total} 个结果含有${what}。` : `约 ${total} 个结果含有${what}，已显示 ${run.shown} 个。`) + note;
}

async function showMore(run: Run, mine: number): Promise<void> {
  moreButton.hidden = true;
  const wanted = run.next === 0 ? FIRST_BATCH : BATCH;
  let added = 0;
  while (added < wanted && run.next < run.candidates.length) {
    const batch = run.candidates.slice(run.next, run.next + wanted - added);
    run.next += batch.length;
    const fragments = await Promise.all(batch.map((c) => c.result.data()));
    if (mine !== generation) return;
    for (const [i, fragment] of fragments.entries()) {
      const { shown, hits } = hitsOf(fragment, batch[i]!.places, run.query.terms, run.domain);
      if (!shown) {
        run.rejected++;
        continue;
      }
      list.append(resultItem(fragment, hits));
      run.shown++;
      added++;
    }
  }
  say(describe(run));
  moreButton.hidden = run.next >= run.candidates.length;
}

async function search(state: SearchState): Promise<void> {
  const mine = ++generation;
  const query = normalizeQuery(state.q);
  list.replaceChildren();
  moreButton.hidden = true;
  current = null;
  try {
    const api = await loadPagefind();
    await updateCounties(api, state);
    if (mine !== generation) return;
    if (!query.pieces.length) {
      say(state.q.trim() ? '请输入要查找的字词：只有标点或符号无法搜索。' : '');
      return;
    }
    say('正在搜索…');
    const candidates = await candidatesFor(api, query, pagefindFilters(state.filters));
    if (mine !== generation) return;
    current = { query, typed: state.q.trim(), domain: state.filters.domain, candidates, next: 0, shown: 0, rejected: 0 };
    await showMore(current, mine);
    // After the answer, not before it: this loads every filter's data.
    setTimeout(() => void showTypeFilter(api), 0);
  } catch (error) {
    if (mine !== generation) return;
    say('搜索索引未能载入，请稍后再试，或按地区浏览。');
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
  if (current) void showMore(current, generation);
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

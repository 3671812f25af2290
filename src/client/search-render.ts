// Search results as DOM nodes. Every piece of page text goes in through textContent, excerpts
// included: they arrive as text parts (src/lib/search/hits.ts), never as HTML.
import type { ExcerptPart, Hit } from '../lib/search/hits.ts';
import type { PagefindFragment } from '../lib/search/pagefind-types.ts';
import { stateToSearch, type SearchState } from '../lib/search/url-state.ts';

/** Paragraphs listed openly per result; the rest fold away under a summary. */
const OPEN_HITS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function excerptNode(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const p = el('p', 'hit-excerpt');
  for (const part of parts) p.append(part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return p;
}

function hitItem(hit: Hit, planTitle: string): HTMLLIElement {
  const li = el('li', ['search-hit', hit.kind === 'meta' ? 'search-hit-meta' : '', hit.all ? 'search-hit-all' : ''].filter(Boolean).join(' '));
  const link = el('a', 'hit-section', hit.section && hit.section !== planTitle ? hit.section : '正文');
  if (hit.kind === 'row') link.append(el('span', 'hit-where', '（表格行）'));
  link.href = hit.url;
  li.append(link, excerptNode(hit.excerpt));
  return li;
}

function placeLine(fragment: PagefindFragment): string {
  const first = (key: string) => fragment.filters[key]?.[0];
  const plan = first('plan');
  const type = first('type');
  // A plan says which plan; an indicator or clause page says what it is, then which plans it is of.
  return [type && type !== '规划' ? type : '', plan ? `${plan}发展规划` : '', first('province'), first('county')].filter(Boolean).join(' · ');
}

/** @param allTerms for a query of several words: how many of the hits hold every word */
export function resultItem(fragment: PagefindFragment, hits: readonly Hit[], allTerms?: number): HTMLLIElement {
  const title = fragment.meta.title ?? fragment.url;
  const li = el('li', 'search-result');
  const heading = el('h2', 'search-result-title');
  const link = el('a', undefined, title);
  link.href = fragment.url;
  heading.append(link);
  li.append(heading, el('p', 'muted search-result-place', placeLine(fragment)));
  if (allTerms !== undefined) {
    li.append(el('p', 'search-all-terms', allTerms > 0 ? `${allTerms} 段同时含有全部词语，列在前面` : '没有一段同时含有全部词语：这些词分散在不同段落'));
  }
  const open = el('ol', 'search-hits');
  open.append(...hits.slice(0, OPEN_HITS).map((h) => hitItem(h, title)));
  li.append(open);
  if (hits.length > OPEN_HITS) {
    const more = el('details', 'search-more-hits');
    const list = el('ol', 'search-hits');
    list.append(...hits.slice(OPEN_HITS).map((h) => hitItem(h, title)));
    more.append(el('summary', undefined, `本规划另有 ${hits.length - OPEN_HITS} 段`), list);
    li.append(more);
  }
  return li;
}

/** "试试：妇女发展规划 / 儿童发展规划", each a link to that search with the same filters. */
export function suggestionLinks(queries: readonly string[], filters: SearchState['filters']): Node[] {
  const nodes: Node[] = [document.createTextNode('试试：')];
  queries.forEach((q, i) => {
    if (i > 0) nodes.push(document.createTextNode(' / '));
    const a = el('a', undefined, q);
    a.href = `/search/${stateToSearch({ q, filters })}`;
    nodes.push(a);
  });
  return nodes;
}

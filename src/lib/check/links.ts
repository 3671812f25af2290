/**
 * Link check over a built site: every internal link and #anchor resolves to a file and an
 * element id in it; external links go only to official sources and open with rel="noopener".
 * Pure: the caller reads dist/ (see links-fs.ts) and passes the pages and the file list in.
 */
import { Parser } from 'htmlparser2';

/** One link found in a page: where it points and what the element said about it. */
export interface PageLink {
  /** The attribute value as written. */
  href: string;
  /** Element and attribute it came from, e.g. "a[href]". */
  source: string;
  /** The element's rel attribute, lower-cased ('' when absent). */
  rel: string;
}

/** What the check needs of one HTML page. */
export interface PageLinks {
  /** Path inside the site, posix, e.g. "plans/140107-women/index.html". */
  path: string;
  /** Every id (and <a name>) in the page: the targets of #fragment links. */
  ids: Set<string>;
  links: PageLink[];
}

export interface LinkProblem {
  /** The page the link is on. */
  page: string;
  href: string;
  problem: string;
}

export interface LinkCheckOptions {
  /** Whether an external URL belongs to an official source (a government site, a recorded source_url). */
  isOfficial(url: URL): boolean;
}

// Attributes that make the browser fetch or navigate: the ones a reader or the page depends on.
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  object: ['data'],
  use: ['href', 'xlink:href'],
};

/** Reads one page's ids and links with a streaming HTML parser (no DOM kept: the site may have 10,000 pages). */
export function readPageLinks(path: string, html: string): PageLinks {
  const ids = new Set<string>();
  const links: PageLink[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
        if (name === 'a' && attributes.name) ids.add(attributes.name);
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          links.push({ href: value.trim(), source: `${name}[${attribute}]`, rel: (attributes.rel ?? '').toLowerCase() });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { path, ids, links };
}

const SITE = 'http://site.invalid';

function pageUrl(path: string): URL {
  return new URL(`/${path.replace(/(^|\/)index\.html$/, '$1')}`, SITE);
}

/** The file a site path is served from, as a static host serves `trailingSlash: 'always'`, or null. */
function fileOf(pathname: string, files: ReadonlySet<string>): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname).replace(/^\//, '');
  } catch {
    return null;
  }
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : null;
  return files.has(path) ? path : null;
}

function checkExternal(link: PageLink, url: URL, options: LinkCheckOptions): string | null {
  if (!options.isOfficial(url)) return `external link to ${url.host}, which is not an official source`;
  const rel = link.rel.split(/\s+/);
  if (link.source === 'a[href]' && !rel.includes('noopener')) return 'external link without rel="noopener"';
  return null;
}

function checkInternal(link: PageLink, url: URL, page: PageLinks, pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>): string | null {
  const target = fileOf(url.pathname, files);
  if (!target) {
    const slashless = !url.pathname.endsWith('/') && fileOf(`${url.pathname}/`, files);
    return slashless ? `points at a directory without its trailing slash (${url.pathname}/)` : `no file for ${url.pathname}`;
  }
  if (!url.hash || link.source !== 'a[href]') return null;
  let id: string;
  try {
    id = decodeURIComponent(url.hash.slice(1));
  } catch {
    return `malformed #fragment ${url.hash}`;
  }
  const targetPage = target === page.path ? page : pages.get(target);
  if (!targetPage) return null; // a fragment into a non-HTML file (e.g. a PDF page) is not ours to check
  return targetPage.ids.has(id) ? null : `no element with id "${id}" in ${target}`;
}

function checkLink(link: PageLink, page: PageLinks, pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, options: LinkCheckOptions): string | null {
  if (link.href === '' || link.href === '#') return 'empty link (points nowhere)';
  let url: URL;
  try {
    url = new URL(link.href, pageUrl(page.path));
  } catch {
    return 'not a valid URL';
  }
  if (url.origin === SITE) return checkInternal(link, url, page, pages, files);
  if (url.protocol === 'http:' || url.protocol === 'https:') return checkExternal(link, url, options);
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return null;
  return `${url.protocol} links are not allowed`;
}

/** Every problem with every link of every page; empty when the site's links all hold. */
export function checkLinks(pages: readonly PageLinks[], files: ReadonlySet<string>, options: LinkCheckOptions): LinkProblem[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const problem = checkLink(link, page, byPath, files, options);
      if (problem) problems.push({ page: page.path, href: link.href, problem });
    }
  }
  return problems;
}

/** Government sites (*.gov.cn) and the source URLs curators recorded are the official sources. */
export function officialSources(recordedUrls: readonly string[]): LinkCheckOptions['isOfficial'] {
  const hosts = new Set<string>();
  for (const u of recordedUrls) {
    try {
      if (u) hosts.add(new URL(u).host);
    } catch {
      // an unparseable source_url is the sidecar check's business, not the link check's
    }
  }
  return (url) => url.hostname === 'gov.cn' || url.hostname.endsWith('.gov.cn') || hosts.has(url.host);
}

/** One line per problem: `plans/x/index.html: "#s9" — no element with id "s9" in …`. */
export function formatLinkProblem(p: LinkProblem): string {
  return `${p.page}: "${p.href}" — ${p.problem}`;
}

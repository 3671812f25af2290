/**
 * One page of each kind a built site has, found from its files so that a new kind of page
 * (indicator, diff, clause, compare, search …) is covered by the checks the day it appears.
 *
 * A page's kind is its path with the ids taken out: a path segment is an id unless the same
 * segment also appears under another parent (plans/<id>/clauses/ → "clauses" is a word, the
 * plan id is not). plans/140107-women/index.html and plans/320582-children/index.html are
 * both of kind "plans/*".
 */
export interface PageKind {
  kind: string;
  /** The first page of that kind, as a site path ('/plans/140107-women/'). */
  path: string;
  /** How many pages of the kind the site has. */
  count: number;
}

function segmentsOf(file: string): string[] {
  return file.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
}

export function pageKinds(htmlFiles: readonly string[]): PageKind[] {
  const parentsOf = new Map<string, Set<string>>();
  const split = [...htmlFiles].sort().map((f) => ({ file: f, segments: segmentsOf(f) }));
  for (const { segments } of split) {
    segments.forEach((s, i) => {
      const parents = parentsOf.get(`${i}:${s}`) ?? new Set<string>();
      parents.add(segments.slice(0, i).join('/'));
      parentsOf.set(`${i}:${s}`, parents);
    });
  }
  const kinds = new Map<string, PageKind>();
  for (const { file, segments } of split) {
    const kind = segments.map((s, i) => (i === 0 || (parentsOf.get(`${i}:${s}`)?.size ?? 0) > 1 ? s : '*')).join('/') || '(home)';
    const path = file.endsWith('.html') && !file.endsWith('index.html') ? `/${file}` : `/${segments.join('/')}${segments.length ? '/' : ''}`;
    const known = kinds.get(kind);
    if (known) known.count++;
    else kinds.set(kind, { kind, path, count: 1 });
  }
  return [...kinds.values()];
}

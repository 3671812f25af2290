/**
 * Which kind of page or file a path in dist/ is, so the benchmark can say which kinds weigh
 * most: a path with its own id replaced by `*` (plans/*, plans/*\/diff, data/plans/*.json).
 */

/** `plans/140107-children/diff/index.html` → `plans/*\/diff`; `data/plans/x.json` → `data/plans/*.json`; `pagefind/…` → `pagefind`. */
export function pageKindOf(file: string): string {
  const parts = file.split('/');
  const [first] = parts;
  if (parts.length === 1) return first === 'index.html' ? '/' : '(top-level files)';
  if (first === 'pagefind' || first === '_astro') return first;
  if (parts.at(-1) === 'index.html') parts.pop();
  if (parts.length === 1) return first!;
  if (first === 'data' || first === 'search') {
    if (parts.length === 2) return parts.join('/');
    const ext = /\.[a-z]+$/.exec(parts.at(-1)!)?.[0] ?? '';
    return `${parts.slice(0, 2).join('/')}/*${ext}`;
  }
  return [first, '*', ...parts.slice(2)].join('/');
}

export interface KindWeight { kind: string; files: number; bytes: number }

/** Files and bytes per kind, heaviest first. */
export function weighKinds(files: Iterable<{ file: string; bytes: number }>): KindWeight[] {
  const kinds = new Map<string, KindWeight>();
  for (const { file, bytes } of files) {
    const kind = pageKindOf(file);
    const k = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
    k.files++;
    k.bytes += bytes;
    kinds.set(kind, k);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
}

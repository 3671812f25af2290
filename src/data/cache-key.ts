/**
 * Cache keys for incremental builds (Astro's experimental.incrementalBuild): a page returned by
 * getStaticPaths with a cacheKey is not rendered again when the key and the page's code are the
 * same as in the previous build; Astro copies the earlier output instead.
 *
 * The rule that keeps this safe: a page renders nothing but its props, and its key is the digest
 * of those props. Whatever a page shows is then in its key, so a changed plan re-renders exactly
 * the pages whose content it changes: its own pages, the indicators whose targets moved, the
 * clauses and comparisons that quote it.
 */
import { createHash } from 'node:crypto';

/** JSON with Maps as entry lists and Sets as arrays, so that they count too. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '<map>': [...value] };
  if (value instanceof Set) return { '<set>': [...value] };
  return value;
}

export function cacheKeyOf(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props, replacer) ?? 'undefined').digest('base64url');
}

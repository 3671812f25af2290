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
import { valueDigest } from '../lib/data/value-digest.ts';

export function cacheKeyOf(props: unknown): string {
  return valueDigest(props, 'base64url');
}

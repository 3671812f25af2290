/**
 * The two settings a deployment changes, in one place: the site's public address (permalinks in
 * citations and reference-manager tags) and where readers' corrections go. SITE_ORIGIN and
 * CORRECTIONS_URL in the build's environment override them without editing code.
 *
 * The defaults use the reserved .example domain (RFC 2606): the project has no public address
 * yet, and a citation must not point at someone else's site. In the browser the permalinks take
 * the address the page was actually read at.
 */
export const SITE_NAME = '两规对照';

export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'https://liangui.example').replace(/\/+$/, '');

/**
 * Corrections: a mailto: address, or an issue form's URL (such as a GitHub repository's
 * https://github.com/<owner>/<repo>/issues/new), which receives title= and body=.
 */
export const CORRECTIONS_URL = process.env.CORRECTIONS_URL ?? 'mailto:jiucuo@liangui.example';

/** Both settings, for the cache key of every page that renders them. */
export const CITE_SETTINGS = { origin: SITE_ORIGIN, corrections: CORRECTIONS_URL } as const;

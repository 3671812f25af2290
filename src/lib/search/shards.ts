/**
 * The search index is split into shards of whole provinces: provinces in county-code order,
 * packed into one shard while it holds at most SHARD_PLANS plan pages (a larger province is a
 * shard of its own). Pagefind's indexer holds a whole index in memory, about 12.8 MB per plan
 * page with its bigram record (300 synthetic plans in one shard: 3,829 MiB; 141 plans:
 * 1,808 MiB), so one index of every county in China would not fit on a build machine; a shard of
 * at most 400 plans keeps the indexer near 5 GB, under the 8 GiB the build may use at 6,000
 * plans. Smaller shards also index faster (300 plans: 101 s as one shard, 80 s as three, 76 s as
 * six). Each is
 * written to /pagefind/<name>/; the search page loads the first and merges the others in the
 * browser (Pagefind's mergeIndex). Today's corpus is one shard.
 *
 * The search page loads the first shard for a first search and merges the others that may hold
 * the query (the route table, shard-routes.ts) once its first results are shown, or sooner when
 * the first shard has too few or cannot hold it (src/client/search.ts); a province filter needs
 * that province's shard only.
 *
 * Indicator and clause pages belong to no province: they are an index of their own
 * (pages-index.ts), searched after the plans' first results, so a first search pays for the
 * plans' index alone.
 */

export const SEARCH_ROOT = '/pagefind/';

/** Plan pages per shard, at most (unless one province has more). */
export const SHARD_PLANS = 400;

export interface Shard {
  /** "p14" for one province, "p11-37" for provinces 11 to 37. */
  name: string;
  /** The provinces' two-digit codes. */
  provinces: string[];
  plans: number;
}

/** The province code (first two digits of the county code) of a plan id like 140107-women. */
export function provinceCodeOf(planId: string): string {
  const code = /^(\d\d)\d{4}(?:-|$)/.exec(planId)?.[1];
  if (!code) throw new Error(`search index: "${planId}" does not start with a six-digit county code`);
  return code;
}

export function planShards(planIds: Iterable<string>, maxPlans = SHARD_PLANS): Shard[] {
  const perProvince = new Map<string, number>();
  for (const id of planIds) {
    const p = provinceCodeOf(id);
    perProvince.set(p, (perProvince.get(p) ?? 0) + 1);
  }
  const shards: Shard[] = [];
  let open: Shard | null = null;
  for (const [province, plans] of [...perProvince].sort(([a], [b]) => a.localeCompare(b))) {
    if (!open || open.plans + plans > maxPlans) shards.push((open = { name: '', provinces: [], plans: 0 }));
    open.provinces.push(province);
    open.plans += plans;
  }
  for (const s of shards) s.name = s.provinces.length === 1 ? `p${s.provinces[0]}` : `p${s.provinces[0]}-${s.provinces.at(-1)}`;
  return shards;
}

/** Where a shard's index (and its copy of pagefind.js) is served. */
export function shardPath(name: string): string {
  return `${SEARCH_ROOT}${name}/`;
}

/** The glob, relative to the built site, of the plan pages a shard indexes. */
export function shardGlob(shard: Shard): string {
  const [only, ...more] = shard.provinces;
  return more.length ? `plans/{${shard.provinces.join(',')}}*/index.html` : `plans/${only}*/index.html`;
}


/**
 * The shard, of those named (planShards' names), that holds a province's plans: shards hold
 * whole provinces in code order, so "p14-32" holds every province from 14 to 32 that has plans.
 */
export function shardOfProvince(provinceCode: string, shardNames: readonly string[]): string | undefined {
  return shardNames.find((name) => {
    const [from = '', to = from] = name.replace(/^p/, '').split('-');
    return provinceCode >= from && provinceCode <= to;
  });
}

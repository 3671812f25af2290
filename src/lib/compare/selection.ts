/**
 * Which plans a comparison shows, read from the URL (?plans=a,b or ?plans=a&plans=b), with a
 * sentence for every way the choice can be wrong and a corrected choice where one exists.
 */
export interface PlanListing {
  id: string;
  plan_type: 'women' | 'children';
  county: string;
}

export interface Selection {
  /** Valid, distinct plan ids in the order given. */
  ids: string[];
  /** One sentence per problem; empty when the comparison can be shown. */
  problems: string[];
  /** A choice that fixes the problems (dropping what is wrong), when at least two plans remain. */
  fixed: string[] | null;
}

export const MAX_PLANS = 4;
const TYPE_ZH = { women: '妇女', children: '儿童' } as const;

export function readPlanIds(search: string): string[] {
  const params = new URLSearchParams(search);
  return params.getAll('plans').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export function checkSelection(requested: readonly string[], listing: ReadonlyMap<string, PlanListing>): Selection {
  const problems: string[] = [];
  const ids: string[] = [];
  for (const raw of requested) {
    const id = raw.slice(0, 40);
    if (!listing.has(id)) problems.push(`没有找到规划“${id}”：规划编号形如 140107-women（县级代码-women 或 children）。`);
    else if (ids.includes(id)) problems.push(`${listing.get(id)!.county}的规划选了两次。`);
    else ids.push(id);
  }
  let kept = ids;
  const types = new Set(ids.map((id) => listing.get(id)!.plan_type));
  if (types.size > 1) {
    const first = listing.get(ids[0]!)!.plan_type;
    const odd = ids.filter((id) => listing.get(id)!.plan_type !== first);
    problems.push(`只能比较同一类规划：${odd.map((id) => listing.get(id)!.county).join('、')}的是${TYPE_ZH[first === 'women' ? 'children' : 'women']}发展规划，与${TYPE_ZH[first]}发展规划不能并排比较。`);
    kept = ids.filter((id) => listing.get(id)!.plan_type === first);
  }
  if (kept.length > MAX_PLANS) {
    problems.push(`最多并排比较 ${MAX_PLANS} 部规划，现在选了 ${kept.length} 部。`);
    kept = kept.slice(0, MAX_PLANS);
  }
  if (kept.length < 2 && problems.length === 0) problems.push('请至少选择两部同类规划。');
  return { ids: kept, problems, fixed: problems.length && kept.length >= 2 ? kept : null };
}

export function compareHref(ids: readonly string[]): string {
  return `/compare/?plans=${ids.join(',')}`;
}

/** Path of a pre-rendered comparison; the same set in any order has one page. */
export function staticComparePath(ids: readonly string[]): string {
  return `/compare/${[...ids].sort().join('--')}/`;
}

/**
 * The 领域 the search page offers: every domain some plan has, per plan type, in the national
 * outlines' order first, then the names only some counties use (妇女与乡村振兴 …) as they come.
 */
export interface DomainGroup {
  plan: string;
  names: string[];
}

export function domainOptions(plans: readonly { plan: string; domains: readonly string[] }[], canonical: readonly string[]): DomainGroup[] {
  const groups = new Map<string, string[]>();
  for (const { plan, domains } of plans) {
    const names = groups.get(plan) ?? [];
    for (const d of domains) if (!names.includes(d)) names.push(d);
    groups.set(plan, names);
  }
  const rank = (d: string) => (canonical.includes(d) ? canonical.indexOf(d) : canonical.length);
  return [...groups].map(([plan, names]) => ({ plan, names: names.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i).map((x) => x.d) }));
}

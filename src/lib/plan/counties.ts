import type { PlanFrontmatter } from './schema.ts';

export interface County {
  county_code: string;
  county: string;
  province: string;
  prefecture: string;
  plans: PlanFrontmatter[];
}

/** Groups plan records by county, keeping the order they come in. */
export function groupCounties(plans: readonly PlanFrontmatter[]): County[] {
  const byCode = new Map<string, County>();
  for (const plan of plans) {
    let county = byCode.get(plan.county_code);
    if (!county) {
      county = { county_code: plan.county_code, county: plan.county, province: plan.province, prefecture: plan.prefecture, plans: [] };
      byCode.set(plan.county_code, county);
    }
    county.plans.push(plan);
  }
  return [...byCode.values()];
}

/** Groups any records by province, keeping order. */
export function groupByProvince<T extends { province: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.province) ?? [];
    list.push(item);
    groups.set(item.province, list);
  }
  return [...groups.entries()];
}

/** 2023-05-31 → 2023年5月31日; empty stays empty. */
export function isoToChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

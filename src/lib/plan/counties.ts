import type { PlanFrontmatter } from './schema.ts';

/** A county, or a prefecture or province whose own plans the corpus holds (sidecar `level`). */
export interface County {
  county_code: string;
  county: string;
  province: string;
  prefecture: string;
  level: PlanFrontmatter['level'];
  plans: PlanFrontmatter[];
}

/** How pages name a level: 市级规划, 省级规划. */
export const LEVEL_ZH: Record<County['level'], string> = { national: '国家级', province: '省级', prefecture: '市级', county: '县级' };

/** Groups plan records by county, keeping the order they come in. */
export function groupCounties(plans: readonly PlanFrontmatter[]): County[] {
  const byCode = new Map<string, County>();
  for (const plan of plans) {
    let county = byCode.get(plan.county_code);
    if (!county) {
      county = { county_code: plan.county_code, county: plan.county, province: plan.province, prefecture: plan.prefecture, level: plan.level, plans: [] };
      byCode.set(plan.county_code, county);
    }
    county.plans.push(plan);
  }
  return [...byCode.values()];
}

/** Counties apart from the prefectures and provinces whose plans are held too (those national first, then provinces, then prefectures). */
export function splitByLevel(regions: readonly County[]): { counties: County[]; higher: County[] } {
  const rank: Record<County['level'], number> = { national: 0, province: 1, prefecture: 2, county: 3 };
  return {
    counties: regions.filter((r) => r.level === 'county'),
    higher: regions.filter((r) => r.level !== 'county').sort((a, b) => rank[a.level] - rank[b.level]),
  };
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

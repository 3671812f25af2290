/**
 * The domain of a table row that stands outside the domains: 张家港's plans put their 主要指标
 * in one table under 总体目标 (003_089270d5eef34d70.txt:45 and :411), with no 领域 column and no
 * domain heading, and then state each of those targets again among one domain's 主要目标
 * (孕产妇死亡率 in 妇女与健康, 失业保险参保率 in 妇女与社会保障). The row belongs with that domain's
 * goals; compared under "其他部分" it could only be 新增 or 缺少.
 */
import type { BlockRole } from '../plan/blocks.ts';

interface Placed {
  kind: 'paragraph' | 'row';
  domain: string | null;
  role: BlockRole;
  /** Dictionary indicators the clause states targets for. */
  indicators: readonly string[];
}

/**
 * Each row without a domain that states a target for an indicator one domain's paragraphs also
 * state gets that domain, as a goal (a row states a target); other clauses are returned as they
 * are. A domain's goals decide before its measures: 003:325 names 母婴设施 only in 妇女与环境's measures.
 */
export function placeRowsInDomains<T extends Placed>(clauses: readonly T[]): T[] {
  const inGoals = new Map<string, string>();
  const inMeasures = new Map<string, string>();
  for (const c of clauses) {
    if (c.kind !== 'paragraph' || !c.domain) continue;
    const to = c.role === 'goal' ? inGoals : inMeasures;
    for (const id of c.indicators) if (!to.has(id)) to.set(id, c.domain);
  }
  const domainOf = (id: string) => inGoals.get(id) ?? inMeasures.get(id);
  return clauses.map((c) => {
    if (c.kind !== 'row' || c.domain) return c;
    const domain = c.indicators.map(domainOf).find((d) => d !== undefined);
    return domain ? { ...c, domain, role: 'goal' as const } : c;
  });
}

/**
 * The domain of a table row that stands outside the domains: 张家港's plans put their 主要指标
 * in one table under 总体目标 (003_089270d5eef34d70.txt:45 and :411), with no 领域 column and no
 * domain heading, and then state each of those targets again among one domain's 主要目标
 * (孕产妇死亡率 in 妇女与健康, 失业保险参保率 in 妇女与社会保障). The row belongs with that domain's
 * goals; compared under "其他部分" it could only be 无对应 or 未找到 (original or omitted).
 */
import type { BlockRole } from '../plan/blocks.ts';
import type { ClauseTargets } from './clause-targets.ts';

interface Placed {
  anchor: string;
  kind: 'paragraph' | 'row';
  domain: string | null;
  domainKey: string | null;
  role: BlockRole;
  /** Dictionary indicators the clause states targets for. */
  indicators: readonly string[];
}

/**
 * Each row without a domain that states a target for an indicator one domain's paragraphs also
 * state gets that domain, as a goal (a row states a target); other clauses are returned as they
 * are. A domain's goals decide before its measures; where the plan's paragraphs state no target
 * for the indicator, the dictionary's 领域 of it decides (carried by the row's targets), if the
 * plan has a domain of that name: 003:445 儿科医师数 is stated nowhere else in 张家港's plan.
 */
export function placeRowsInDomains<T extends Placed>(clauses: readonly T[], keyOf: (domain: string) => string, targets?: ClauseTargets): T[] {
  const inGoals = new Map<string, string>();
  const inMeasures = new Map<string, string>();
  const planDomains = new Map<string, string>();
  for (const c of clauses) {
    if (c.kind !== 'paragraph' || !c.domain) continue;
    planDomains.set(keyOf(c.domain), c.domain);
    const to = c.role === 'goal' ? inGoals : inMeasures;
    for (const id of c.indicators) if (!to.has(id)) to.set(id, c.domain);
  }
  const fromText = (id: string) => inGoals.get(id) ?? inMeasures.get(id);
  const fromDictionary = (anchor: string) => (targets?.[anchor] ?? [])
    .map((t) => (t.domain ? planDomains.get(keyOf(t.domain)) : undefined)).find((d) => d !== undefined);
  return clauses.map((c) => {
    if (c.kind !== 'row' || c.domain) return c;
    const domain = c.indicators.map(fromText).find((d) => d !== undefined) ?? fromDictionary(c.anchor);
    return domain ? { ...c, domain, domainKey: keyOf(domain), role: 'goal' as const } : c;
  });
}

/**
 * Targets of every plan, extracted once per build and shared by indicator pages, plan pages,
 * the compare view and the open-data endpoints.
 */
import { readDictionary } from '../lib/targets/dictionary-fs.ts';
import { extractTargets } from '../lib/targets/extract.ts';
import { compareToReference, type Strictness } from '../lib/targets/compare.ts';
import type { Dictionary, Indicator } from '../lib/targets/dictionary.ts';
import type { ExtractedTarget } from '../lib/targets/schema.ts';
import { getPlans } from './plans.ts';

export interface PlanTarget extends ExtractedTarget {
  planId: string;
  /** Against the indicator's national reference, where it has one. */
  strictness: Strictness | null;
}

export interface TargetData {
  dictionary: Dictionary;
  indicators: Map<string, Indicator>;
  all: PlanTarget[];
  byPlan: Map<string, PlanTarget[]>;
  byIndicator: Map<string, PlanTarget[]>;
  problems: string[];
}

let dataPromise: Promise<TargetData> | undefined;

export function getTargetData(): Promise<TargetData> {
  dataPromise ??= (async () => {
    const dictionary = readDictionary();
    const indicators = new Map(dictionary.map((i) => [i.id, i]));
    const all: PlanTarget[] = [];
    const problems: string[] = [];
    for (const plan of await getPlans()) {
      const extraction = extractTargets({ ...plan.meta, blocks: plan.blocks }, dictionary);
      problems.push(...extraction.problems);
      for (const t of extraction.targets) {
        const indicator = t.target.indicator ? indicators.get(t.target.indicator) : undefined;
        const strictness = indicator?.reference ? compareToReference(t.target, indicator.reference, indicator.better) : null;
        all.push({ ...t, planId: plan.id, strictness });
      }
    }
    return { dictionary, indicators, all, byPlan: groupBy(all, (t) => t.planId), byIndicator: groupBy(all.filter((t) => t.target.indicator), (t) => t.target.indicator!), problems };
  })();
  return dataPromise;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

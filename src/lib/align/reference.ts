/**
 * What a plan is compared with, in order of preference:
 * (a) a template document in the corpus that the plan names (nearest level first);
 * (b) the common template reconstructed from the other plans of its type;
 * (c) another plan of the same type, when one is asked for by id.
 */
import { PLAN_TYPE_ZH } from '../plan/schema.ts';
import type { ReferenceClause } from './classify.ts';
import { countyCountsFor, planIn, type Corpus } from './corpus.ts';
import type { ClausePair } from './match.ts';
import { normalizeTitle } from './normalize.ts';
import type { PreparedPlan } from './prepare.ts';
import { reconstructReference } from './reconstruct.ts';
import type { ReferenceKind } from './reuse-schema.ts';
import { COMMON_MIN_PLANS, PROVINCE_MIN_PLANS, SAME_PROVINCE_WEIGHT } from './thresholds.ts';

export interface Reference {
  kind: ReferenceKind;
  /** Plan id of the template or plan; "common-<type>" for the reconstruction. */
  id: string;
  title: string;
  /** One sentence for the reader on what the reference is. */
  description: string;
  clauses: ReferenceClause[];
  /** Given for the reconstruction, whose pairing comes from the clause clusters. */
  pairs?: ClausePair[];
}

export interface ReferenceChoice {
  /** Compare with this plan (same type) instead of the preferred reference. */
  plan?: string;
}

/** Template levels, nearest first. */
const LEVEL_ORDER = ['prefecture', 'province', 'national'] as const;
const LEVEL_ZH = { prefecture: '市级', province: '省级', national: '国家级' } as const;

export function chooseReference(planOrId: PreparedPlan | string, corpus: Corpus, choice: ReferenceChoice = {}): Reference {
  const plan = typeof planOrId === 'string' ? planIn(corpus, planOrId) : planOrId;
  if (choice.plan) return planReference(plan, planIn(corpus, choice.plan));
  const template = findTemplate(plan, corpus);
  if (template) return templateReference(template);
  return reconstructedReference(plan, corpus);
}

/** The nearest-level template document in the corpus whose title the plan's template chain names. */
export function findTemplate(plan: PreparedPlan, corpus: Corpus): PreparedPlan | null {
  const named = new Set(plan.templates.map((t) => normalizeTitle(t.title)));
  const found = [...corpus.plans.values()].filter(
    (doc) => doc.id !== plan.id && doc.plan_type === plan.plan_type && doc.level !== 'county' && named.has(normalizeTitle(doc.title)),
  );
  found.sort((a, b) => LEVEL_ORDER.indexOf(a.level as never) - LEVEL_ORDER.indexOf(b.level as never) || (a.id < b.id ? -1 : 1));
  return found[0] ?? null;
}

function withSupporters(doc: PreparedPlan): ReferenceClause[] {
  return doc.clauses.map((c) => ({ ...c, supporters: [doc.county], support: 1, wordingSupport: 1 }));
}

/** A template document; `named`: the plan's template chain names it (else a reader chose it). */
function templateReference(doc: PreparedPlan, named = true): Reference {
  const level = LEVEL_ZH[doc.level as keyof typeof LEVEL_ZH] ?? '';
  return {
    kind: 'template', id: doc.id, title: doc.title, clauses: withSupporters(doc),
    description: named ? `本规划所依据的${level}文件《${doc.title}》，逐条对照。` : `与${level}文件《${doc.title}》逐条对照（本规划的制定依据中没有提到这份文件）。`,
  };
}

function planReference(plan: PreparedPlan, other: PreparedPlan): Reference {
  if (other.plan_type !== plan.plan_type) {
    throw new Error(`cannot compare ${plan.id} with ${other.id}: a ${plan.plan_type} plan is compared only with another ${plan.plan_type} plan`);
  }
  // A template document chosen by the reader is still a template document, not a county's plan.
  if (other.level !== 'county') {
    const named = new Set(plan.templates.map((t) => normalizeTitle(t.title))).has(normalizeTitle(other.title));
    return templateReference(other, named);
  }
  return {
    kind: 'plan', id: other.id, title: other.title, clauses: withSupporters(other),
    description: `与${other.county}的《${other.title}》逐条对照。`,
  };
}

function reconstructedReference(plan: PreparedPlan, corpus: Corpus): Reference {
  const r = reconstructReference(corpus, plan);
  const zh = PLAN_TYPE_ZH[plan.plan_type];
  const local = countyCountsFor(corpus, plan).sameProvince;
  // Only the rules that can apply to this plan are stated: with one plan of its province, the province rule cannot.
  const provinceRule = local >= PROVINCE_MIN_PLANS ? `（或${plan.province}另外 ${PROVINCE_MIN_PLANS} 份规划）` : '';
  const weight = local > 0
    ? `${plan.province}另外 ${local} 份规划的措辞按 ${SAME_PROVINCE_WEIGHT} 倍计`
    : `语料中没有${plan.province}的其他${zh}发展规划`;
  return {
    kind: 'reconstructed',
    id: `common-${plan.plan_type}`,
    title: `${zh}发展规划共同模板（由其他规划重建）`,
    description:
      `由语料中其他 ${r.basis} 份${zh}发展规划逐条重建：只收至少 ${r.commonThreshold} 份其他规划${provinceRule}都有的条款，` +
      `每一条取至少 ${COMMON_MIN_PLANS} 部其他规划逐字共用的措辞中用得最多的一种（${weight}），各规划措辞都不相同时取其他规划的一种并注明。只有一个邻县有的条款不算共同条款。这是重建的共同措辞，不是国家纲要原文。`,
    clauses: r.clauses,
    pairs: r.pairs,
  };
}

/**
 * A plan aligned with its reference: every clause classified, totals per plan and per domain.
 * `ReuseDetail` is what pages render; `toReuseRecord` cuts it down to the published record.
 */
import { differentIndicators } from './clause-targets.ts';
import { classifyClauses, type AlignedClause } from './classify.ts';
import { planIn, type Corpus } from './corpus.ts';
import { matchClauses } from './match.ts';
import { partialPairs, residualPairs } from './partial.ts';
import { chooseReference, type Reference } from './reference.ts';
import { ReuseSchema, type Reuse, type ReuseSummary } from './reuse-schema.ts';
import { standingPairs } from './standing.ts';
import { bigramWeights, gapPairs, LAST_GAP_BAR } from './gaps.ts';
import { indicatorRowPairs } from './indicator-rows.ts';
import { nameInsidePairs, namePairs } from './names.ts';
import { nearestCounterparts } from './nearest.ts';
import { similarPlans } from './similar-plans.ts';
import { summarize, summarizeByDomain, type DomainSummary } from './summary.ts';
import { THIN_DOMAIN_SHARE } from './thresholds.ts';

export interface ReuseDetail {
  plan: string;
  reference: Pick<Reference, 'kind' | 'id' | 'title' | 'description'>;
  summary: ReuseSummary;
  /** Per domain, in the order domains appear (null: text outside the domain sections). */
  domains: DomainSummary[];
  /** Plan clauses in document order, omitted reference clauses in their place. */
  clauses: AlignedClause[];
  /**
   * For the reconstruction: domains where too few of the plan's clauses have a common wording
   * to compare with, and the nearest plan of the same province (else of any) to compare with instead.
   */
  thin: { domains: string[]; nearest: { id: string; county: string } | null } | null;
}

export function alignPlan(corpus: Corpus, planId: string, reference?: Reference): ReuseDetail {
  const plan = planIn(corpus, planId);
  const ref = reference ?? chooseReference(plan, corpus);
  // The reconstruction pairs by clause cluster, and a cluster may join look-alike targets
  // (达标率 and 优良率): indicator identity is checked here for every pairing alike.
  const whole = (ref.pairs ?? matchClauses(plan.clauses, ref.clauses))
    .filter((p) => !differentIndicators(plan.clauses[p.plan]!.indicators, ref.clauses[p.ref]!.indicators));
  const withParts = [...whole, ...partialPairs(plan.clauses, ref.clauses, whole)];
  const withResidual = [...withParts, ...residualPairs(plan.clauses, ref.clauses, withParts)];
  const withStanding = [...withResidual, ...standingPairs(plan.clauses, ref.clauses, withResidual)];
  // Bigram weights of the two documents, read by the last four steps alike.
  const w = bigramWeights([...plan.clauses, ...ref.clauses]);
  const withGaps = [...withStanding, ...gapPairs(plan.clauses, ref.clauses, withStanding, w)];
  const withNames = [...withGaps, ...namePairs(plan.clauses, ref.clauses, withGaps, w)];
  const withInside = [...withNames, ...nameInsidePairs(plan.clauses, ref.clauses, withNames, w)];
  const withLastGaps = [...withInside, ...gapPairs(plan.clauses, ref.clauses, withInside, w, LAST_GAP_BAR)];
  const pairs = [...withLastGaps, ...indicatorRowPairs(plan.clauses, ref.clauses, withLastGaps)];
  const clauses = nearestCounterparts(plan.clauses, ref.clauses, classifyClauses(plan.clauses, ref.clauses, pairs), w);
  const thin = ref.kind === 'reconstructed' ? thinDomains(corpus, plan.id, plan.province, clauses) : null;
  return {
    plan: plan.id,
    reference: { kind: ref.kind, id: ref.id, title: ref.title, description: ref.description },
    summary: summarize(clauses),
    domains: summarizeByDomain(clauses),
    clauses,
    thin,
  };
}

/**
 * How many similar plans are kept per plan (derive-type.ts), and read for a thin domain's nearest
 * plan: one number, as a plan's alignment key digests the list kept (alignment-key.ts).
 */
export const SIMILAR_KEPT = 20;

/** A domain with at least this many plan clauses can be judged thin. */
const THIN_DOMAIN_MIN_CLAUSES = 3;

function thinDomains(corpus: Corpus, planId: string, province: string, clauses: readonly AlignedClause[]): ReuseDetail['thin'] {
  const byDomain = new Map<string, { own: number; common: number }>();
  for (const c of clauses) {
    if (!c.domain || c.status === 'omitted' || (c.part === 'merged' && c.chars === 0)) continue;
    const d = byDomain.get(c.domain) ?? { own: 0, common: 0 };
    d.own++;
    if (c.status !== 'original') d.common++;
    byDomain.set(c.domain, d);
  }
  const domains = [...byDomain].filter(([, d]) => d.own >= THIN_DOMAIN_MIN_CLAUSES && d.common / d.own < THIN_DOMAIN_SHARE).map(([name]) => name);
  if (!domains.length) return { domains, nearest: null };
  const similar = similarPlans(corpus, planId, SIMILAR_KEPT);
  const pick = similar.find((s) => corpus.plans.get(s.plan)?.province === province) ?? similar[0];
  return { domains, nearest: pick ? { id: pick.plan, county: pick.county } : null };
}

/** The published record (validated: a record that fails its schema is a bug here, not in the data). */
export function toReuseRecord(detail: ReuseDetail): Reuse {
  // `part` as the record defines it, from what repeats: a plan clause listed more than once holds
  // several reference clauses (merged); a reference clause listed more than once is spread (split).
  // The page's own `part` leaves out a table row paired with a paragraph of its indicator
  // (reference_form), which is shown beside the clause without changing how the clause is compared.
  const count = (keys: (string | null)[]) => {
    const n = new Map<string, number>();
    for (const k of keys) if (k !== null) n.set(k, (n.get(k) ?? 0) + 1);
    return n;
  };
  const paired = detail.clauses.filter((c) => c.status === 'identical' || c.status === 'modified');
  const byAnchor = count(paired.map((c) => c.anchor));
  const byReference = count(paired.map((c) => c.reference_anchor));
  const partOf = (c: AlignedClause): AlignedClause['part'] => {
    if (c.status !== 'identical' && c.status !== 'modified') return null;
    if ((byAnchor.get(c.anchor) ?? 0) > 1) return 'merged';
    return (byReference.get(c.reference_anchor ?? '') ?? 0) > 1 ? 'split' : null;
  };
  return ReuseSchema.parse({
    plan: detail.plan,
    reference: { kind: detail.reference.kind, id: detail.reference.id },
    summary: detail.summary,
    clauses: detail.clauses.map((c) => ({
      anchor: c.anchor, status: c.status, reference_anchor: c.reference_anchor,
      similarity: c.similarity, numbers_changed: c.numbers_changed, part: partOf(c),
    })),
  });
}

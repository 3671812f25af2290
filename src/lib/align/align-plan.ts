/**
 * A plan aligned with its reference: every clause classified, totals per plan and per domain.
 * `ReuseDetail` is what pages render; `toReuseRecord` cuts it down to the published record.
 */
import { classifyClauses, type AlignedClause } from './classify.ts';
import { planIn, type Corpus } from './corpus.ts';
import { matchClauses } from './match.ts';
import { partialPairs, residualPairs } from './partial.ts';
import { chooseReference, type Reference } from './reference.ts';
import { ReuseSchema, type Reuse, type ReuseSummary } from './reuse-schema.ts';
import { summarize, summarizeByDomain, type DomainSummary } from './summary.ts';

export interface ReuseDetail {
  plan: string;
  reference: Pick<Reference, 'kind' | 'id' | 'title' | 'description'>;
  summary: ReuseSummary;
  /** Per domain, in the order domains appear (null: text outside the domain sections). */
  domains: DomainSummary[];
  /** Plan clauses in document order, omitted reference clauses in their place. */
  clauses: AlignedClause[];
}

export function alignPlan(corpus: Corpus, planId: string, reference?: Reference): ReuseDetail {
  const plan = planIn(corpus, planId);
  const ref = reference ?? chooseReference(plan, corpus);
  const whole = ref.pairs ?? matchClauses(plan.clauses, ref.clauses);
  const withParts = [...whole, ...partialPairs(plan.clauses, ref.clauses, whole)];
  const pairs = [...withParts, ...residualPairs(plan.clauses, ref.clauses, withParts)];
  const clauses = classifyClauses(plan.clauses, ref.clauses, pairs);
  return {
    plan: plan.id,
    reference: { kind: ref.kind, id: ref.id, title: ref.title, description: ref.description },
    summary: summarize(clauses),
    domains: summarizeByDomain(clauses),
    clauses,
  };
}

/** The published record (validated: a record that fails its schema is a bug here, not in the data). */
export function toReuseRecord(detail: ReuseDetail): Reuse {
  return ReuseSchema.parse({
    plan: detail.plan,
    reference: { kind: detail.reference.kind, id: detail.reference.id },
    summary: detail.summary,
    clauses: detail.clauses.map((c) => ({
      anchor: c.anchor, status: c.status, reference_anchor: c.reference_anchor,
      similarity: c.similarity, numbers_changed: c.numbers_changed, part: c.part,
    })),
  });
}

/**
 * Where a clause's possible counterparts are looked up: an LSH index over whole wordings and a
 * second one over measures' lead sentences (a rewritten item keeps its lead). Both reference
 * and corpus matching use it, so the two always agree on what a candidate is.
 */
import { addEntry, createIndex, findEntry, queryIndex, type ClauseIndex } from './clause-index.ts';
import type { PreparedClause } from './prepare.ts';
import { CANDIDATES_PER_CLAUSE } from './thresholds.ts';

export type Candidate = Pick<PreparedClause, 'kind' | 'matchKey' | 'shingles' | 'leadKey' | 'leadShingles' | 'indicators'>;

export interface CandidateIndex {
  main: ClauseIndex;
  lead: ClauseIndex;
  /** Lead entry → main entries with that lead. */
  leadToMain: number[][];
  /** Main entry → the first clause added under it (what candidates are scored against). */
  clauses: Candidate[];
}

export function createCandidateIndex(): CandidateIndex {
  return { main: createIndex(), lead: createIndex(), leadToMain: [], clauses: [] };
}

/** Adds a clause's wording (once) and returns its main entry id. */
export function addCandidate(ci: CandidateIndex, clause: Candidate): number {
  const known = findEntry(ci.main, clause.kind, clause.matchKey);
  if (known >= 0) return known;
  const e = addEntry(ci.main, clause.kind, clause.matchKey, clause.shingles);
  ci.clauses[e] = clause;
  if (clause.leadKey && clause.leadShingles) {
    const l = addEntry(ci.lead, clause.kind, clause.leadKey, clause.leadShingles);
    (ci.leadToMain[l] ??= []).push(e);
  }
  return e;
}

/** Main entries that may match the clause: exact wording, similar wording, similar lead. */
export function candidateEntries(ci: CandidateIndex, clause: Candidate): number[] {
  const out = new Set<number>();
  const exact = findEntry(ci.main, clause.kind, clause.matchKey);
  if (exact >= 0) out.add(exact);
  for (const e of queryIndex(ci.main, clause.kind, clause.shingles, CANDIDATES_PER_CLAUSE)) out.add(e);
  if (clause.leadShingles) {
    for (const l of queryIndex(ci.lead, clause.kind, clause.leadShingles, CANDIDATES_PER_CLAUSE)) {
      for (const e of ci.leadToMain[l] ?? []) out.add(e);
    }
  }
  return [...out].sort((a, b) => a - b);
}

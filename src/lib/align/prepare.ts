/**
 * A plan made ready for alignment: its clauses, each tokenized and keyed once.
 */
import type { Block } from '../plan/blocks.ts';
import type { PlanFrontmatter } from '../plan/schema.ts';
import { blocksToClauses, type Clause } from './clauses.ts';
import { shinglesOf } from './shingles.ts';
import { keyOf, makeTokenizer, visibleLength, type Token, type Tokenizer } from './tokens.ts';

/** The fields of a plan that alignment reads, plus its body. */
export type AlignPlanInput = Pick<
  PlanFrontmatter,
  'id' | 'plan_type' | 'title' | 'level' | 'county' | 'prefecture' | 'province' | 'templates'
> & { blocks: readonly Block[] };

export interface PreparedClause extends Clause {
  tokens: Token[];
  /** Comparison key of the whole clause: equal keys mean "identical". */
  key: string;
  /** What candidates are found and scored by: the whole key, or a row's indicator key. */
  matchKey: string;
  shingles: Uint32Array;
  /** Visible characters of `text` (spacing not counted). */
  chars: number;
}

export type PlanMeta = Omit<AlignPlanInput, 'blocks'>;

export interface PreparedPlan extends PlanMeta {
  clauses: PreparedClause[];
}

export function preparePlan(input: AlignPlanInput): PreparedPlan {
  const { blocks, ...meta } = input;
  const tokenize = makeTokenizer(meta);
  const clauses = blocksToClauses(meta.id, blocks).map((c) => prepareClause(c, tokenize));
  return { ...meta, clauses };
}

export function prepareClause(clause: Clause, tokenize: Tokenizer): PreparedClause {
  const tokens = tokenize(clause.text, clause.numbering);
  const key = keyOf(tokens);
  const matchKey = clause.kind === 'row' && clause.label !== null ? keyOf(tokenize(clause.label)) : key;
  return { ...clause, tokens, key, matchKey, shingles: shinglesOf(matchKey), chars: visibleLength(clause.text) };
}

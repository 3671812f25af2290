/**
 * A plan made ready for alignment: its clauses, each tokenized and keyed once.
 */
import { indicatorsOf, numberIdentities, type ClauseTargets, type NumberIdentity } from './clause-targets.ts';
import { blocksToClauses, type Clause } from './clauses.ts';
import type { AlignPlanInput } from './input-schema.ts';
import { domainKey } from './partial.ts';
import { placeRowsInDomains } from './row-domains.ts';
import { shinglesOf } from './shingles.ts';
import { encodeTokens, decodeTokens, type TokenCodes } from './token-codes.ts';
import { keyOf, makeTokenizer, visibleLength, type Token, type Tokenizer } from './tokens.ts';

/** The fields of a plan that alignment reads, plus its body (AlignPlanInputSchema). */
export type { AlignPlanInput };

export interface PreparedClause extends Clause {
  /** The clause's word tokens, compactly; tokensOf() reads them back. */
  codes: TokenCodes;
  /** Comparison key of the whole clause: equal keys mean "identical". */
  key: string;
  /** What candidates are found and scored by: the whole key, or a row's indicator key. */
  matchKey: string;
  shingles: Uint32Array;
  /**
   * Shingles of a measure's lead sentence ("4.加强出生缺陷综合防治。…") or of the heading of the
   * section the paragraph alone fills (指导思想), or null. Counties often keep a template item's
   * lead and rewrite its body: the lead still tells which item it is.
   */
  leadShingles: Uint32Array | null;
  leadKey: string | null;
  /** Visible characters of `text` (spacing not counted). */
  chars: number;
  /**
   * What two plans' names of one domain share (domainKeyOf): the national domain the heading
   * stands for, else the heading itself with its small words dropped; null outside the domains.
   */
  domainKey: string | null;
  /** Dictionary indicators the clause states targets for (clause-targets.ts). */
  indicators: string[];
  /** Per number token, in order: the indicator it is a value of, or null. */
  numberIds: (NumberIdentity | null)[];
}

export type PlanMeta = Omit<AlignPlanInput, 'blocks' | 'targets' | 'domain_aliases'>;

/** A plan's key of a domain heading: its national domain (`domain_aliases`) where known, compared by domainKey. */
export function domainKeyOf(aliases: Readonly<Record<string, string>> | undefined): (domain: string) => string {
  return (domain) => domainKey(aliases?.[domain] ?? domain);
}

export interface PreparedPlan extends PlanMeta {
  clauses: PreparedClause[];
}

export function preparePlan(input: AlignPlanInput): PreparedPlan {
  const { blocks, targets, domain_aliases, ...meta } = input;
  const tokenize = makeTokenizer(meta);
  const domainKeyFn = domainKeyOf(domain_aliases);
  const clauses = placeRowsInDomains(blocksToClauses(meta.id, blocks).map((c) => prepareClause(c, tokenize, targets, domainKeyFn)), domainKeyFn, targets);
  return { ...meta, clauses };
}

export function tokensOf(clause: Pick<PreparedClause, 'text' | 'codes'>): Token[] {
  return decodeTokens(clause.text, clause.codes);
}

export function prepareClause(
  clause: Clause, tokenize: Tokenizer, targets?: ClauseTargets, domainKeyFn: (domain: string) => string = domainKey,
): PreparedClause {
  const tokens = tokenize(clause.text, clause.numbering);
  const key = keyOf(tokens);
  const matchKey = clause.kind === 'row' && clause.label !== null ? keyOf(tokenize(clause.label)) : key;
  const lead = clause.kind !== 'paragraph' ? null
    : clause.title !== null ? keyOf(tokenize(clause.title)) || null : leadKey(tokens);
  return {
    ...clause, codes: encodeTokens(tokens), key, matchKey, shingles: shinglesOf(matchKey),
    leadKey: lead, leadShingles: lead ? shinglesOf(lead) : null, chars: visibleLength(clause.text),
    domainKey: clause.domain ? domainKeyFn(clause.domain) : null,
    indicators: indicatorsOf(targets?.[clause.anchor]), numberIds: numberIdentities(tokens, targets?.[clause.anchor]),
  };
}

/** A lead is a short first sentence followed by more text; its key, or null. */
const LEAD_MAX_CHARS = 40;

function leadKey(tokens: readonly Token[]): string | null {
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.key === '' && /[。；;!?！？]/u.test(t.text)) {
      const rest = tokens.slice(i + 1).some((u) => u.key !== '');
      return rest && key.length > 0 && key.length <= LEAD_MAX_CHARS ? key : null;
    }
    key += t.key;
    if (key.length > LEAD_MAX_CHARS) return null;
  }
  return null;
}

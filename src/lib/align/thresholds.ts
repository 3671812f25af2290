/**
 * The numbers that decide what counts as "the same clause". Tuned on the nine real plans
 * (see tests/unit/align/real-corpus.test.ts for the cases they must get right).
 */

/**
 * Two paragraphs are the same clause, edited, from this bigram Dice score up. Below it,
 * pairs in the real plans were different clauses that share stock phrases (坚持…, 加强…);
 * at and above it, they were one clause with numbers, names or a sentence changed.
 */
export const PARAGRAPH_MATCH = 0.5;

/**
 * A county that keeps the template's clause and adds its own sentences to it scores low on
 * Dice but keeps nearly all of the shorter clause: containment at this level also matches.
 */
export const CONTAINED_MATCH = 0.8;

/**
 * Two table rows are the same indicator from this Dice score of their indicator cells up.
 * 新生儿死亡率 and 婴儿死亡率 score 0.67 and must stay apart; 5岁以下儿童贫血患病率 and
 * 5岁以下儿童贫血率 (one indicator, two spellings) score 0.78.
 */
export const ROW_LABEL_MATCH = 0.75;

/** Candidates scored exactly per clause, best LSH agreement first. */
export const CANDIDATES_PER_CLAUSE = 12;

/** In the reconstructed template, plans of the plan's own province count this many times. */
export const SAME_PROVINCE_WEIGHT = 3;

/**
 * A wording the plan lacks is listed as omitted when at least this share of the other plans
 * of its type (and never fewer than two plans) have it, or two plans of its own province do.
 */
export const COMMON_SHARE = 0.5;
export const COMMON_MIN_PLANS = 2;
export const PROVINCE_MIN_PLANS = 2;

/** An equal run this short between two changes is folded into them, so edits read as phrases. */
export const SHORT_EQUAL_CHARS = 1;

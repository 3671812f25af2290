/**
 * The numbers that decide what counts as "the same clause". Tuned on the nine real plans
 * (see tests/unit/align/real-corpus.test.ts for the cases they must get right).
 */

/**
 * Two paragraphs are the same clause, edited, from this bigram Dice score up. In the real
 * plans, best-match pairs from 0.45 to 0.5 were nearly all one clause rewritten (免疫规划疫苗
 * 管理和接种 ~ 管理和预防接种, 0.50; 依法保障儿童的民事权益 ~ 未成年人的民事权益得到保障, 0.45);
 * below 0.45 different clauses sharing stock phrases (…得到有效保障, 0.48 for an unrelated pair,
 * is the worst case seen, and one-to-one matching gives the true counterpart precedence).
 */
export const PARAGRAPH_MATCH = 0.45;

/**
 * A county that keeps the template's clause and adds its own sentences to it scores low on
 * Dice but keeps nearly all of the shorter clause: containment at this level also matches.
 */
export const CONTAINED_MATCH = 0.8;

/**
 * A measure whose lead sentence matches (加强出生缺陷综合防治 ~ 加强出生缺陷的综合防治) is the same
 * item even when its body was rewritten, as long as the bodies still share this much. In the
 * real plans such pairs scored 0.3–0.5 overall; unrelated items with similar leads did not
 * reach 0.25.
 */
export const LEAD_MATCH = 0.7;
export const LEAD_BODY_MIN = 0.25;

/**
 * Two table rows are the same indicator from this Dice score of their indicator cells up.
 * 新生儿死亡率 and 婴儿死亡率 score 0.67 and must stay apart; 5岁以下儿童贫血患病率 and
 * 5岁以下儿童贫血率 (one indicator, two spellings) score 0.78.
 */
export const ROW_LABEL_MATCH = 0.75;

/**
 * A clause is part of another (a merged or split item, partial.ts) when this share of its
 * characters stands in the other's sentences. A sentence stands there when it scores this
 * Dice with one of them (充分发挥妇女在实施乡村振兴战略中的作用 ~ 充分发挥妇女在乡村振兴中的作用,
 * 0.75), or when that sentence holds this share of its bigrams.
 */
export const PART_COVERED = 0.75;
export const SENTENCE_MATCH = 0.6;
export const SENTENCE_CONTAINED = 0.8;

/**
 * Two items both left unmatched, of one domain and role, are one item rewritten when they share
 * this Dice and their item number or a lead sentence this alike (partial.ts residualPairs).
 */
export const RESIDUAL_MATCH = 0.3;
export const RESIDUAL_LEAD = 0.5;
export const RESIDUAL_SENTENCE_BODY = 0.2;

/**
 * A clause still without counterpart is paired with a paragraph of the other side, of its
 * domain, when one identifying sentence stands there (standing.ts): its lead sentence, or a
 * phrase of it, of at least STANDING_LEAD_CHARS key characters (女童平等接受义务教育 is 10), or
 * any other sentence or phrase of at least STANDING_SENTENCE_CHARS; or the other's stands in it.
 * One sentence decides alone here, so "stands" is stricter than the sentence test of partial
 * matching (SENTENCE_MATCH, SENTENCE_CONTAINED). Tuned on all 41 views of the nine plans (nine
 * default pages, 32 plan-vs-plan): at Dice 0.65 / containment 0.85 stock phrases paired
 * unrelated items (妇女健康水平不断提高 inside 妇女健康素养水平不断提高, 0.89; 践行社会主义核心价值观
 * for teachers and for pupils, 0.69); at 0.7 / 0.9 a read sample of 58 added pairs had one
 * doubtful pair (打击侵害妇女合法权益的违法犯罪 in a 妇联 measure).
 */
export const STANDING_MATCH = 0.7;
export const STANDING_CONTAINED = 0.9;
export const STANDING_LEAD_CHARS = 10;
export const STANDING_SENTENCE_CHARS = 16;

/**
 * In a domain where fewer than this share of the plan's clauses have a common wording, the
 * reconstruction is too thin to compare with: the page says so and names a plan to compare with.
 */
export const THIN_DOMAIN_SHARE = 0.25;

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

/**
 * Gap filling (gaps.ts): two clauses left between the same two anchors, of one section, are one
 * item reworded from this weighted Dice up (bigrams weighted by inverse document frequency over
 * the paragraphs of both documents, so 儿童, 加强, 健全 count little), or when their leads are
 * GAP_LEAD_MATCH alike. They must also share GAP_MIN_SHARED weight, where a bigram standing in
 * one paragraph only weighs 1 (leads, a few words, half of it): in all 41 views of the nine
 * plans, pairs sharing less were mostly short goals joined by a stock phrase (普及…健康知识 in
 * 健康素养 and in 心理健康 goals), while true reworded pairs at Dice 0.20–0.25 shared more
 * (出生缺陷防治, 儿童食品、药品、用品安全).
 */
export const GAP_MATCH = 0.2;
export const GAP_LEAD_MATCH = 0.5;
export const GAP_MIN_SHARED = 4;
/**
 * The last gap pass (align-plan.ts), after the name rules have had their pick: what is still
 * left between two anchors of one section is paired from this weighted Dice and shared weight.
 * Run first, this bar took partners the name rules pair better (心理健康 goals, 劳动权益
 * measures); run last, it paired 164 more clauses over the 41 views of the nine plans and
 * unpaired none (改善妇女就业结构 ~ 提高妇女就业质量, 加快普通高中教育发展 ~ 促进高中教育特色多样发展).
 */
export const LAST_GAP_MATCH = 0.12;
export const LAST_GAP_MIN_SHARED = 3;

/**
 * Pairing by the item's name (names.ts): a clause left without counterpart is one item with a
 * clause of the other side, in the same domain, when NAME_CONTAINED of its name's weight (the
 * first phrase, or the first sentence when that phrase is under NAME_MIN_CHARS characters)
 * stands in the other clause, the shared weight is at least NAME_MIN_SHARED (a bigram of one
 * paragraph weighs 1), and NAME_BACK_CONTAINED of the other's name stands in the first. Over
 * the 41 views of the nine plans this pairs about 150 clauses (完善落实监护制度 ~ 完善和落实未成年人
 * 监护制度, 提升妇女心理健康水平 ~ 妇女心理健康意识提升); without the second condition, a name found
 * only in the other's body paired different items (提高妇女的生态文明意识 ~ 支持妇女参与文明城市建设;
 * 完善落实未成年人保护的地方性法规 ~ 加强未成年人保护的法治宣传).
 */
export const NAME_CONTAINED = 0.6;
export const NAME_BACK_CONTAINED = 0.3;
export const NAME_MIN_SHARED = 3;
export const NAME_MIN_CHARS = 6;
/** names.ts, nameInsidePairs: a clause without counterpart whose name stands inside one that has one. */
export const NAME_INSIDE = 0.8;
export const NAME_INSIDE_MIN_SHARED = 4;

/**
 * The nearest clause named beside a clause without counterpart (nearest.ts): at least this
 * weighted Dice and this shared weight (a bigram of one paragraph weighs 1), so that a clause
 * sharing only stock words (加强, 儿童, 工作机制) is not offered.
 */
export const NEAREST_MIN_SCORE = 0.1;
export const NEAREST_MIN_SHARED = 2;
/**
 * A table row without counterpart and a paragraph of the other side's same section (or the
 * other way round) are named beside each other when the paragraph holds at least this share of
 * the row label's distinctive weight, and this much of it: the paragraph writes the indicator.
 */
export const NEAREST_ROW_NAMED = 0.8;
export const NEAREST_ROW_NAMED_SHARED = 3;

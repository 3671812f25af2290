/**
 * A goal paragraph → its sentences → their clauses → targets. Sentences that look back
 * (十三五 achievements, 2020年 figures) and table notes state no target and are skipped.
 */
import { readAgencies, type Agencies } from './agencies.ts';
import { readClause, type ClauseReading, type Statement } from './clause.ts';
import type { Finding, Reading } from './finding.ts';
import type { Matcher } from './match.ts';

/** Item numbers at the start of a goal: 1.  3、 — not the 8.5 of 004's run-together "8.5岁以下儿童". */
const ITEM_NUMBER = /^\s*\d{1,2}\s*[.、．](?!\d)\s*/;
/** A look back at the previous plan period: its figures are achievements, not targets. */
const PAST = /十三五”?\s*(时期|期间)|20(1\d|20)年(度|底|末)|截至20\d\d|20(1\d|20)年(已|实现)/;
const NOTE = /^\s*注\s*[:：]|表示国家纲要指标|表示山西省规划指标|数据暂时空缺/;
/**
 * The longest sentence targets are read from (the seeds' longest is 341 characters). A longer run
 * without 。；！？ is a damaged or hostile text: reported as unread, never copied into every target it holds.
 */
export const MAX_SENTENCE = 1000;

/** Sentences of a paragraph, split at 。；！？ and line breaks, item numbers removed. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])|\n+/)
    .map((s) => s.replace(ITEM_NUMBER, '').trim())
    .filter((s) => s.replace(/[。；;！？!?\s]/g, '') !== '');
}

/**
 * A year a sentence states its targets for: 到2025年, 2025年达到. Not a base year (以2020年为基数),
 * nor a period in a title (《…(2021—2025年)》).
 */
const TARGET_YEAR = /(?<![-—–−～~\d])(20[2-9]\d)\s*年(?![-—–−～~]|为基数|数据|度)/;

export function statedYear(sentence: string): number | null {
  const m = TARGET_YEAR.exec(sentence.replace(/[（(]\s*20\d\d\s*[-—–−～~]\s*20\d\d\s*年\s*[)）]/g, ''));
  return m ? Number(m[1]) : null;
}

export interface ParagraphInput {
  id: string;
  text: string;
}

/** The statements of one sentence, clause by clause. */
function readSentence(sentence: string, matcher: Matcher, problems: string[]): Statement[] {
  const out: Statement[] = [];
  let previous: ClauseReading | null = null;
  for (const clause of sentence.split(/[,，]/)) {
    const reading: ClauseReading = readClause(clause, matcher, problems, previous?.open ?? []);
    if (reading.tookSubject && previous) {
      // 提高X，2025年达到90%: the verb before X leads to the number, not to a separate direction.
      const taken = new Set(previous.open);
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.mention && taken.has(out[i]!.mention!) && out[i]!.value === null) out.splice(i, 1);
    }
    out.push(...reading.statements);
    previous = reading;
  }
  return out;
}

/** The targets of one goal paragraph, with the agencies its tag names. */
export function readParagraph(block: ParagraphInput, matcher: Matcher): Reading & { agencies: Agencies } {
  const { agencies, text } = readAgencies(block.text);
  const findings: Finding[] = [];
  const problems: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.length > MAX_SENTENCE) {
      problems.push(`#${block.id} a sentence of ${sentence.length} characters without 。；！？ (more than ${MAX_SENTENCE}): its numbers were not read`);
      continue;
    }
    if (PAST.test(sentence) || NOTE.test(sentence)) continue;
    const year = statedYear(sentence);
    const local: string[] = [];
    for (const { mention: _, ...s } of readSentence(sentence, matcher, local)) {
      findings.push({ ...s, year, baseline: null, nature: null, anchor: block.id, text: sentence });
    }
    problems.push(...local.map((p) => `#${block.id} ${p}`));
  }
  return { findings, problems, agencies };
}

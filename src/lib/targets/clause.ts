/**
 * One clause of a goal (the text between two commas) → the targets it states.
 * A statement is: indicator names (an enumeration shares one verb) + verb + a run of numbers
 * (分别 pairs them in order) + the last number's 以上/以下/左右. Names with no number get the
 * direction said next to them (逐步提高); numbers with no dictionary name keep the words before the verb.
 */
import {
  readDistantFloor, readLeadingDirection, readTrailingDirection, readVerb, readVerbBeforeName,
  type Comparator, type VerbReading,
} from './comparator.ts';
import { quote } from './finding.ts';
import type { Matcher, Mention } from './match.ts';
import { groupRuns, scanNumbers, type ValueToken } from './values.ts';
import type { Indicator } from './dictionary.ts';

/** A target read from a clause; sentence.ts adds the year, the anchor and the sentence. */
export interface Statement {
  /** The name the statement was read from; none for a number with no dictionary name. */
  mention?: Mention;
  indicator: Indicator | null;
  label: string;
  comparator: Comparator;
  value: number | null;
  unit: string;
}

const ENUMERATION_GAP = /^[、和及与\s]*(以及)?[、和及与\s]*$/;
const COUNT_UNITS = new Set(['个', '张', '名', '人', '所', '家', '次', '天']);
/** Where the shared predicate of 95%的城市社区和85%的农村社区建立… starts. */
const PREDICATE = /(建立|设立|配备|建成|开展|实现|拥有|设置|达到)/;

/** The names right before a run of numbers that form one enumeration (新生儿、婴儿和5岁以下儿童死亡率). */
function enumerationBefore(before: Mention[], clause: string): Mention[] {
  const group: Mention[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const next = group[0];
    if (next && !ENUMERATION_GAP.test(clause.slice(m.end, next.start))) break;
    group.unshift(m);
  }
  return group;
}

function comparatorOf(v: ValueToken, run: ValueToken[], verb: VerbReading | null, before: string): Comparator {
  const last = run[run.length - 1]!;
  if (v.suffix) return v.suffix;
  if (v.approx) return '~';
  if (last.suffix) return last.suffix;
  if (verb) return verb.comparator;
  // 至少/不少于 bind a count further on (至少组织2次), and a share of something named after it (不少于…任务数的10%).
  return (COUNT_UNITS.has(v.unit) || /的\s*$/.test(before)) && readDistantFloor(before) ? '>=' : '=';
}

const trimLabel = (s: string) => s.replace(/^[\s、,，和及与并且:：]+|[\s、,，和及与:：的。；;！？!?]+$/g, '').replace(/^(确保|保证|力争|争取|推动)/, '');

/**
 * Names that share one number: 妇女和家庭成员对法治宣传教育知晓率、满意率均达到90%以上 states two
 * rates, 知晓率 and 满意率, each of 妇女和家庭成员对法治宣传教育. Split only at 、 between rates.
 */
function splitShared(label: string): string[] {
  const s = label.replace(/(均|都)$/, '');
  const parts = s.split('、');
  if (parts.length < 2 || !parts.every((p) => /(率|比例)$/.test(p)) || parts.slice(1).some((p) => p.length > 6)) return [s];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const prefix = first.slice(0, Math.max(0, first.length - last.length));
  return [first, ...parts.slice(1).map((p) => prefix + p)];
}

interface Context {
  clause: string;
  matcher: Matcher;
  problems: string[];
}

/**
 * Names of an enumeration that share a tail, one per number of a run: 城市、农村建校率分别达到90%80%
 * names 城市建校率 and 农村建校率. Only for a rate or share, each item as long as the first.
 */
function splitEnumerated(head: string, n: number): string[] | null {
  head = head.replace(/(分别|均|都)$/, '');
  const parts = head.split(/[、和]/);
  if (parts.length !== n || parts.some((p) => !p)) return null;
  const last = parts[n - 1]!;
  const itemLength = parts[0]!.length;
  const tail = last.slice(itemLength);
  if (!/(率|比例)$/.test(tail) || tail.length < 2 || parts.slice(0, -1).some((p) => p.length !== itemLength)) return null;
  return [...parts.slice(0, -1).map((p) => p + tail), last];
}

/** A run with no dictionary name before it: its label is the words before the verb (or around the number). */
function unnamed(run: ValueToken[], from: number, verb: VerbReading | null, nextStart: number, ctx: Context): { statements: Statement[]; end: number } {
  const { clause } = ctx;
  const v = run[0]!;
  if (run.length > 1) {
    const names = splitEnumerated(trimLabel(clause.slice(from, verb ? from + verb.start : v.start)), run.length);
    if (!names) {
      ctx.problems.push(`${quote(clause)}: ${run.length} numbers but no indicator names to pair them with`);
      return { statements: [], end: v.after };
    }
    const statements = names.map((label, i) => ({ indicator: null, label, comparator: comparatorOf(run[i]!, run, verb, clause.slice(0, run[i]!.start)), value: run[i]!.value, unit: run[i]!.unit }));
    return { statements, end: run[run.length - 1]!.after };
  }
  const head = trimLabel(clause.slice(from, verb ? from + verb.start : v.start));
  const tail = clause.slice(v.after, nextStart);
  const leading = !verb && /^\s*(的|[\u4e00-\u9fff(（])/.test(tail);
  let label = head;
  let end = run[run.length - 1]!.after;
  if (leading || (COUNT_UNITS.has(v.unit) && /^[\u4e00-\u9fff]/.test(tail))) {
    let rest = trimLabel(tail.replace(/^\s*的/, ''));
    if (/[和、]\s*$/.test(tail) && nextStart < clause.length) {
      const after = clause.slice(nextStart);
      const p = PREDICATE.exec(after);
      rest = trimLabel(rest) + (p ? after.slice(p.index) : '');
    }
    label = trimLabel(head + rest);
    end = nextStart;
  }
  if (!label) {
    ctx.problems.push(`${quote(clause)}: the number ${v.raw} names no indicator`);
    return { statements: [], end };
  }
  const comparator = comparatorOf(v, run, verb, clause.slice(0, v.start));
  const statements = splitShared(label).map((name) => {
    // The label must be the indicator's name, not a phrase that contains it (…成员中女性成员).
    const named = ctx.matcher.find(name);
    const indicator = named.length === 1 && named[0]!.end - named[0]!.start >= name.length - 2 ? named[0]!.indicator : null;
    return { indicator, label: name, comparator, value: v.value, unit: v.unit };
  });
  return { statements, end };
}

/** Pairs names and numbers of one statement; none when the counts do not fit (a problem is noted). */
function pair(group: Mention[], run: ValueToken[], verb: VerbReading | null, ctx: Context): Statement[] {
  const values = group.length === run.length ? run : run.length === 1 ? group.map(() => run[0]!) : null;
  if (!values) {
    ctx.problems.push(`${quote(ctx.clause)}: ${group.length} indicator names for ${run.length} numbers`);
    return [];
  }
  const governing = verb ?? readVerbBeforeName(ctx.clause.slice(0, group[0]!.start));
  return group.map((m, i) => {
    const v = values[i]!;
    const before = ctx.clause.slice(0, v.start);
    return { mention: m, indicator: m.indicator, label: m.label, comparator: comparatorOf(v, run, governing, before), value: v.value, unit: v.unit };
  });
}

/** Directions for the names no number was paired with. */
function directions(mentions: Mention[], used: Set<Mention>, runs: ValueToken[][], clause: string): Statement[] {
  const out: Statement[] = [];
  const free = mentions.filter((m) => !used.has(m));
  const boundaries = [...mentions.map((m) => m.start), ...runs.map((r) => r[0]!.start), clause.length];
  let i = 0;
  while (i < free.length) {
    const group = [free[i]!];
    while (i + 1 < free.length && ENUMERATION_GAP.test(clause.slice(free[i]!.end, free[i + 1]!.start))) group.push(free[++i]!);
    i++;
    const end = group[group.length - 1]!.end;
    const next = Math.min(...boundaries.filter((b) => b >= end));
    const prev = Math.max(0, ...mentions.filter((m) => m.end <= group[0]!.start).map((m) => m.end), ...runs.map((r) => r[r.length - 1]!.after).filter((a) => a <= group[0]!.start));
    const direction = readTrailingDirection(clause.slice(end, next)) ?? readLeadingDirection(clause.slice(prev, group[0]!.start));
    if (!direction) continue;
    for (const m of group) out.push({ mention: m, indicator: m.indicator, label: m.label, comparator: direction, value: null, unit: '' });
  }
  return out;
}

/** What one clause states, and the names it leaves open for the next clause of the sentence. */
export interface ClauseReading {
  statements: Statement[];
  /** Names after the clause's last number: 提高农村卫生厕所普及率，2025年达到90% names it here, numbers it next. */
  open: Mention[];
  /** The clause took its subject from the previous clause's open names. */
  tookSubject: boolean;
}

/** A run that cannot be read: a problem is noted and the run gives no target. */
function unreadable(run: ValueToken[], verb: VerbReading | null, verbText: string, named: boolean, ctx: Context): boolean {
  const first = run[0]!;
  if (run.every((v) => v.unit === '') && !(named && (verb || run[run.length - 1]!.suffix))) {
    if (verb) ctx.problems.push(`${quote(ctx.clause)}: ${first.raw} has neither a unit nor an indicator name`);
    return true;
  }
  const broken = run.find((v) => v.value === null);
  if (broken) {
    ctx.problems.push(`${quote(ctx.clause)}: "${broken.raw}" is not one number (a separator may have been lost)`);
    return true;
  }
  if (verb?.change) {
    ctx.problems.push(`${quote(ctx.clause)}: "${verbText.slice(verb.start)}${first.raw}" states a change, not a level`);
    return true;
  }
  return false;
}

/** Only a year before the verb (2025年达到90%): the subject is in the clause before. */
const ONLY_A_YEAR = /^[\s到至在]*(20\d\d年(底|末)?(前)?)?[\s,，]*$/;

/** The targets one clause states; unreadable numbers are added to `problems`. */
export function readClause(clause: string, matcher: Matcher, problems: string[], subject: Mention[] = []): ClauseReading {
  const ctx: Context = { clause, matcher, problems };
  const mentions = matcher.find(clause);
  const runs = groupRuns(scanNumbers(clause, mentions), clause);
  const used = new Set<Mention>();
  const statements: Statement[] = [];
  let cursor = 0;
  let tookSubject = false;
  runs.forEach((run, k) => {
    const first = run[0]!;
    const nextStart = runs[k + 1]?.[0]!.start ?? clause.length;
    let group = enumerationBefore(mentions.filter((m) => m.start >= cursor && m.end <= first.start), clause);
    const verbFrom = group.length ? group[group.length - 1]!.end : cursor;
    const verbText = clause.slice(verbFrom, first.start);
    const verb = readVerb(verbText);
    if (!group.length && verb && subject.length && ONLY_A_YEAR.test(verbText.slice(0, verb.start)) && !tookSubject) {
      group = subject;
      tookSubject = true;
    }
    group.forEach((m) => used.add(m));
    cursor = run[run.length - 1]!.after;
    if (unreadable(run, verb, verbText, group.length > 0, ctx)) return;
    if (group.length) {
      statements.push(...pair(group, run, verb, ctx));
      return;
    }
    const read = unnamed(run, verbFrom, verb, nextStart, ctx);
    statements.push(...read.statements);
    cursor = read.end;
  });
  statements.push(...directions(mentions, used, runs, clause));
  const open = mentions.filter((m) => !used.has(m) && m.start >= cursor);
  return { statements, open, tookSubject };
}

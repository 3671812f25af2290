/**
 * One raw source → its plans (frontmatter + blocks + file content) and its report entry.
 * Pure: bytes and sidecar in, data out. Refuses bad input with an IngestError.
 */
import type { PlanType, Sidecar } from '../plan/schema.ts';
import { IngestError } from './errors.ts';
import { decodeSource, type SourceEncoding } from './decode.ts';
import { readHtml, type DroppedHtml } from './html.ts';
import { documentFormatOf, type DocumentFormat } from '../intake/formats.ts';
import { readDocumentSync } from '../intake/read-document-fs.ts';
import type { DroppedFurniture } from '../intake/page-furniture.ts';
import { removeConversionResidue } from './residue.ts';
import { UNRECOGNIZED_HEADER, leadingChromeEnd, removeFooter, removeHeader, removeSecondCopy, removeVendorCopy } from './chrome.ts';
import { readNotice, type NoticeReading } from './notice.ts';
import { findPlanTitles, splitAtTitles } from './split.ts';
import { findCombinedPlan, type CombinedPlan } from './combined.ts';
import { markerOf } from './markers.ts';
import { compareWithSidecar, parsePrintedDate, readPageMetadata, type StatedFacts } from './facts.ts';
import { lookalikeFindings, noticeFindings, shorten } from './findings.ts';
import { buildPlan, type PlanOutput } from './plan-output.ts';
import { checkConservation } from './conservation.ts';
import { PLAN_TYPE_EN, type Finding, type PlanSlice, type RemovedBlock, type SourceLine } from './types.ts';

export type { PlanOutput } from './plan-output.ts';

export interface SourceInput {
  /** File name inside the sources directory, e.g. 000_30ea770318f86718.txt. */
  name: string;
  /** The file as messages name it, e.g. content/sources/000_30ea770318f86718.txt. */
  path: string;
  bytes: Uint8Array;
  sidecar: Sidecar;
  /** What reading the sidecar noticed (its encoding, a code GB/T 2260 does not list): for the report only. */
  sidecarWarnings?: readonly string[];
}

export interface SourceReport {
  file: string;
  encoding: SourceEncoding;
  /** html, docx, pdf, doc: line numbers below count lines of the text the page or document was turned into. */
  format: 'text' | 'html' | Exclude<DocumentFormat, 'wps'>;
  /** The plans written from this source; title_line is the raw line of the plan's own title (null: none in the text). */
  plans: { id: string; title_line: number | null }[];
  /** Every block taken out, with its text and the reason. */
  removed: RemovedBlock[];
  /** Extraction damage noticed and left as printed. */
  damage: Finding[];
  /** Text whose structure could only be guessed. */
  uninterpretable: Finding[];
  /**
   * Invisible characters (zero-width space, word joiner, soft hyphen …) wherever they are, and
   * look-alike spaces or full-width digits inside a number or marker: kept as printed, each with
   * what the reading made of it (12.5, 二、).
   */
  invisible_characters: Finding[];
  warnings: string[];
  /** html only: every kind of element the page's text was taken without (script, noscript, comment …), with its text. */
  html_dropped?: DroppedHtml[];
  /** A combined 妇女儿童发展规划 only: its title, the parts it was split at, and where text the parts share went. */
  combined?: CombinedReport;
  /** pdf only: the page numbers and running heads taken off the pages before the text was read, each with its page (from 1) and reason. */
  document_dropped?: DroppedFurniture[];
}

export interface CombinedReport {
  title: string;
  title_line: number;
  /** Each part's heading line: where its plan starts. */
  parts: { type: PlanType; line: number }[];
  /** Text between the title and the first part, kept with the first part's plan; null when there is none. */
  preamble: { lines: [number, number]; kept_with: PlanType } | null;
}

export const COMBINED_TITLE_REASON = "the combined 妇女儿童发展规划's title: it titles both plans, each of which names it with its part";

export interface SourceResult {
  plans: PlanOutput[];
  report: SourceReport;
  /** The decoded text (a page already turned into lines): what conservation is checked against. */
  text: string;
  notice: NoticeReading | null;
}

const DECODE_FIX = {
  empty: 'copy the raw document in again, byte for byte',
  binary: 'sources must be plain text or a saved HTML page',
  undecodable: 're-save the file as UTF-8',
} as const;

const isHtml = (name: string) => /\.html?$/i.test(name);

const formatOf = (name: string): SourceReport['format'] => (documentFormatOf(name) as SourceReport['format'] | null) ?? (isHtml(name) ? 'html' : 'text');

/**
 * Bytes → the text the ingest reads: decoded, a saved page turned into lines (with what the page
 * conversion left out), a Word or PDF document read by src/lib/intake. The one place a new source
 * format meets the ingest.
 */
export function sourceText(input: { name: string; path: string; bytes: Uint8Array }): { text: string; encoding: SourceEncoding; dropped: DroppedHtml[] | null; furniture?: DroppedFurniture[] } {
  const document = documentFormatOf(input.name);
  if (document) {
    const reading = readDocumentSync(document, input.bytes);
    if (!reading.ok) throw new IngestError(input.path, reading.problem, reading.fix);
    return { text: reading.text, encoding: 'utf-8', dropped: null, ...(document === 'pdf' ? { furniture: reading.dropped } : {}) };
  }
  const decoded = decodeSource(input.bytes);
  if (!decoded.ok) {
    const problem = decoded.problem === 'empty' ? 'the file is empty'
      : decoded.problem === 'binary' ? `the file is binary, not text: ${decoded.detail}`
      : `the text is ${decoded.detail}`;
    throw new IngestError(input.path, problem, DECODE_FIX[decoded.problem]);
  }
  if (!isHtml(input.name)) return { text: decoded.text, encoding: decoded.encoding, dropped: null };
  const page = readHtml(decoded.text);
  if (page.problem) throw new IngestError(input.path, `the page cannot be turned into text without loss: ${page.problem}`, 'save the page again from the browser, or as plain text');
  return { text: page.text, encoding: decoded.encoding, dropped: page.dropped };
}

/** Chrome recognizable before the notice is found: conversion residue, the second copy, vendor copy, footer. */
function stripPage(lines: SourceLine[]) {
  const removed: RemovedBlock[] = [];
  const residue = removeConversionResidue(lines);
  let kept = residue.lines;
  removed.push(...residue.removed);
  for (const step of [removeSecondCopy, removeVendorCopy, removeFooter]) {
    const result = step(kept);
    kept = result.kept;
    removed.push(...result.removed);
  }
  return { kept, removed };
}

const hasSections = (lines: readonly SourceLine[]) => lines.some((line) => markerOf(line.text).kind === 'h2');

/** A combined plan that cannot be split stops the ingest with one line. */
function combinedPlanOf(input: SourceInput, lines: readonly SourceLine[]) {
  const combined = findCombinedPlan(lines);
  if (combined && !combined.ok) {
    throw new IngestError(input.path, `line ${combined.title.no}, ${combined.title.text.trim()}, is one combined 妇女儿童发展规划, and ${combined.problem}`, 'put each plan in a part of its own headed 第一部分 妇女发展规划 / 第二部分 儿童发展规划 as the original document does, or add the two plans as two sources');
  }
  return combined?.plan ?? null;
}

/** Header chrome off, the notice read, the rest cut into plans at their titles (or a combined plan's parts). */
function sliceText(input: SourceInput, lines: SourceLine[]) {
  const first = combinedPlanOf(input, lines)?.title ?? findPlanTitles(lines)[0]?.index ?? lines.length;
  const notice = readNotice(lines, first);
  const header = removeHeader(lines, notice?.start ?? (first < lines.length ? first : leadingChromeEnd(lines)));
  const kept = header.kept;
  const combined = combinedPlanOf(input, kept);
  if (combined) return { notice, header: header.removed, ...splitCombined(kept, combined) };
  const titles = findPlanTitles(kept);
  const noticeEnd = titles[0]?.index ?? (notice ? kept.length : 0);
  let slices: PlanSlice[] = splitAtTitles(kept, titles);
  // 004 quotes its single plan without the title line: the plan is what follows the notice (here: everything).
  if (slices.length === 0 && input.sidecar.plans.length === 1 && hasSections(kept.slice(noticeEnd))) {
    slices = [{ type: input.sidecar.plans[0]!, title: null, lines: kept.slice(noticeEnd) }];
  }
  return { notice, header: header.removed, slices, combined: null };
}

/**
 * A combined plan cut at its parts. Its title line titles both plans, so it stays in neither plan's
 * text: the report lists it. Text between the title and the first part (a 前言 both parts share)
 * stays with the first part, and the report says so.
 */
function splitCombined(kept: readonly SourceLine[], combined: CombinedPlan) {
  const title = kept[combined.title]!;
  const slices = splitAtTitles(kept, combined.parts).map((slice) => ({ ...slice, combined: title }));
  const preamble = kept.slice(combined.title + 1, combined.parts[0]!.index).filter((l) => l.text.trim() !== '');
  slices[0]!.lines = [...kept.slice(combined.title + 1, combined.parts[0]!.index), ...slices[0]!.lines];
  const removed: RemovedBlock = { lines: [title.no, title.no], reason: COMBINED_TITLE_REASON, text: title.text, inline: false };
  const report: CombinedReport = {
    title: title.text.trim(),
    title_line: title.no,
    parts: combined.parts.map((p) => ({ type: p.type, line: kept[p.index]!.no })),
    preamble: preamble.length ? { lines: [preamble[0]!.no, preamble[preamble.length - 1]!.no], kept_with: slices[0]!.type } : null,
  };
  return { slices, combined: { removed, report, leading: preamble.map((l) => l.text).join('\n') } };
}

function checkPlansFound(input: SourceInput, slices: readonly PlanSlice[]): void {
  if (slices.length === 0) {
    throw new IngestError(input.path, 'no plan found: no line is a plan title such as …妇女发展规划 or …儿童发展规划, and there are no 一、 sections', 'check that this is a plan document and that its title stands on a line of its own');
  }
  const types = slices.map((s) => s.type);
  const twice = types.find((t, i) => types.indexOf(t) !== i);
  if (twice) {
    const at = slices.filter((s) => s.type === twice).map((s) => s.title!.no).join(' and ');
    throw new IngestError(input.path, `two ${PLAN_TYPE_EN[twice]} plans in one file, titled on lines ${at}`, 'split the file in two, one source per document');
  }
  const listed = [...input.sidecar.plans].sort().join(', ');
  const found = [...types].sort().join(', ');
  if (listed !== found) {
    throw new IngestError(input.path, `the sidecar lists plans [${listed}] but the text holds [${found}]`, 'correct plans in the .yaml, or restore the missing plan text');
  }
}

function statedFacts(notice: NoticeReading | null, header: readonly RemovedBlock[]): StatedFacts {
  const page = readPageMetadata(header.flatMap((block) => block.text.split('\n')));
  const signed = notice ? parsePrintedDate(notice.date) : null;
  return {
    docNumbers: [...(notice?.docNumber ? [{ value: notice.docNumber, where: 'notice' as const }] : []), ...page.docNumbers],
    signed: [...(signed ? [{ value: signed.iso, where: 'notice' as const }] : []), ...page.signed],
    published: page.published,
  };
}

export function ingestSource(input: SourceInput): SourceResult {
  const { text, encoding, dropped, furniture } = sourceText(input);
  const all: SourceLine[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const page = stripPage(all);
  const { notice, header, slices, combined } = sliceText(input, page.kept);
  checkPlansFound(input, slices);

  const sourceWarnings = compareWithSidecar(input.name, statedFacts(notice, header), input.sidecar);
  const warnings = [...sourceWarnings];
  const damage: Finding[] = notice ? noticeFindings(notice) : [];
  const uninterpretable: Finding[] = header
    .filter((block) => block.reason === UNRECOGNIZED_HEADER)
    .map((block) => ({ where: `line ${block.lines[0]}`, problem: 'removed with the page header, though it does not look like page chrome', text: shorten(block.text) }));
  const invisible: Finding[] = notice ? lookalikeFindings('notice', notice.text) : [];
  const plans: PlanOutput[] = [];
  for (const slice of slices) {
    const plan = buildPlan({ source: input, slice, notice, sourceWarnings, allLines: all.map((l) => l.text) });
    plans.push(plan.output);
    damage.push(...plan.damage);
    uninterpretable.push(...plan.uninterpretable);
    invisible.push(...plan.lookalikes);
    warnings.push(...plan.output.frontmatter.warnings.slice(sourceWarnings.length));
  }

  const report: SourceReport = {
    file: input.name,
    encoding,
    format: formatOf(input.name),
    plans: plans.map((p, k) => ({ id: p.id, title_line: slices[k]!.title?.no ?? null })),
    removed: [...page.removed, ...header, ...(combined ? [combined.removed] : [])].sort((a, b) => a.lines[0] - b.lines[0] || Number(b.inline) - Number(a.inline)),
    damage,
    uninterpretable,
    invisible_characters: invisible,
    warnings: [...new Set([...(input.sidecarWarnings ?? []), ...warnings])],
    ...(dropped ? { html_dropped: dropped } : {}),
    ...(combined ? { combined: combined.report } : {}),
    ...(furniture ? { document_dropped: furniture } : {}),
  };
  checkNothingLost(input, text, report.removed, notice, plans, slices, combined?.leading ?? '');
  return { plans, report, text, notice };
}

/** The guarantee, checked on every run: the plans and notice hold all of the source but the removed blocks. */
function checkNothingLost(input: SourceInput, text: string, removed: RemovedBlock[], notice: NoticeReading | null, plans: PlanOutput[], slices: PlanSlice[], leading: string): void {
  const result = checkConservation({
    text,
    removed,
    notice: notice?.text ?? null,
    plans: plans.map((plan, k) => ({
      title: slices[k]!.title ? (plan.frontmatter.printed_title ?? plan.frontmatter.title) : null,
      texts: plan.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join('')).join('') : b.text)),
      ...(k === 0 && leading ? { leading } : {}),
    })),
  });
  if (!result.ok) {
    throw new IngestError(input.path, `the ingest would lose or alter text: ${result.problem}`, 'nothing was written; the source is kept out until the ingest handles it: report the file and this line to the site maintainers');
  }
}

/**
 * One raw source → its plans (frontmatter + blocks + file content) and its report entry.
 * Pure: bytes and sidecar in, data out. Refuses bad input with an IngestError.
 */
import type { PlanType, Sidecar } from '../plan/schema.ts';
import { PLAN_TYPE_ZH } from '../plan/schema.ts';
import { domainOfHeading } from '../plan/blocks.ts';
import { IngestError } from './errors.ts';
import { decodeSource, type SourceEncoding } from './decode.ts';
import { htmlToText } from './html.ts';
import { removeConversionResidue } from './residue.ts';
import { removeFooter, removeHeader, removeSecondCopy, removeVendorCopy } from './chrome.ts';
import { readNotice, type NoticeReading } from './notice.ts';
import { findPlanTitles, splitAtTitles } from './split.ts';
import { buildStructure } from './structure.ts';
import { markerOf } from './markers.ts';
import { findTemplates } from './templates.ts';
import { compareWithSidecar, parsePrintedDate, periodOfTitle, readPageMetadata, type StatedFacts } from './facts.ts';
import { damageSignsOf, dateDamage, docNumberDamage } from './damage.ts';
import { quotedPlanTitle } from './plan-title.ts';
import { blocksToMarkdown, planFileContent, type FrontmatterWithoutHash } from './write.ts';
import type { Finding, PlanBlock, PlanSlice, RemovedBlock, SourceLine } from './types.ts';

export interface SourceInput {
  /** File name inside the sources directory, e.g. 000_30ea770318f86718.txt. */
  name: string;
  /** The file as messages name it, e.g. content/sources/000_30ea770318f86718.txt. */
  path: string;
  bytes: Uint8Array;
  sidecar: Sidecar;
}

export interface PlanOutput {
  id: string;
  type: PlanType;
  frontmatter: FrontmatterWithoutHash;
  blocks: PlanBlock[];
  /** The complete Markdown file, generated_hash included. */
  content: string;
}

export interface SourceReport {
  file: string;
  encoding: SourceEncoding;
  /** The plans written from this source; title_line is the raw line of the plan's own title (null: none in the text). */
  plans: { id: string; title_line: number | null }[];
  /** Every block taken out, with its text and the reason. */
  removed: RemovedBlock[];
  /** Extraction damage noticed and left as printed. */
  damage: Finding[];
  /** Text whose structure could only be guessed. */
  uninterpretable: Finding[];
  warnings: string[];
}

export interface SourceResult {
  plans: PlanOutput[];
  report: SourceReport;
  /** The decoded text (HTML already turned into lines): what conservation is checked against. */
  text: string;
  notice: NoticeReading | null;
}

const DECODE_FIX = {
  empty: 'copy the raw document in again, byte for byte',
  binary: 'sources must be plain text or a saved HTML page',
  undecodable: 're-save the file as UTF-8',
} as const;

function decode(input: SourceInput): { text: string; encoding: SourceEncoding } {
  const decoded = decodeSource(input.bytes);
  if (!decoded.ok) {
    const problem = decoded.problem === 'empty' ? 'the file is empty'
      : decoded.problem === 'binary' ? `the file is binary, not text (${decoded.detail})`
      : `the text is ${decoded.detail}`;
    throw new IngestError(input.path, problem, DECODE_FIX[decoded.problem]);
  }
  const text = /\.html?$/i.test(input.name) ? htmlToText(decoded.text) : decoded.text;
  return { text, encoding: decoded.encoding };
}

/** Chrome that can be recognized before the notice is found: residue, the second copy, vendor copy, footer. */
function stripPage(lines: SourceLine[]) {
  const removed: RemovedBlock[] = [];
  let kept = lines;
  const residue = removeConversionResidue(kept);
  kept = residue.lines;
  removed.push(...residue.removed);
  for (const step of [removeSecondCopy, removeVendorCopy, removeFooter]) {
    const result = step(kept);
    kept = result.kept;
    removed.push(...result.removed);
  }
  return { kept, removed };
}

const hasSections = (lines: readonly SourceLine[]) => lines.some((line) => markerOf(line.text).kind === 'h2');

function sliceTheText(input: SourceInput, lines: SourceLine[]): { notice: NoticeReading | null; header: RemovedBlock[]; lines: SourceLine[]; slices: PlanSlice[] } {
  const first = findPlanTitles(lines)[0]?.index ?? lines.length;
  const notice = readNotice(lines, first);
  const header = removeHeader(lines, notice?.start ?? (first < lines.length ? first : 0));
  const kept = header.kept;
  const titles = findPlanTitles(kept);
  const noticeEnd = titles[0]?.index ?? (notice ? kept.length : 0);
  let slices = splitAtTitles(kept, titles);
  if (slices.length === 0 && input.sidecar.plans.length === 1 && hasSections(kept.slice(noticeEnd))) {
    slices = [{ type: input.sidecar.plans[0]!, title: null, lines: kept.slice(noticeEnd) }];
  }
  return { notice, header: header.removed, lines: kept, slices };
}

function checkPlansFound(input: SourceInput, slices: PlanSlice[]): void {
  if (slices.length === 0) {
    throw new IngestError(input.path, 'no plan found: no line is a plan title such as …妇女发展规划 or …儿童发展规划, and there are no 一、 sections', 'check that this is a plan document and that its title stands on a line of its own');
  }
  const types = slices.map((s) => s.type);
  const twice = types.find((t, i) => types.indexOf(t) !== i);
  if (twice) {
    const at = slices.filter((s) => s.type === twice).map((s) => s.title!.no).join(' and ');
    throw new IngestError(input.path, `two ${PLAN_TYPE_ZH[twice]} plans in one file (titles on lines ${at})`, 'split the file in two, one source per document');
  }
  const listed = [...input.sidecar.plans].sort().join(', ');
  const found = [...types].sort().join(', ');
  if (listed !== found) {
    throw new IngestError(input.path, `the sidecar lists plans [${listed}] but the text holds [${found}]`, 'correct plans in the .yaml, or restore the missing plan text');
  }
}

function statedFacts(notice: NoticeReading | null, header: RemovedBlock[]): StatedFacts {
  const page = readPageMetadata(header.flatMap((block) => block.text.split('\n')));
  const signed = notice ? parsePrintedDate(notice.date) : null;
  return {
    docNumbers: [...(notice?.docNumber ? [{ value: notice.docNumber, where: 'notice' as const }] : []), ...page.docNumbers],
    signed: [...(signed ? [{ value: signed.iso, where: 'notice' as const }] : []), ...page.signed],
    published: page.published,
  };
}

function findingsOf(planId: string, blocks: readonly PlanBlock[]): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    const texts: [string, string][] = block.kind === 'table'
      ? block.rows.slice(1).flatMap((row, r) => row.map((cell) => [`${block.id}-r${r + 1}`, cell] as [string, string]))
      : [[block.id, block.text]];
    for (const [where, text] of texts) {
      for (const sign of damageSignsOf(text)) findings.push({ where: `${planId}#${where}`, problem: sign.problem, text: shorten(text) });
    }
  }
  return findings;
}

function noticeFindings(notice: NoticeReading): Finding[] {
  const findings: Finding[] = [];
  for (const sign of docNumberDamage(notice.docNumber)) findings.push({ where: 'notice', problem: sign.problem, text: notice.docNumber });
  for (const sign of dateDamage(notice.date)) findings.push({ where: 'notice', problem: sign.problem, text: notice.date });
  for (const paragraph of notice.text.split('\n\n')) {
    if (paragraph === notice.docNumber || paragraph === notice.date) continue;
    for (const sign of damageSignsOf(paragraph)) findings.push({ where: 'notice', problem: sign.problem, text: shorten(paragraph) });
  }
  return findings;
}

const MAX_EXCERPT = 80;
const shorten = (text: string) => (text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text);

const introParagraphs = (blocks: readonly PlanBlock[]) => {
  const intro: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') break;
    if (block.kind === 'paragraph') intro.push(block.text);
  }
  return intro.length ? intro : blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
};

export function ingestSource(input: SourceInput): SourceResult {
  const { text, encoding } = decode(input);
  const all: SourceLine[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const page = stripPage(all);
  const { notice, header, slices } = sliceTheText(input, page.kept);
  checkPlansFound(input, slices);

  const sidecar = input.sidecar;
  const sourceWarnings = compareWithSidecar(input.name, statedFacts(notice, header), sidecar);
  const warnings = [...sourceWarnings];
  const damage: Finding[] = notice ? noticeFindings(notice) : [];
  const uninterpretable: Finding[] = [];
  const plans: PlanOutput[] = [];

  for (const slice of slices) {
    const id = `${sidecar.county_code}-${slice.type}`;
    const structure = buildStructure(slice.lines);
    if (!structure.blocks.some((b) => b.kind === 'heading' && b.depth === 3 && domainOfHeading(b.text))) {
      throw new IngestError(input.path, `the ${PLAN_TYPE_ZH[slice.type]} plan has no domain sections (（一）${PLAN_TYPE_ZH[slice.type]}与健康 …): the text looks truncated`, 'copy the complete document');
    }
    for (const note of structure.notes) {
      (note.kind === 'damage' ? damage : uninterpretable).push({ where: `${id}#${note.where}`, problem: note.problem, text: shorten(note.text) });
    }
    // A heading whose number the structure step already reported as lost needs no second note.
    const lostNumber = new Set(structure.notes.filter((n) => /number is missing/.test(n.problem)).map((n) => `${id}#${n.where}`));
    damage.push(...findingsOf(id, structure.blocks).filter((f) => !(lostNumber.has(f.where) && /^starts with punctuation/.test(f.problem))));

    const planWarnings = [...sourceWarnings];
    let title = slice.title?.text.trim() ?? null;
    if (title === null) {
      title = quotedPlanTitle(all.map((l) => l.text), slice.type, sidecar.county) ?? `${sidecar.county}${PLAN_TYPE_ZH[slice.type]}发展规划`;
      planWarnings.push(`${input.name}: the plan text has no title line; the title "${title}" is taken from the page that quotes it`);
    } else {
      for (const sign of damageSignsOf(title)) damage.push({ where: `${id}#title`, problem: sign.problem, text: title });
    }
    let period = periodOfTitle(title);
    if (!period) {
      period = { start: 2021, end: 2025 };
      planWarnings.push(`${input.name}: the title "${title}" states no period; 2021–2025 is assumed`);
    }
    const { plans: _plans, ...rest } = sidecar;
    const frontmatter: FrontmatterWithoutHash = {
      id,
      plan_type: slice.type,
      title,
      ...rest,
      period,
      templates: findTemplates(introParagraphs(structure.blocks), slice.type, sidecar),
      notice: notice ? { title: notice.title, doc_number: notice.docNumber, text: notice.text } : null,
      source_file: input.name,
      warnings: planWarnings,
    };
    const content = planFileContent(frontmatter, blocksToMarkdown(structure.blocks));
    plans.push({ id, type: slice.type, frontmatter, blocks: structure.blocks, content });
    warnings.push(...planWarnings.slice(sourceWarnings.length));
  }

  const report: SourceReport = {
    file: input.name,
    encoding,
    plans: plans.map((p, k) => ({ id: p.id, title_line: slices[k]!.title?.no ?? null })),
    removed: [...page.removed, ...header].sort((a, b) => a.lines[0] - b.lines[0] || Number(b.inline) - Number(a.inline)),
    damage,
    uninterpretable,
    warnings: [...new Set(warnings)],
  };
  return { plans, report, text, notice };
}

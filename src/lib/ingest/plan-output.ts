/**
 * One plan cut from a source → its blocks, frontmatter and file content, with what the report
 * should say about it. Refuses a plan without domain sections (a truncated text).
 */
import { PLAN_TYPE_ZH } from '../plan/schema.ts';
import { domainOfHeading } from '../plan/blocks.ts';
import type { Sidecar, PlanType } from '../plan/schema.ts';
import { IngestError } from './errors.ts';
import type { NoticeReading } from './notice.ts';
import { buildStructure } from './structure.ts';
import { findTemplates } from './templates.ts';
import { periodOfTitle } from './facts.ts';
import { damageSignsOf } from './damage.ts';
import { blockFindings, blockLookalikes, lookalikeFindings, shorten } from './findings.ts';
import { quotedPlanTitle } from './plan-title.ts';
import { blocksToMarkdown } from './write.ts';
import { planFileContent, type FrontmatterWithoutHash } from '../plan/plan-file.ts';
import { planIdOf } from '../plan/id.ts';
import { PLAN_TYPE_EN, type Finding, type PlanBlock, type PlanSlice } from './types.ts';

export interface PlanOutput {
  id: string;
  type: PlanType;
  frontmatter: FrontmatterWithoutHash;
  blocks: PlanBlock[];
  /** The complete Markdown file, generated_hash included. */
  content: string;
}

export interface PlanContext {
  source: { name: string; path: string; sidecar: Sidecar };
  slice: PlanSlice;
  notice: NoticeReading | null;
  /** Warnings about the source as a whole (文号, dates), repeated on each plan. */
  sourceWarnings: readonly string[];
  /** Every line of the source, removed ones included: where a quoted title may be found. */
  allLines: readonly string[];
}

const introParagraphs = (blocks: readonly PlanBlock[]) => {
  const intro: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') break;
    if (block.kind === 'paragraph') intro.push(block.text);
  }
  return intro.length ? intro : blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
};

const hasDomains = (blocks: readonly PlanBlock[]) => blocks.some((b) => b.kind === 'heading' && b.depth === 3 && domainOfHeading(b.text) !== null);

function titleOf(ctx: PlanContext, warnings: string[]): string {
  const own = ctx.slice.title?.text.trim();
  if (own) return own;
  const { sidecar, name } = ctx.source;
  const title = quotedPlanTitle(ctx.allLines, ctx.slice.type, sidecar.county) ?? `${sidecar.county}${PLAN_TYPE_ZH[ctx.slice.type]}发展规划`;
  warnings.push(`${name}: the plan text has no title line; the title "${title}" is taken from the page that quotes it`);
  return title;
}

export function buildPlan(ctx: PlanContext): { output: PlanOutput; damage: Finding[]; uninterpretable: Finding[]; lookalikes: Finding[] } {
  const { source, slice } = ctx;
  const id = planIdOf(source.sidecar.county_code, slice.type);
  const zh = PLAN_TYPE_ZH[slice.type];
  const structure = buildStructure(slice.lines);
  if (!hasDomains(structure.blocks)) {
    throw new IngestError(source.path, `the ${PLAN_TYPE_EN[slice.type]} plan has no domain sections such as （一）${zh}与健康: the text looks truncated`, 'copy the complete document');
  }
  const damage: Finding[] = [];
  const uninterpretable: Finding[] = [];
  for (const note of structure.notes) {
    (note.kind === 'damage' ? damage : uninterpretable).push({ where: `${id}#${note.where}`, problem: note.problem, text: shorten(note.text) });
  }
  // A heading whose lost number the structure step reported needs no second note for its leading punctuation.
  const lostNumber = new Set(structure.notes.filter((n) => /number is missing/.test(n.problem)).map((n) => `${id}#${n.where}`));
  damage.push(...blockFindings(id, structure.blocks).filter((f) => !(lostNumber.has(f.where) && /^starts with punctuation/.test(f.problem))));

  const warnings = [...ctx.sourceWarnings];
  const printed = titleOf(ctx, warnings);
  const signs = slice.title ? damageSignsOf(printed) : [];
  for (const sign of signs) damage.push({ where: `${id}#title`, problem: sign.problem, text: printed });
  // A combined plan's part is titled by the plan it is part of: 某县妇女儿童发展规划（2021—2030年） 第一部分 妇女发展规划.
  const fromSidecar = source.sidecar.titles[slice.type];
  const display = fromSidecar ?? (slice.combined ? `${slice.combined.text.trim()} ${printed}` : undefined);
  const title = display ?? printed;
  if (fromSidecar && fromSidecar !== printed) {
    warnings.push(`${source.name}: the title is printed "${printed}"; the sidecar's display title "${fromSidecar}" is shown`);
  } else if (signs.some((s) => s.problem.startsWith('unbalanced'))) {
    warnings.push(`${source.name}: the title "${printed}" has unbalanced brackets; if extraction damaged it, give the display title in the sidecar (titles: {${slice.type}: …})`);
  }
  let period = periodOfTitle(title);
  if (period && period.start > period.end) {
    throw new IngestError(source.path, `the title "${title}" states the period ${period.start}–${period.end}, which ends before it starts`, 'check the title line against the original document');
  }
  if (!period) {
    period = { start: 2021, end: 2025 };
    warnings.push(`${source.name}: the title "${title}" states no period; 2021–2025 is assumed`);
  }
  const { plans: _listed, titles: _titles, ...sidecar } = source.sidecar;
  const frontmatter: FrontmatterWithoutHash = {
    id,
    plan_type: slice.type,
    title,
    ...(title !== printed ? { printed_title: printed } : {}),
    ...sidecar,
    period,
    templates: findTemplates(introParagraphs(structure.blocks), slice.type, source.sidecar),
    notice: ctx.notice ? { title: ctx.notice.title, doc_number: ctx.notice.docNumber, text: ctx.notice.text } : null,
    source_file: source.name,
    warnings,
  };
  const content = planFileContent(frontmatter, blocksToMarkdown(structure.blocks));
  const lookalikes = [...(slice.title ? lookalikeFindings(`${id}#title`, title) : []), ...blockLookalikes(id, structure.blocks)];
  return { output: { id, type: slice.type, frontmatter, blocks: structure.blocks, content }, damage, uninterpretable, lookalikes };
}

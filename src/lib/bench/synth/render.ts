/**
 * A synthetic source as the ingest meets real ones: a plain-text document (印发通知, then each
 * plan: title, heading lines with their own markers, one paragraph per line, tables flattened
 * one cell per line as text extraction leaves them) and its .yaml sidecar.
 */
import { stringify } from 'yaml';
import type { PlanType } from '../../plan/schema.ts';
import type { DocBlock } from './vary.ts';

export interface SynthNotice {
  title: string;
  doc_number: string;
  /** Paragraphs separated by a blank line. */
  text: string;
}

export interface SynthDocument {
  sidecar: {
    county: string;
    county_code: string;
    province: string;
    prefecture: string;
    plans: PlanType[];
    issuer: string;
    doc_number: string;
    signed: string;
    published: string;
    source_site: string;
    source_url: string;
    notes: string;
  };
  notice: SynthNotice | null;
  plans: { title: string; blocks: DocBlock[] }[];
}

function blockLines(block: DocBlock): string[] {
  if (block.kind === 'table') return block.rows.flat();
  return [block.text];
}

export function isoToChinese(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function renderSourceText(doc: SynthDocument): string {
  const lines: string[] = [];
  // The notice text, as ingested, already holds its document number, signature and date.
  if (doc.notice) {
    if (!doc.notice.text.includes(doc.notice.title)) lines.push(doc.notice.title);
    lines.push(...doc.notice.text.split(/\n\s*\n/));
  }
  for (const plan of doc.plans) {
    lines.push(plan.title, ...plan.blocks.flatMap(blockLines));
  }
  // Blank lines between paragraphs, as in the scraped originals.
  return `${lines.join('\n\n')}\n`;
}

export function renderSidecar(doc: SynthDocument): string {
  return stringify(doc.sidecar, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

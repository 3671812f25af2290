/** What `npm run add` prints: what was read and where, what the ingest made of it, what to check. */
import type { SourceResult } from '../ingest/ingest.ts';
import type { DocumentFacts } from './document-facts.ts';

export interface Addition {
  sourcePath: string;
  sidecarPath: string;
  facts: DocumentFacts;
  /** The ingest of the new source alone, or null when the sidecar is not complete yet. */
  ingested: SourceResult | null;
  /** The ingest's one-line refusal, when it refused. */
  incomplete: string | null;
}

export function describeAddition({ sourcePath, sidecarPath, facts, ingested, incomplete }: Addition): string[] {
  const out = [`added ${sourcePath} (byte for byte) and drafted ${sidecarPath}`, 'read from the document:'];
  const show = (label: string, found: { value: unknown; where: string } | null, text?: string) =>
    out.push(`  ${label.padEnd(11)} ${found ? `${text ?? String(found.value)}  ← ${found.where}` : '(not stated)'}`);
  show('title', facts.title);
  show('county', facts.division ?? facts.placeName, facts.division ? `${facts.division.value.name} ${facts.division.value.code} (${[facts.division.value.province, facts.division.value.prefecture].filter(Boolean).join(' ')})` : undefined);
  show('plans', facts.plans, facts.plans?.value.join(', '));
  show('period', facts.period, facts.period ? `${facts.period.value.start}–${facts.period.value.end}` : undefined);
  show('issuer', facts.issuer);
  show('文号', facts.docNumber);
  show('成文日期', facts.signed);
  show('发布日期', facts.published);
  show('索引号', facts.indexNo);
  if (ingested) {
    out.push('the ingest of this source:');
    for (const plan of ingested.plans) {
      const fm = plan.frontmatter;
      out.push(`  ${plan.id}  ${fm.title}  ${fm.period.start}–${fm.period.end}  ${plan.blocks.length} blocks`);
      out.push(`    templates: ${fm.templates.length ? fm.templates.map((t) => `${t.title} (${t.level})`).join(' ← ') : 'none named'}`);
    }
    const r = ingested.report;
    out.push(`  removed ${r.removed.length} blocks, ${r.damage.length} damage notes, ${r.uninterpretable.length} uninterpretable bits (details in the ingest report)`);
  }
  const check = [...facts.check, ...(ingested?.report.warnings ?? [])];
  if (incomplete) check.unshift(`the sidecar is not complete yet: ${incomplete}; then run npm run ingest`);
  out.push('check:', ...(check.length ? check.map((c) => `  - ${c}`) : ['  - every value above against the page']));
  out.push('  - source_site and source_url: the sidecar never guesses them');
  return out;
}

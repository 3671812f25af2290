/** content/ingest-report.json: what the ingest did with every source, for curators to check. */
import type { SourceReport } from './ingest.ts';
import type { FileDecision } from './plan-set.ts';

export interface IngestReport {
  /** One entry per source, in file-name order. */
  sources: SourceReport[];
  /** Plan files left as they are because they were edited by hand. (A file no source holds any more only gets a console notice.) */
  kept_files: { plan: string; file: string; reason: string }[];
  /** Numbers in goal text that target extraction could not interpret: reported, never guessed. */
  unread_numbers: string[];
  /** Domain headings of plans that the search's 领域 dictionary (content/search-domains.yaml) does not map, each with its reason. */
  unmapped_domains: { plan: string; heading: string; reason: string }[];
}

const KEPT_REASON: Partial<Record<FileDecision['action'], string>> = {
  'keep-hand-edit': 'edited by hand since it was generated; --force <plan-id> regenerates it',
};

export function buildReport(
  sources: SourceReport[], decisions: readonly FileDecision[], fileOf: (id: string) => string, unreadNumbers: readonly string[] = [],
  unmappedDomains: IngestReport['unmapped_domains'] = [],
): IngestReport {
  return {
    unread_numbers: [...unreadNumbers],
    unmapped_domains: [...unmappedDomains],
    sources: [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    kept_files: decisions.flatMap((d) => (KEPT_REASON[d.action] ? [{ plan: d.id, file: fileOf(d.id), reason: KEPT_REASON[d.action]! }] : [])),
  };
}

export function reportToJson(report: IngestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

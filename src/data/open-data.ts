/**
 * What every download carries, computed once per build: each plan's record (文号, 发布机关,
 * dates, official URL, period), the raw sources with their checksums, and the release id.
 */
import { getPlans } from './plans.ts';
import { planToRecord, type PlanRecord } from '../lib/data/plan-record.ts';
import { corpusChecksum, releaseOf, type Release, type SourceFacts } from '../lib/data/release.ts';
import { readSourceFile, readVersionFacts, sourcesDirOf } from '../lib/data/release-fs.ts';
import { targetToRow, targetToRowZh } from '../lib/data/tables.ts';
import type { CsvValue } from '../lib/data/csv.ts';
import { getTargetData, type PlanTarget } from './targets.ts';

let recordsPromise: Promise<Map<string, PlanRecord>> | undefined;

/** Plan records by plan id, in site order. */
export function getPlanRecords(): Promise<Map<string, PlanRecord>> {
  recordsPromise ??= getPlans().then((plans) => new Map(plans.map((p) => [p.id, planToRecord(p.meta)])));
  return recordsPromise;
}

export interface ReleaseData { release: Release; sources: SourceFacts[] }

let releasePromise: Promise<ReleaseData> | undefined;

export function getRelease(): Promise<ReleaseData> {
  releasePromise ??= (async () => {
    const sourcesDir = sourcesDirOf(process.env.PLANS_DIR ?? './content/plans');
    const byFile = new Map<string, SourceFacts>();
    for (const plan of await getPlans()) {
      const m = plan.meta;
      const known = byFile.get(m.source_file);
      if (known) {
        known.plans.push(plan.id);
        continue;
      }
      byFile.set(m.source_file, {
        file: m.source_file,
        ...readSourceFile(sourcesDir, m.source_file),
        plans: [plan.id],
        issuer: m.issuer, doc_number: m.doc_number, signed: m.signed, published: m.published,
        source_site: m.source_site, official_url: planToRecord(m).official_url,
      });
    }
    const sources = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { release: releaseOf(readVersionFacts(process.cwd()), corpusChecksum(sources)), sources };
  })();
  return releasePromise;
}

/** Rows of the targets table (English or Chinese codes), for all targets or one selection. */
export async function targetRows(targets: readonly PlanTarget[], zh = false): Promise<CsvValue[][]> {
  const [{ indicators }, records, { release }] = await Promise.all([getTargetData(), getPlanRecords(), getRelease()]);
  const toRow = zh ? targetToRowZh : targetToRow;
  return targets.map((t) => toRow({
    target: t.target,
    indicatorName: t.target.indicator ? indicators.get(t.target.indicator)?.name_zh : undefined,
    plan: records.get(t.planId)!,
    release: release.id,
  }));
}

export const CSV_HEADERS = { 'content-type': 'text/csv; charset=utf-8' } as const;
export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

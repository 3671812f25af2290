/** The short console summary of an ingest run. */
import type { IngestOutcome } from './ingest-fs.ts';
import type { SourceReport } from './ingest.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
// Beyond this many sources (a synthetic corpus) one line each would bury the rest; totals are shown instead.
const MAX_SOURCE_LINES = 12;

export function summarizeIngest(outcome: IngestOutcome): string[] {
  const plans = outcome.results.flatMap((r) => r.plans);
  const lines = [`ingest: ${plural(outcome.results.length, 'source')} → ${plural(plans.length, 'plan')}`];
  const counts = (reports: SourceReport[]) => {
    const sum = (key: 'removed' | 'damage' | 'uninterpretable' | 'invisible_characters' | 'warnings') => reports.reduce((n, r) => n + r[key].length, 0);
    const invisible = sum('invisible_characters');
    return `removed ${plural(sum('removed'), 'block')}, ${plural(sum('damage'), 'damage note')}, ` +
      `${plural(sum('uninterpretable'), 'uninterpretable bit')}, ${plural(sum('warnings'), 'warning')}` +
      `${invisible ? `, ${plural(invisible, 'invisible or look-alike character')}` : ''}`;
  };
  const reports = outcome.results.map((r) => r.report);
  if (reports.length > MAX_SOURCE_LINES) lines.push(`  in all: ${counts(reports)} (see the report)`);
  else for (const report of reports) lines.push(`  ${report.file}  ${report.plans.map((p) => p.id).join(' ')}  (${counts([report])})`);
  const count = (...actions: string[]) => outcome.decisions.filter((d) => actions.includes(d.action)).length;
  lines.push(
    `plans: ${count('create', 'update', 'force')} written, ${count('unchanged')} unchanged` +
      `${count('delete-stale') ? `, ${count('delete-stale')} obsolete removed` : ''}` +
      `${count('keep-hand-edit') ? `, ${count('keep-hand-edit')} kept as edited by hand` : ''}` +
      `${count('keep-stale') ? `, ${count('keep-stale')} from no source left alone` : ''}`,
  );
  for (const d of outcome.decisions) {
    if (d.action === 'keep-hand-edit') lines.push(`  kept ${outcome.planFile(d.id)}: edited by hand (npm run ingest -- --force ${d.id} regenerates it)`);
    if (d.action === 'keep-stale') lines.push(`  kept ${outcome.planFile(d.id)}: no source holds this plan, and it is not an untouched generated file`);
    if (d.action === 'delete-stale') {
      const gone = !outcome.results.some((r) => r.report.file === d.source);
      lines.push(`  removed ${outcome.planFile(d.id)}: ${gone ? `its source ${d.source} is no longer among the sources` : `its source ${d.source} no longer holds this plan`}`);
    }
    if (d.action === 'force') lines.push(`  regenerated ${outcome.planFile(d.id)} (--force), replacing hand edits`);
  }
  if (outcome.cache) {
    const { hits, misses } = outcome.cache;
    const read = hits.source ?? 0;
    lines.push(`cache: ${read} of ${read + (misses.source ?? 0)} sources and ${(hits.unread ?? 0) + (hits.domains ?? 0)} of ${(hits.unread ?? 0) + (hits.domains ?? 0) + (misses.unread ?? 0) + (misses.domains ?? 0)} plan checks read back unchanged`);
  }
  lines.push(`report: ${outcome.reportPath}${outcome.reportChanged ? '' : ' (unchanged)'}`);
  return lines;
}

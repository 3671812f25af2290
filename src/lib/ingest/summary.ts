/** The short console summary of an ingest run. */
import type { IngestOutcome } from './ingest-fs.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarizeIngest(outcome: IngestOutcome): string[] {
  const plans = outcome.results.flatMap((r) => r.plans);
  const lines = [`ingest: ${plural(outcome.results.length, 'source')} → ${plural(plans.length, 'plan')}`];
  for (const { report } of outcome.results) {
    const ids = report.plans.map((p) => p.id).join(' ');
    lines.push(
      `  ${report.file}  ${ids}  (removed ${plural(report.removed.length, 'block')}, ${plural(report.damage.length, 'damage note')}, ` +
        `${plural(report.uninterpretable.length, 'uninterpretable bit')}, ${plural(report.warnings.length, 'warning')})`,
    );
  }
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
    if (d.action === 'force') lines.push(`  regenerated ${outcome.planFile(d.id)} (--force), replacing hand edits`);
  }
  lines.push(`report: ${outcome.reportPath}${outcome.reportChanged ? '' : ' (unchanged)'}`);
  return lines;
}

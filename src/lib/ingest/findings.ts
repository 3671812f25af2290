/** Damage signs of a plan's blocks and of its notice, as report findings. */
import type { NoticeReading } from './notice.ts';
import type { Finding, PlanBlock } from './types.ts';
import { damageSignsOf, dateDamage, docNumberDamage } from './damage.ts';
import { findLookalikes, showAround } from '../text/invisible.ts';

const MAX_EXCERPT = 80;

export const shorten = (text: string) => (text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text);

const located = (block: PlanBlock): [string, string][] => (block.kind === 'table'
  ? block.rows.flatMap((row, r) => row.map((cell): [string, string] => [r === 0 ? block.id : `${block.id}-r${r}`, cell]))
  : [[block.id, block.text]]);

/**
 * Every invisible character of the published text, and every look-alike space or full-width digit
 * inside a number or marker, with what the reading made of it: the text keeps them as printed.
 */
export function lookalikeFindings(where: string, text: string, heading = false): Finding[] {
  return findLookalikes(text, { heading }).map((o) => ({
    where,
    problem: `${o.code} ${o.name} ${o.place === 'number' ? 'inside a number' : o.place === 'marker' ? 'in a heading or item marker' : o.place === 'heading' ? 'between two characters of a heading' : 'in the text'}: ` +
      (o.readAs === null ? 'kept as printed, ignored when reading'
        : o.place === 'number' && /\s/.test(o.readAs) ? `kept as printed; read as separate numbers, not as one`
        : `kept as printed; read as ${o.readAs}`),
    text: showAround(text, o.at),
  }));
}

/** lookalikeFindings of every block (table cells by row id). */
export function blockLookalikes(planId: string, blocks: readonly PlanBlock[]): Finding[] {
  return blocks.flatMap((block) => located(block).flatMap(([where, text]) => lookalikeFindings(`${planId}#${where}`, text, block.kind === 'heading')));
}

/** Every block (every table cell, located by its row id) checked for damage signs. */
export function blockFindings(planId: string, blocks: readonly PlanBlock[]): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocks) {
    const located: [string, string][] = block.kind === 'table'
      ? block.rows.slice(1).flatMap((row, r) => row.map((cell): [string, string] => [`${block.id}-r${r + 1}`, cell]))
      : [[block.id, block.text]];
    for (const [where, text] of located) {
      for (const sign of damageSignsOf(text)) findings.push({ where: `${planId}#${where}`, problem: sign.problem, text: shorten(text) });
    }
  }
  return findings;
}

export function noticeFindings(notice: NoticeReading): Finding[] {
  const findings: Finding[] = [];
  for (const sign of docNumberDamage(notice.docNumber)) findings.push({ where: 'notice', problem: sign.problem, text: notice.docNumber });
  for (const sign of dateDamage(notice.date)) findings.push({ where: 'notice', problem: sign.problem, text: notice.date });
  for (const paragraph of notice.text.split('\n\n')) {
    if (paragraph === notice.docNumber || paragraph === notice.date) continue;
    for (const sign of damageSignsOf(paragraph)) findings.push({ where: 'notice', problem: sign.problem, text: shorten(paragraph) });
  }
  return findings;
}

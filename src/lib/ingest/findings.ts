/** Damage signs of a plan's blocks and of its notice, as report findings. */
import type { NoticeReading } from './notice.ts';
import type { Finding, PlanBlock } from './types.ts';
import { damageSignsOf, dateDamage, docNumberDamage } from './damage.ts';

const MAX_EXCERPT = 80;

export const shorten = (text: string) => (text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text);

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

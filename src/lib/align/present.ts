/**
 * How an alignment reads on the page: status words, consecutive clauses grouped into the
 * plan's sections, and edit text split so that numbers can be highlighted.
 */
import type { AlignedClause } from './classify.ts';
import type { ClauseStatus } from './reuse-schema.ts';

export const STATUS_ZH: Record<ClauseStatus, string> = {
  identical: '相同',
  modified: '改动',
  original: '无对应',
  omitted: '未找到',
};

export const STATUS_HELP: Record<ClauseStatus, string> = {
  identical: '与对照基准的措辞相同（标点、空格和地名称谓不计）',
  modified: '同一条款，措辞有改动',
  original: '在对照基准中没有找到对应的条款：可能是本地自己的文字，也可能是改写得很厉害、合写或拆写的同一条款，人工核对中近一半如此（见方法页）',
  omitted: '对照基准中有、在本规划中没有找到对应段落的条款：可能是本规划没有写，也可能改写得很厉害或合写进了别的段落（见方法页），请在原文中再查',
};

const ROLE_ZH = { goal: '主要目标', measure: '策略措施', other: '' } as const;

export interface ClauseSection {
  /** e.g. 儿童与健康 · 主要目标; 其他部分 outside the domains. */
  title: string;
  domain: string | null;
  clauses: AlignedClause[];
}

/** Consecutive clauses of one domain and role form a section, in document order. */
export function groupIntoSections(clauses: readonly AlignedClause[]): ClauseSection[] {
  const sections: ClauseSection[] = [];
  let key = '';
  for (const c of clauses) {
    const k = `${c.domain ?? ''}|${c.domain ? c.role : ''}`;
    if (k !== key || !sections.length) {
      const role = c.domain ? ROLE_ZH[c.role] : '';
      sections.push({ title: [c.domain ?? '总体要求、组织实施等其他部分', role].filter(Boolean).join(' · '), domain: c.domain, clauses: [] });
      key = k;
    }
    sections.at(-1)!.clauses.push(c);
  }
  return sections;
}

/** Splits text into plain runs and numbers (with their unit) so a changed number can be marked. */
export function splitNumbers(text: string): { text: string; number: boolean }[] {
  const out: { text: string; number: boolean }[] = [];
  const re = /\d+(?:\.\d+)?(?:\/10万|%|‰|个|张|岁|年)?/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), number: false });
    out.push({ text: m[0], number: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), number: false });
  return out;
}

/** A share as a whole percent; a share that rounds to 0% or 100% but is not says so (<1%, >99%). */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  if (share < 1 && share >= 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}

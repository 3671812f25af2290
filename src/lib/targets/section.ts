/**
 * Which part of a plan a target comes from, so a reader can tell a headline goal (主要目标, the
 * indicator table) from a measure (策略措施), a key project (重点工程) or the overall aims (总体目标).
 */
import type { Block } from '../plan/blocks.ts';

export const SECTION_KINDS = ['主要目标', '指标表', '总体目标', '策略措施', '重点工程', '保障措施', '其他'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

const BY_HEADING: readonly [RegExp, SectionKind][] = [
  [/重点工程|重点项目|专栏/, '重点工程'],
  [/总体目标|发展目标$/, '总体目标'],
  [/保障措施|组织实施|组织与实施|监测评估/, '保障措施'],
];

/** The kind of section a block sits in; `headings` maps heading ids to their text. */
export function sectionKindOf(block: Pick<Block, 'kind' | 'role' | 'path'>, headings: ReadonlyMap<string, string>): SectionKind {
  if (block.kind === 'table') return '指标表';
  if (block.role === 'goal') return '主要目标';
  if (block.role === 'measure') return '策略措施';
  for (let i = block.path.length - 1; i >= 0; i--) {
    const text = headings.get(block.path[i]!) ?? '';
    const hit = BY_HEADING.find(([re]) => re.test(text));
    if (hit) return hit[1];
  }
  return '其他';
}

/**
 * The departments a goal names: 威宁 (002) ends a goal with
 * (牵头单位:自治县卫生健康局;责任单位:自治县妇联,自治县医疗保障局), 张家港 (003) with (责任单位:市卫健委).
 * The closing bracket is sometimes lost in 002, so the tag may run to the end of the paragraph.
 */

export interface Agencies {
  lead: string[];
  responsible: string[];
}

const TAG = /[（(]\s*(?:牵头单位|责任单位)\s*[:：][^()（）]*(?:[)）]|$)/g;

function names(list: string): string[] {
  return list
    .split(/[、,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The agencies of a paragraph, and its text with the tags cut out. */
export function readAgencies(text: string): { agencies: Agencies; text: string } {
  const agencies: Agencies = { lead: [], responsible: [] };
  let rest = text;
  for (const m of text.matchAll(TAG)) {
    const inner = m[0].replace(/^[（(]\s*/, '').replace(/[)）]\s*$/, '');
    for (const part of inner.split(/[;；]/)) {
      const kv = /^\s*(牵头单位|责任单位)\s*[:：](.*)$/.exec(part);
      if (!kv) continue;
      (kv[1] === '牵头单位' ? agencies.lead : agencies.responsible).push(...names(kv[2]!));
    }
    rest = rest.replace(m[0], '');
  }
  return { agencies, text: rest };
}

/**
 * The bundled division list (county-codes-data.ts): a name → its code, prefecture and province, only
 * where the name and what the document says of its place leave exactly one candidate.
 */
import { COUNTIES_TSV, PREFECTURES_TSV } from './county-codes-data.ts';

export interface Division {
  code: string;
  name: string;
  /** '' for a county its province governs directly (仙桃市) and for a prefecture itself. */
  prefecture: string;
  province: string;
  level: 'county' | 'prefecture';
}

let divisions: Division[] | null = null;

function allDivisions(): Division[] {
  divisions ??= [
    ...COUNTIES_TSV.split('\n').map((line) => {
      const [code, name, prefecture, province] = line.split('\t') as [string, string, string, string];
      return { code, name, prefecture, province, level: 'county' as const };
    }),
    ...PREFECTURES_TSV.split('\n').map((line) => {
      const [code, name, province] = line.split('\t') as [string, string, string];
      return { code, name, prefecture: '', province, level: 'prefecture' as const };
    }),
  ];
  return divisions;
}

export type DivisionMatch =
  | { found: Division; how: string }
  | { found: null; candidates: Division[]; how: string };

/** 太原市 → 太原; 黔东南苗族侗族自治州 → 黔东南; 山西省 → 山西: how a place is also called in running text. */
const shortName = (name: string) => name.replace(/(市|地区|盟|省|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区|[\u4e00-\u9fff]{0,8}?自治州)$/, '');

/**
 * The division with exactly this name; where several share it (朝阳区, 城区), the one whose
 * prefecture (or province) the context names, if that leaves one.
 */
export function findDivision(name: string, context: string): DivisionMatch {
  const named = allDivisions().filter((d) => d.name === name);
  // 太原市杏花岭区: the county's own name after its prefecture's (or province's).
  if (named.length === 0) {
    const parent = allDivisions().find((d) => d.level === 'prefecture' && name.startsWith(d.name) && name.length > d.name.length)?.name
      ?? allDivisions().find((d) => name.startsWith(d.province) && name.length > d.province.length)?.province;
    if (parent) return findDivision(name.slice(parent.length), `${parent} ${context}`);
  }
  if (named.length === 1) return { found: named[0]!, how: `the only division named ${name} in the GB/T 2260 list` };
  if (named.length === 0) return { found: null, candidates: [], how: `no division is named ${name} in the GB/T 2260 list` };
  const placed = named.filter((d) => (d.prefecture && context.includes(shortName(d.prefecture))) || context.includes(shortName(d.province)));
  if (placed.length === 1) {
    const where = placed[0]!.prefecture && context.includes(shortName(placed[0]!.prefecture)) ? placed[0]!.prefecture : placed[0]!.province;
    return { found: placed[0]!, how: `${named.length} divisions are named ${name}; the document names ${where}` };
  }
  return { found: null, candidates: named, how: `${named.length} divisions are named ${name} and the document does not say which` };
}

/** A province by its full name (山西省), for provincial plans. */
export function findProvince(name: string): string | null {
  return allDivisions().some((d) => d.province === name) ? name : null;
}

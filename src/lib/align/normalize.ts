/**
 * What counts as "the same wording" when two plans are compared.
 *
 * Plans copy their template and then change width of punctuation, the numbering of items,
 * the names of places and the level words (全国 → 全县). None of that is an edit of the
 * clause, so all of it is folded away before comparison. The folding keeps string length
 * (one UTF-16 unit in, one out), so positions in the folded text are positions in the raw text.
 */

/** What a plan calls itself and its superiors; every name is replaced by a placeholder. */
export interface PlaceNames {
  county: string;
  prefecture: string;
  province: string;
}

/** Placeholders used in comparison keys (never shown to a reader). */
export const PLACEHOLDER = {
  county: '〈县〉',
  prefecture: '〈市〉',
  province: '〈省〉',
  whole: '〈全〉',
  self: '〈本〉',
  level: '〈级〉',
} as const;

/** Width folding that keeps length: full-width ASCII and Chinese punctuation to their ASCII forms. */
const PUNCT: Record<string, string> = {
  '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?',
  '“': '"', '”': '"', '‘': "'", '’': "'", '〔': '[', '〕': ']', '【': '[', '】': ']',
  '—': '-', '–': '-', '−': '-', '－': '-', '～': '~', '〜': '~', '　': ' ', '﹪': '%',
};

/** Folded code unit of each BMP code unit, 0 until first asked (memoized: plans reuse few characters). */
const FOLD = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let f = FOLD[code]!;
  if (f === 0) {
    const c = String.fromCharCode(code);
    const n = c.normalize('NFKC');
    const mapped = PUNCT[c] ?? (code < 0x80 || n.length !== 1 ? c : n);
    FOLD[code] = f = mapped.charCodeAt(0);
  }
  return f;
}

/** One UTF-16 unit folded (see foldChars). */
export function foldChar(c: string): string {
  return String.fromCharCode(foldCode(c.charCodeAt(0)));
}

export function foldChars(text: string): string {
  let i = 0;
  while (i < text.length && foldCode(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  // In chunks, as spreading a very long array into fromCharCode overflows the stack.
  for (let k = i; k < text.length; k += 4096) {
    const codes: number[] = [];
    for (let j = k; j < Math.min(k + 4096, text.length); j++) codes.push(foldCode(text.charCodeAt(j)));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Item numbers a plan puts before a clause: 1.  1、 （一） (2) 一、 第一， ①. */
export const NUMBERING = /^\s*(?:\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|第[一二三四五六七八九十]{1,3}[,、]|[①-⑳])\s*/u;

/**
 * A trailing (牵头单位:…) / (责任单位:…) tag names the county's own departments; it is an
 * administrative note added to the template's clause, not a change of its wording.
 */
export const RESPONSIBILITY = /\s*[([](?:牵头|责任|主责|配合|负责)(?:单位|部门)[:].*$/u;

/** Names a county plan uses for its own level, matched in folded text. */
const LEVEL_WORDS = [
  { pattern: '(?:全)(?:自治区|自治州|自治县|国|省|市|州|盟|县|区|旗)', key: PLACEHOLDER.whole },
  { pattern: '(?:本|我)(?:自治区|自治州|自治县|国|省|市|州|盟|县|区|旗)', key: PLACEHOLDER.self },
  { pattern: '(?:自治县|自治区|省|市|州|县|区|旗)(?=委|政府|人民政府|直)', key: PLACEHOLDER.level },
];

/** Administrative suffixes that may be dropped in a short name: 杏花岭区 → 杏花岭. */
const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)$/u;
/** Ethnic parts of an autonomous county's name: 威宁彝族回族苗族自治县 → 威宁自治县, 威宁县, 威宁. */
const ETHNIC_NAMES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|' +
  '柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|' +
  '裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC = new RegExp(`(?:(?:${ETHNIC_NAMES})族)+(?=自治)`, 'gu');

/** Every spelling of one place name worth recognising, longest first. */
export function nameVariants(name: string): string[] {
  const variants = new Set<string>();
  const full = foldChars(name.trim());
  if (!full) return [];
  variants.add(full);
  const noEthnic = full.replace(ETHNIC, '');
  variants.add(noEthnic);
  const stem = noEthnic.replace(SUFFIX, '');
  // A one-character stem would match ordinary words.
  if (stem.length >= 2) {
    variants.add(stem);
    if (/自治县$/.test(noEthnic)) variants.add(stem + '县');
  }
  return [...variants].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

export interface SpecialPattern {
  pattern: string;
  key: string;
}

/** Place names, most specific first, then the level words; matched before anything else. */
export function specialPatterns(names: PlaceNames): SpecialPattern[] {
  const out: SpecialPattern[] = [];
  const seen = new Set<string>();
  const add = (name: string, key: string) => {
    for (const v of nameVariants(name)) {
      if (seen.has(v)) continue;
      seen.add(v);
      out.push({ pattern: escapeRegExp(v), key });
    }
  };
  add(names.county, PLACEHOLDER.county);
  add(names.prefecture, PLACEHOLDER.prefecture);
  add(names.province, PLACEHOLDER.province);
  out.sort((a, b) => b.pattern.length - a.pattern.length);
  return [...out, ...LEVEL_WORDS];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Titles compare equal across 《》, brackets, dash and width variants. */
export function normalizeTitle(title: string): string {
  return foldChars(title).replace(/[《》<>"'\s]/g, '').replace(/-+/g, '-');
}

/**
 * What the text itself states — 文号, signing and publication dates, title, period — compared
 * with what the curator wrote in the sidecar. Disagreements become warnings; nothing is corrected.
 */

export interface StatedFact {
  value: string;
  /** Where the text states it: 印发通知, or the page's metadata box. */
  where: 'notice' | 'page';
}

export interface StatedFacts {
  docNumbers: StatedFact[];
  /** ISO dates. */
  signed: StatedFact[];
  published: StatedFact[];
}

export interface PrintedDate {
  iso: string;
  /** The 年月日 were lost in extraction (2023531) and the date was read from the digits alone. */
  digitsOnly: boolean;
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function isValidDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * 2023年4月20日, 2023-04-20, or digits whose 年月日 were lost (2023531, 202355, 20211231):
 * the digits are read only when exactly one month/day split makes a real date.
 */
export function parsePrintedDate(raw: string): PrintedDate | null {
  const text = raw.trim();
  const full = /^((?:19|20)\d\d)\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?$/.exec(text);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return isValidDate(y, m, d) ? { iso: iso(y, m, d), digitsOnly: false } : null;
  }
  const digits = /^((?:19|20)\d\d)(\d{2,4})$/.exec(text);
  if (!digits) return null;
  const y = Number(digits[1]);
  const rest = digits[2]!;
  const readings: string[] = [];
  for (let cut = 1; cut < rest.length; cut++) {
    const [m, d] = [rest.slice(0, cut), rest.slice(cut)];
    if (m.length > 2 || d.length > 2 || m.startsWith('0') && m.length === 1) continue;
    if (isValidDate(y, Number(m), Number(d))) readings.push(iso(y, Number(m), Number(d)));
  }
  return readings.length === 1 ? { iso: readings[0]!, digitsOnly: true } : null;
}

const PAGE_LABELS: readonly [RegExp, keyof StatedFacts][] = [
  [/^(发文字号|文\s*号)$/, 'docNumbers'],
  [/^成文日期$/, 'signed'],
  [/^(发布日期|生成日期|发布时间|时间)$/, 'published'],
];
/** Labels a metadata line may hold; the value of one runs up to the next. */
const LABELS = /(发文字号|文\s*号|成文日期|发布日期|生成日期|发布时间|时间|来源|索\s*引\s*号|主题分类|公开主体|公开类型|公开属性|首次公开|公开期限|公开载体|字体大小)\s*[:：]?/g;

/**
 * Labelled facts in the page's metadata box, in the layouts the seeds use: "发文字号 X 成文日期 …"
 * on one line (000), "时间:2023-11-14 来源:…" (000), or a bullet label followed by its value (002).
 */
export function readPageMetadata(lines: readonly string[]): StatedFacts {
  const facts: StatedFacts = { docNumbers: [], signed: [], published: [] };
  const add = (label: string, value: string) => {
    const key = PAGE_LABELS.find(([rule]) => rule.test(label.replace(/\s+/g, ' ').trim()))?.[1];
    if (!key || value === '') return;
    if (key === 'docNumbers') facts.docNumbers.push({ value, where: 'page' });
    else {
      const date = parsePrintedDate(value);
      if (date) facts[key].push({ value: date.iso, where: 'page' });
    }
  };
  const cleaned = lines.map((line) => line.replace(/^\s*[•·]\s*/, '').trim()).filter(Boolean);
  for (let i = 0; i < cleaned.length; i++) {
    const line = cleaned[i]!;
    const bullet = /^(.{1,8}?)\s*[:：]$/.exec(line);
    if (bullet) {
      const next = cleaned[i + 1];
      if (next && !/[:：]$/.test(next)) add(bullet[1]!, next);
      continue;
    }
    const found = [...line.matchAll(LABELS)];
    found.forEach((m, k) => {
      const from = m.index + m[0].length;
      const to = found[k + 1]?.index ?? line.length;
      add(m[1]!, line.slice(from, to).trim());
    });
  }
  return facts;
}

const sameDocNumber = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

const WHERE: Record<StatedFact['where'], string> = { notice: 'the text', page: "the page's metadata box" };

/** Warnings such as `000_….txt: the text gives 文号 "杏政发2023" but the sidecar says "杏政发〔2023〕 号"`. */
export function compareWithSidecar(
  file: string,
  facts: StatedFacts,
  sidecar: { doc_number: string; signed: string; published: string },
): string[] {
  const warnings: string[] = [];
  const check = (stated: StatedFact[], label: string, recorded: string, same: (a: string, b: string) => boolean) => {
    const seen = new Set<string>();
    for (const fact of stated) {
      const key = `${fact.where}:${fact.value}`;
      if (seen.has(key) || same(fact.value, recorded)) continue;
      seen.add(key);
      warnings.push(
        recorded === ''
          ? `${file}: ${WHERE[fact.where]} gives ${label} "${fact.value}" but the sidecar has none`
          : `${file}: ${WHERE[fact.where]} gives ${label} "${fact.value}" but the sidecar says "${recorded}"`,
      );
    }
  };
  check(facts.docNumbers, '文号', sidecar.doc_number, sameDocNumber);
  check(facts.signed, '成文日期', sidecar.signed, (a, b) => a === b);
  check(facts.published, '发布日期', sidecar.published, (a, b) => a === b);
  return warnings;
}

/** The period a title states: (2021—2025年), damaged 20212025年), or “十四五” (2021–2025). */
export function periodOfTitle(title: string): { start: number; end: number } | null {
  const years = /((?:19|20)\d\d)\s*[—−\-–－~至]*\s*((?:19|20)\d\d)/.exec(title);
  if (years) return { start: Number(years[1]), end: Number(years[2]) };
  // The 14th five-year plan period, by definition.
  if (/十四五/.test(title)) return { start: 2021, end: 2025 };
  if (/十三五/.test(title)) return { start: 2016, end: 2020 };
  return null;
}

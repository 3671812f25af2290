/**
 * Extraction damage the text shows on its face — lost brackets and quotation marks, a line that
 * starts with the punctuation its lost first characters left behind, 年月日 missing from a date,
 * a document number without 〔〕/号. Listed for the report, never repaired: the wording stays as printed.
 */
import { parsePrintedDate } from './facts.ts';

export interface DamageSign {
  problem: string;
}

const PAIRS: readonly [string, string, string][] = [
  ['《', '》', '《》'],
  ['“', '”', '“”'],
  ['(（', ')）', '()'],
  ['〔', '〕', '〔〕'],
  ['【', '】', '【】'],
];

/** How many characters of `chars` (all in the BMP) the text holds; one pass, no copy of the text. */
function count(text: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) n++;
  return n;
}

export function damageSignsOf(text: string): DamageSign[] {
  const signs: DamageSign[] = [];
  for (const [open, close, name] of PAIRS) {
    const opens = count(text, open);
    const closes = count(text, close);
    if (opens !== closes) signs.push({ problem: `unbalanced ${name}: ${opens} opening, ${closes} closing` });
  }
  if (/^[、，,：:；;）)》”。]/.test(text.trim())) signs.push({ problem: 'starts with punctuation: the characters before it are lost' });
  if (/(?<!“)十[三四]五|十[三四]五(?!”)/.test(text)) signs.push({ problem: 'quotation marks around “十三五”/“十四五” lost' });
  // 000: "2025保障儿童权利…" (到2025年), "2020数据暂时空缺"; a count such as 2000人 is not a year.
  if (/(?<![\d.])20[0-4]\d(?=[\u4e00-\u9fff])(?![年人个万元名家所余多户项次岁])/.test(text)) signs.push({ problem: 'a year without 年: characters after it may be lost' });
  // 000's table captions: "1  妇女与健康发展指标" (表1).
  if (/^\d{1,2}[\s\u00a0]{2,}\S/.test(text)) signs.push({ problem: 'caption starts with a bare number: 表 may be lost' });
  return signs;
}

/** A document number as the notice prints it, e.g. 杏政发2023 (〔〕 and 号 lost) or 威府发〔20234. */
export function docNumberDamage(docNumber: string): DamageSign[] {
  if (docNumber === '' || /〔\s*\d{4}\s*〕\s*\d+\s*号$/.test(docNumber)) return [];
  return [{ problem: 'document number incomplete: 〔年份〕 and serial number with 号 expected' }];
}

/** A date printed as bare digits (2023531): its 年月日 were lost. */
export function dateDamage(printed: string): DamageSign[] {
  const date = parsePrintedDate(printed);
  if (printed === '' || (date && !date.digitsOnly)) return [];
  return [{ problem: date ? `date printed without 年月日; read as ${date.iso}` : 'date cannot be read' }];
}

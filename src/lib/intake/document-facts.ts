/**
 * What a plan document and its saved page state about themselves, each fact with the line it was
 * read from, for the sidecar `npm run add` drafts. Reads only what is printed: a fact the text does
 * not state is absent, never guessed.
 */
import type { PlanType } from '../plan/schema.ts';
import { findPlanTitles } from '../ingest/split.ts';
import { findCombinedPlan } from '../ingest/combined.ts';
import { DOC_NUMBER, readNotice } from '../ingest/notice.ts';
import { parsePrintedDate, periodOfTitle, readPageMetadata } from '../ingest/facts.ts';
import type { SourceLine } from '../ingest/types.ts';
import { findDivision, type Division } from './county-codes.ts';

export interface Found<T = string> {
  value: T;
  /** Where it was read, for the curator: `line 13: 张政办〔2021〕131号`. */
  where: string;
}

export interface DocumentFacts {
  plans: Found<PlanType[]> | null;
  title: Found | null;
  /** The place the title names (杏花岭区, 威宁自治县), as printed. */
  placeName: Found | null;
  division: Found<Division> | null;
  issuer: Found | null;
  docNumber: Found | null;
  signed: Found | null;
  published: Found | null;
  indexNo: Found | null;
  period: Found<{ start: number; end: number }> | null;
  /** What the curator must look at: ambiguities and damage noticed while reading. */
  check: string[];
}

const at = (line: SourceLine, text = line.text.trim()) => `line ${line.no}: ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
const ISSUER_LINE = /^\s*(?:\[bookmark:[^\]]*\])?\s*(\S{2,24}(?:人民政府办公室|人民政府|政府办公室|办公室|委员会|妇女儿童工作委员会))\s*$/;
const FULL_DOC_NUMBER = /[〔［[（(]\s*(?:19|20)\d\d\s*[〕］\]）)]\s*\d+\s*号/;
const INDEX_NO = /索\s*引\s*号\s*[:：]?\s*([0-9A-Za-z][0-9A-Za-z\-/]{5,})/;
const INDEX_NO_ALONE = /^\s*(?:[•·]\s*)?(\d{6,}\/\d{4}-\d+)\s*$/;
/** The place a plan title opens with: 张家港市 in 张家港市妇女发展规划, 杏花岭区 in 杏花岭区“十四五”妇女发展规划. */
const TITLE_PLACE = /^(.+?)(?:“?十[三四五]五”?)?(?:妇女|儿童)/;

export function readDocumentFacts(text: string): DocumentFacts {
  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  const check: string[] = [];
  // A combined 妇女儿童发展规划 is titled once; its parts are its plans.
  const combined = findCombinedPlan(lines);
  const titles = combined?.ok ? combined.plan.parts : findPlanTitles(lines);
  const first = combined?.ok ? combined.plan.title : titles[0]?.index ?? lines.length;
  const before = lines.slice(0, first);

  const plans = titles.length ? { value: [...new Set(titles.map((t) => t.type))], where: titles.map((t) => `line ${lines[t.index]!.no}`).join(', ') } : null;
  const titleLine = combined?.ok ? lines[combined.plan.title]! : titles[0] ? lines[titles[0].index]! : null;
  const title = titleLine ? { value: titleLine.text.trim(), where: at(titleLine) } : null;
  const place = title ? TITLE_PLACE.exec(title.value)?.[1]?.replace(/[“”"\s]/g, '') : undefined;
  const placeName = place && titleLine ? { value: place, where: `the plan title, ${at(titleLine)}` } : null;
  const period = title ? periodOfTitle(title.value) : null;

  const notice = readNotice(lines, first);
  const issuerLine = [...before].reverse().find((l) => ISSUER_LINE.test(l.text));
  const issuer = issuerLine ? { value: ISSUER_LINE.exec(issuerLine.text)![1]!, where: at(issuerLine) } : null;

  const context = [title?.value ?? '', issuer?.value ?? '', notice?.title ?? ''].join(' ');
  let division: Found<Division> | null = null;
  if (place) {
    const match = findDivision(place, context);
    if (match.found) division = { value: match.found, where: match.how };
    else check.push(`county_code: ${match.how}${match.candidates.length ? ` (${match.candidates.map((d) => `${d.code} ${d.prefecture || d.province}`).join(', ')})` : ''}; fill in the code, county, prefecture and province from the GB/T 2260 list`);
  } else check.push('county: no plan title names the place; fill in county, county_code, prefecture and province');

  const page = readPageMetadata(before.map((l) => l.text));
  const lineOf = (value: string) => before.find((l) => l.text.replace(/\s+/g, '').includes(value.replace(/\s+/g, '')));
  const docNumbers: Found[] = [];
  const noticeDocLine = before.find((l) => DOC_NUMBER.test(l.text));
  if (noticeDocLine) docNumbers.push({ value: noticeDocLine.text.trim(), where: `the notice, ${at(noticeDocLine)}` });
  for (const fact of page.docNumbers) {
    const line = lineOf(fact.value);
    docNumbers.push({ value: fact.value, where: line ? `the page's metadata box, ${at(line)}` : "the page's metadata box" });
  }
  // A number printed whole (〔2023〕4号) over one whose brackets or serial were lost (威府发〔20234).
  const docNumber = docNumbers.find((d) => FULL_DOC_NUMBER.test(d.value)) ?? docNumbers[0] ?? null;
  if (docNumbers.length > 1 && new Set(docNumbers.map((d) => d.value.replace(/\s+/g, ''))).size > 1) {
    check.push(`doc_number: the document prints ${docNumbers.map((d) => `"${d.value}" (${d.where})`).join(' and ')}`);
  }
  if (docNumber && !FULL_DOC_NUMBER.test(docNumber.value)) check.push(`doc_number: "${docNumber.value}" looks incomplete`);

  const noticeDate = notice?.date ? parsePrintedDate(notice.date) : null;
  const dateLine = notice?.date ? before.find((l) => l.text.trim() === notice.date) : undefined;
  const signed = noticeDate
    ? { value: noticeDate.iso, where: `the notice's date, ${dateLine ? at(dateLine) : notice!.date}${noticeDate.digitsOnly ? ' (年月日 lost; read from the digits)' : ''}` }
    : page.signed[0] ? { value: page.signed[0].value, where: "the page's metadata box (成文日期)" } : null;
  const published = page.published[0] ? { value: page.published[0].value, where: "the page's metadata box (发布日期)" } : null;
  if (!signed) check.push('signed: the document prints no signing date that could be read');
  const unlabelled = before.filter((l) => /^\s*(?:[•·]\s*)?(?:19|20)\d\d-\d\d-\d\d\s*$/.test(l.text)).map((l) => l.text.trim().replace(/^[•·]\s*/, ''));
  if (unlabelled.length && !published) check.push(`published: the page shows dates without labels (${unlabelled.join(', ')}); which one is the publication date is for you to say`);

  let indexNo: Found | null = null;
  before.forEach((line, k) => {
    if (indexNo) return;
    const labelled = INDEX_NO.exec(line.text);
    const alone = INDEX_NO_ALONE.exec(line.text);
    // 002 puts the label on a line of its own (• 索引号:) and the value on the next.
    const label = before.slice(0, k).reverse().find((l) => l.text.trim() !== '');
    if (labelled) indexNo = { value: labelled[1]!, where: at(line) };
    else if (alone && label && /索\s*引\s*号\s*[:：]?\s*$/.test(label.text)) indexNo = { value: alone[1]!, where: `${at(label)} / ${at(line)}` };
    else if (alone) indexNo = { value: alone[1]!, where: `${at(line)} (no label; the form of an 索引号)` };
  });

  if (combined && !combined.ok) check.push(`plans: ${at(combined.title)} is one combined 妇女儿童发展规划, and ${combined.problem}`);
  else if (combined) check.push(`plans: ${at(lines[combined.plan.title]!)} is one combined 妇女儿童发展规划; it is read as the ${combined.plan.parts.map((p) => `${p.type === 'women' ? "women's" : "children's"} plan from line ${lines[p.index]!.no}`).join(' and the ')}`);
  else if (titles.length === 0) check.push('plans: no line is a plan title such as …妇女发展规划 or …儿童发展规划');
  if (title && !period) check.push(`period: the title "${title.value}" states no period`);
  return { plans, title, placeName, division, issuer, docNumber, signed, published, indexNo, period: period && title ? { value: period, where: `the plan title, ${title.where}` } : null, check };
}

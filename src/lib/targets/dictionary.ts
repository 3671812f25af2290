/**
 * The indicator dictionary (content/indicators.yaml): one documented entry per indicator the
 * plans set targets for. A malformed dictionary is refused with one sentence naming the entry.
 */
import { z } from 'astro/zod';
import { COMPARATORS } from './comparator.ts';
import { UNITS, isUnit, normalizeUnit } from './units.ts';
import { foldForMatch } from './match.ts';

export const WOMEN_DOMAINS = [
  '妇女与健康', '妇女与教育', '妇女与经济', '妇女参与决策和管理', '妇女与社会保障', '妇女与家庭建设',
  '妇女与环境', '妇女与法律',
] as const;
export const CHILDREN_DOMAINS = [
  '儿童与健康', '儿童与安全', '儿童与教育', '儿童与福利', '儿童与家庭', '儿童与环境', '儿童与法律保护',
] as const;

const WomenDomain = z.enum(WOMEN_DOMAINS);
const ChildrenDomain = z.enum(CHILDREN_DOMAINS);

/** A national figure a county target can be set against. */
export const ReferenceSchema = z.object({
  comparator: z.enum(COMPARATORS),
  value: z.number(),
  unit: z.string(),
  /** The year the reference is for (2030 for the national outlines). */
  year: z.number().int(),
  /** The document, with its number: 中国妇女发展纲要（2021—2030年）（国发〔2021〕16号）. */
  source: z.string().min(1),
}).strict();

export const IndicatorSchema = z.object({
  /** kebab-case, stable: used in /data/targets.json and page addresses. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  plan_type: z.enum(['women', 'children', 'both']),
  /** The 领域; an indicator of both plans names one for each. */
  domain: z.union([WomenDomain, ChildrenDomain, z.object({ women: WomenDomain, children: ChildrenDomain }).strict()]),
  /** The name as the national outlines write it; also matched in the text. */
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  unit: z.string(),
  better: z.enum(['higher', 'lower', 'normal']),
  /** One of the core indicators every plan is compared on. */
  core: z.boolean().default(false),
  /** Other wordings the plans use for it. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Look-alike wordings of a different indicator, never read as this one. */
  not: z.array(z.string().min(1)).default([]),
  reference: ReferenceSchema.optional(),
}).strict();

export type Indicator = z.output<typeof IndicatorSchema>;
export type Dictionary = readonly Indicator[];

/** A dictionary the site cannot use; the message names the file, the entry and the fix. */
export class DictionaryError extends Error {
  override name = 'DictionaryError';
}

/** The 领域 of an indicator in a plan of the given type. */
export function domainOf(indicator: Indicator, planType: 'women' | 'children'): string {
  return typeof indicator.domain === 'string' ? indicator.domain : indicator.domain[planType];
}

const FIELD_HINT: Record<string, string> = {
  id: 'ids are kebab-case, e.g. myopia-primary',
  name_zh: "give the indicator's Chinese name as the plans write it",
  name_en: 'give an English name',
  plan_type: 'use women, children or both',
  better: 'use higher, lower or normal',
  domain: `use a 领域 such as ${WOMEN_DOMAINS[0]} or ${CHILDREN_DOMAINS[0]}; an indicator of both plans takes {women: …, children: …}`,
};

function entryName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `entry "${id}"` : `entry ${index + 1}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function issueSentence(raw: unknown, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  const top = String(issue.path[0] ?? '');
  const hint = FIELD_HINT[top] ? ` (${FIELD_HINT[top]})` : '';
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) return `${field} is missing${hint}`;
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${field || 'the entry'} is not valid: ${issue.message}${hint}`;
}

/** Checks of one entry that zod cannot say in the file's terms. */
function unitProblem(unit: string, field: string): string | null {
  if (isUnit(unit)) return null;
  const canonical = normalizeUnit(unit);
  if (canonical && isUnit(canonical)) return `${field} "${unit}" is written "${canonical}" in the dictionary (as it reads after the number)`;
  return `${field} "${unit}" is not a known unit (use one of ${UNITS.join(', ')})`;
}

function checkEntry(entry: Indicator): string | null {
  const unit = unitProblem(entry.unit, 'unit') ?? (entry.reference ? unitProblem(entry.reference.unit, 'reference unit') : null);
  if (unit) return unit;
  if (entry.plan_type === 'both' && typeof entry.domain === 'string') {
    return `plan_type both needs a domain for each plan type ({women: …, children: …})`;
  }
  if (entry.plan_type === 'both') return null;
  if (typeof entry.domain !== 'string') return `plan_type ${entry.plan_type} takes one domain, not one per plan type`;
  if (!entry.domain.startsWith(entry.plan_type === 'women' ? '妇女' : '儿童')) {
    return `domain "${entry.domain}" is not a 领域 of the ${entry.plan_type} plans`;
  }
  return null;
}

const overlap = (a: Indicator, b: Indicator) => a.plan_type === 'both' || b.plan_type === 'both' || a.plan_type === b.plan_type;

/** Two entries that apply to one plan must not share a wording: the text could not tell them apart. */
function checkWordings(entries: Dictionary): string | null {
  const seen = new Map<string, Indicator>();
  for (const entry of entries) {
    for (const w of new Set([entry.name_zh, ...entry.aliases].map((x) => foldForMatch(x).text))) {
      const other = seen.get(w);
      if (other && other !== entry && overlap(other, entry)) {
        return `entry "${entry.id}": the wording "${w}" is also a wording of "${other.id}" (keep it in one entry only)`;
      }
      seen.set(w, entry);
    }
  }
  return null;
}

/** Validates parsed YAML. Throws DictionaryError with one sentence: file, entry, problem, fix. */
export function parseDictionary(raw: unknown, file: string): Dictionary {
  if (!Array.isArray(raw)) throw new DictionaryError(`${file}: the dictionary is not a list of entries (each entry starts with "- id: …")`);
  const entries: Indicator[] = [];
  const ids = new Map<string, number>();
  raw.forEach((item, index) => {
    const where = `${file}: ${entryName(item, index)}`;
    const parsed = IndicatorSchema.safeParse(item);
    if (!parsed.success) throw new DictionaryError(`${where}: ${issueSentence(item, parsed.error.issues[0]!)}`);
    const entry = parsed.data;
    const problem = checkEntry(entry);
    if (problem) throw new DictionaryError(`${where}: ${problem}`);
    const first = ids.get(entry.id);
    if (first !== undefined) {
      throw new DictionaryError(`${where}: the id is used twice (entries ${first + 1} and ${index + 1}); ids must be unique`);
    }
    ids.set(entry.id, index);
    entries.push(entry);
  });
  const clash = checkWordings(entries);
  if (clash) throw new DictionaryError(`${file}: ${clash}`);
  return entries;
}

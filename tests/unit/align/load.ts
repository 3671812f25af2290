/** Reads plan files (fixtures or content/plans) into alignment input, as the build does. */
import { alignInputOf } from '../../../src/lib/align/derive-type.ts';
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { clauseTargetsOf } from '../../../src/lib/align/clause-targets.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { readPlanFile } from '../../../src/lib/plan/plan-files-fs.ts';
import { planDomains } from '../../../src/lib/plan/toc.ts';
import { readDomainDictionary } from '../../../src/lib/search/domains-fs.ts';
import { planDomainAliases } from '../../../src/lib/search/domains.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
let dictionary: ReturnType<typeof readDictionary> | undefined;
let domains: ReturnType<typeof readDomainDictionary> | undefined;

/** The plan's targets by clause, as the build gives them to the alignment (content/indicators.yaml). */
export function withTargets(input: AlignPlanInput): AlignPlanInput {
  dictionary ??= readDictionary(ROOT);
  const fm = input as AlignPlanInput & { county_code?: string };
  const plan = { ...input, county_code: fm.county_code ?? input.id.slice(0, 6) };
  return { ...input, targets: clauseTargetsOf(extractTargets(plan, dictionary).targets) };
}

export function loadPlan(path: string): AlignPlanInput {
  const { frontmatter, body } = readPlanFile(path);
  domains ??= readDomainDictionary(`${ROOT}content/search-domains.yaml`);
  const blocks = markdownToBlocks(body);
  const domain_aliases = planDomainAliases(domains, frontmatter.plan_type, planDomains(blocks));
  return withTargets(alignInputOf({ ...frontmatter, blocks, domain_aliases }));
}

export const FIXTURES = new URL('../../fixtures/align/', import.meta.url).pathname;

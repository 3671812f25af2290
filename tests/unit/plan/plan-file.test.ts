import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isUntouched, parsePlanFile, planFileContent } from '../../../src/lib/plan/plan-file.ts';
import { PLAN_ID, planHref } from '../../../src/lib/plan/id.ts';

// A real plan file as the ingest wrote it: content/plans/140107-women.md (id on line 2, county_code "140107" on line 6).
const FILE = 'content/plans/140107-women.md';
const TEXT = readFileSync(FILE, 'utf8');
const refusal = (text: string, file = FILE) => {
  try {
    parsePlanFile(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the plan file was accepted');
};

describe('the plan file: one reader, one writer', () => {
  it('reads a generated plan: the front matter validated, the body after it', () => {
    const { frontmatter, body } = parsePlanFile(TEXT, FILE);
    expect(frontmatter).toMatchObject({ id: '140107-women', county_code: '140107', plan_type: 'women', county: '杏花岭区' });
    expect(body.startsWith('\n')).toBe(true);
    expect(TEXT.endsWith(body)).toBe(true);
  });

  it('writes what it reads back: the same front matter and body, and a hash that marks the file untouched', () => {
    const { frontmatter, body } = parsePlanFile(TEXT, FILE);
    const { generated_hash: _hash, ...unhashed } = frontmatter;
    const again = planFileContent(unhashed, body.replace(/^\n/, ''));
    expect(isUntouched(TEXT)).toBe(true);
    expect(isUntouched(again)).toBe(true);
    const { generated_hash: _again, ...readBack } = parsePlanFile(again, FILE).frontmatter;
    expect(readBack).toEqual(unhashed);
    expect(isUntouched(again.replace('杏花岭区', '杏花岭县'))).toBe(false);
  });

  it('refuses a file without front matter, naming it', () => {
    expect(refusal('## 一、总体要求 {#s1}\n')).toBe(`${FILE}: no YAML front matter (a plan file starts with a line ---, its fields, and another line ---)`);
  });

  it('refuses a hand edit that broke the YAML, naming the file', () => {
    const broken = TEXT.replace('county: 杏花岭区', 'county: [杏花岭区');
    expect(refusal(broken)).toMatch(new RegExp(`^${FILE}: the front matter is not valid YAML: .+ \\(fix the YAML syntax, or regenerate the file with npm run ingest -- --force <plan id>\\)$`));
  });

  it('refuses a field the schema does not accept, naming the field and its value', () => {
    expect(refusal(TEXT.replace('county_code: "140107"', 'county_code: "14010"'))).toBe(
      `${FILE}: county_code "14010" is invalid: six digits (GB/T 2260 codes look like 140107) (correct it by hand, or regenerate the file with npm run ingest -- --force <plan id>)`,
    );
    expect(refusal(TEXT.replace(/^title: .*\n/m, ''))).toMatch(new RegExp(`^${FILE}: title is missing \\(`));
  });

  it('refuses a plan whose id is not its county code and type', () => {
    expect(refusal(TEXT.replace('id: 140107-women', 'id: 140107-children'))).toBe(
      `${FILE}: id "140107-children" is not county_code-plan_type "140107-women" (a plan's id is its county code and type; correct id, county_code or plan_type)`,
    );
  });

  it('refuses a plan whose id differs from its file name', () => {
    expect(refusal(TEXT, 'content/plans/140107-children.md')).toBe(
      'content/plans/140107-children.md: id "140107-women" differs from the file name 140107-children.md (a plan file is named after its id: rename it 140107-women.md or correct the id)',
    );
  });
});

describe('plan ids and addresses', () => {
  it('knows an id by its one pattern', () => {
    expect(['140107-women', '650502-children'].every((id) => PLAN_ID.test(id))).toBe(true);
    expect(['14010-women', '140107-men', '140107-women.md', 'x140107-women'].some((id) => PLAN_ID.test(id))).toBe(false);
  });
  it('links a plan and a paragraph of it', () => {
    expect(planHref('140107-women')).toBe('/plans/140107-women/');
    expect(planHref('140107-women', 's3-1-goals-1')).toBe('/plans/140107-women/#s3-1-goals-1');
  });
});

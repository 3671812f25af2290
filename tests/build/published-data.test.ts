/**
 * Every file the site publishes under /data/ is checked against the schema its record is
 * documented by (the same schema the build's types come from and the browser checks with).
 * A new file under dist/data/ without a schema here fails the test.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { AlignPlanInputSchema } from '../../src/lib/align/input-schema.ts';
import { ReuseSchema } from '../../src/lib/align/reuse-schema.ts';
import { CompareIndexSchema, PlanCompareDataSchema } from '../../src/lib/compare/schema.ts';
import { CslDataSchema } from '../../src/lib/cite/csl-schema.ts';
import { PlanRecordSchema } from '../../src/lib/data/plan-record.ts';
import { SourcesFileSchema } from '../../src/lib/data/release.ts';
import { PLAN_ID_SOURCE } from '../../src/lib/plan/id.ts';
import { PlanListSchema } from '../../src/lib/plan/schema.ts';
import { IndicatorSchema } from '../../src/lib/targets/dictionary.ts';
import { TargetSchema } from '../../src/lib/targets/schema.ts';

const DATA = 'dist/data';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [relative(DATA, join(dir, e.name))]));
const published = files(DATA).sort();
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

/** Each published JSON file, by its path under /data/, with its record's schema; `id` is the plan id its name states. */
const JSON_FILES: { path: RegExp; schema: z.ZodType }[] = [
  { path: /^targets\.json$/, schema: z.array(TargetSchema) },
  { path: /^indicators\.json$/, schema: z.array(IndicatorSchema) },
  { path: /^reuse\.json$/, schema: z.array(ReuseSchema) },
  { path: /^compare-index\.json$/, schema: CompareIndexSchema },
  { path: /^plan-list\/(?:women|children)\.json$/, schema: PlanListSchema },
  { path: new RegExp(`^plans/(?<id>${PLAN_ID_SOURCE})\\.json$`), schema: PlanCompareDataSchema },
  { path: new RegExp(`^align/(?<id>${PLAN_ID_SOURCE})\\.json$`), schema: AlignPlanInputSchema },
  { path: new RegExp(`^cite/${PLAN_ID_SOURCE}\\.json$`), schema: CslDataSchema },
  { path: /^plans\.json$/, schema: z.array(PlanRecordSchema) },
  { path: /^sources\.json$/, schema: SourcesFileSchema },
];
/** Not JSON: the open-data page itself; the CSV and BibTeX files, parsed and checked record by record in open-data.test.ts. */
const OTHER_FILES = ['index.html'];
const CHECKED_IN_OPEN_DATA = new RegExp(`^(?:(?:targets|targets-zh|plans|plans-zh)\\.csv|(?:targets|indicators|compare)/[\\w-]+\\.csv|cite/${PLAN_ID_SOURCE}\\.bib)$`);

describe('every file under /data/ is a valid record of its schema', () => {
  it('publishes only files it has a schema for, one per plan where the record is per plan', () => {
    expect(published.length).toBeGreaterThan(20);
    const unknown = published.filter((f) => !OTHER_FILES.includes(f) && !CHECKED_IN_OPEN_DATA.test(f) && !JSON_FILES.some((r) => r.path.test(f)));
    expect(unknown).toEqual([]);
    const planIds = (dir: string) => published.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1, -'.json'.length));
    expect(planIds('align')).toEqual(planIds('plans'));
    expect(planIds('plans').length).toBe(9);
  });

  for (const file of published.filter((f) => f.endsWith('.json'))) {
    it(file, () => {
      const rule = JSON_FILES.find((r) => r.path.test(file))!;
      const result = rule.schema.safeParse(read(file));
      expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
      const id = rule.path.exec(file)?.groups?.id;
      if (id !== undefined) expect(read(file)).toMatchObject({ id });
    });
  }
});

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
import { toCsv } from '../../src/lib/data/csv.ts';
import { PLAN_ID_SOURCE } from '../../src/lib/plan/id.ts';
import { PlanListSchema } from '../../src/lib/plan/schema.ts';
import { IndicatorSchema } from '../../src/lib/targets/dictionary.ts';
import { TARGET_CSV_HEADER, targetToCsvRow } from '../../src/lib/targets/publish.ts';
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
];
/** Not JSON: the open-data page itself, and the CSV checked against targets.json below. */
const OTHER_FILES = ['index.html', 'targets.csv'];

describe('every file under /data/ is a valid record of its schema', () => {
  it('publishes only files it has a schema for, one per plan where the record is per plan', () => {
    expect(published.length).toBeGreaterThan(20);
    const unknown = published.filter((f) => !OTHER_FILES.includes(f) && !JSON_FILES.some((r) => r.path.test(f)));
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

  it('targets.csv holds exactly the records of targets.json, with the indicator names of indicators.json', () => {
    const targets = z.array(TargetSchema).parse(read('targets.json'));
    const names = new Map(z.array(IndicatorSchema).parse(read('indicators.json')).map((i) => [i.id, i.name_zh]));
    const rows = targets.map((t) => targetToCsvRow(t, t.indicator ? names.get(t.indicator) : undefined));
    expect(readFileSync(join(DATA, 'targets.csv'), 'utf8')).toBe(toCsv(TARGET_CSV_HEADER, rows));
  });
});

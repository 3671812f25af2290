/**
 * Adding one county to a corpus the way a curator does: `npm run add` on the county's document
 * (copy it in, draft its sidecar, ingest it alone, then ingest every source), then an incremental
 * build. The document is a real plan (seed 001, 盐湖区's two plans) retitled for a county the corpus
 * does not hold yet, so `npm run add` finds its code in the GB/T 2260 list as it would for a real one.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTIES_TSV } from '../intake/county-codes-data.ts';
import { findDivision } from '../intake/county-codes.ts';

/** 001_23d5c46fb19a73e3.txt: 盐湖区 (运城市, 山西省) — its notice, its women's and its children's plan. */
const TEMPLATE = { file: 'content/sources/001_23d5c46fb19a73e3.txt', county: '盐湖区', prefecture: '运城市' };

export const ADD_SCRIPT = 'scripts/add.ts';

/** County codes the sources' sidecars already claim. */
function codesIn(sourcesDir: string): Set<string> {
  const codes = new Set<string>();
  for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.yaml'))) {
    const code = /^county_code:\s*["']?(\d{6})/m.exec(readFileSync(join(sourcesDir, name), 'utf8'))?.[1];
    if (code) codes.add(code);
  }
  return codes;
}

/**
 * Writes into workDir the plan document of the first county in the GB/T 2260 list the corpus does
 * not hold, whose name is unique in the list and which belongs to a prefecture; returns its path.
 */
export function writeNewCountyDocument(sourcesDir: string, workDir: string): { file: string; county: string; code: string } {
  const taken = codesIn(sourcesDir);
  for (const row of COUNTIES_TSV.trim().split('\n')) {
    const [code, county, prefecture] = row.split('\t') as [string, string, string, string];
    if (taken.has(code) || !prefecture || county === TEMPLATE.county) continue;
    if (findDivision(county, prefecture).found?.code !== code) continue;
    const text = readFileSync(TEMPLATE.file, 'utf8').replaceAll(TEMPLATE.county, county).replaceAll(TEMPLATE.prefecture, prefecture);
    const file = join(workDir, `${code}-plan.txt`);
    writeFileSync(file, text);
    return { file, county, code };
  }
  throw new Error(`every county of the GB/T 2260 list is already in ${sourcesDir}`);
}

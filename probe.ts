import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseFragment } from './src/lib/search/fragment.ts';
const dir = 'dist/pagefind/p14-65/fragment/';
for (const f of readdirSync(dir)) {
  const fr = parseFragment(gunzipSync(readFileSync(dir + f)).toString('utf8'));
  if (fr.url !== '/plans/140107-children/') continue;
  const c = fr.content;
  const i = c.indexOf('1.74');
  console.log(JSON.stringify(c.slice(i - 60, i + 40)));
  const j = c.indexOf('指导思想');
  console.log(JSON.stringify(c.slice(j - 20, j + 40)));
}

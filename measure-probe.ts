import { measureSearchCost } from '/work/wt/search/src/lib/search/measure-fs.ts';
const dist = process.argv[2]!;
const r = await measureSearchCost(dist);
console.log(JSON.stringify({ ...r, firstQueryFiles: r.firstQueryFiles }, null, 1));

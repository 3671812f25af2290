// Writes a synthetic corpus of raw sources: `node scripts/make-corpus.ts --plans 1000 [--seed 1] [--out dir]`.
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from '../src/lib/bench/corpus-fs.ts';

const { values } = parseArgs({
  options: { plans: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const { dir, files } = writeSyntheticCorpus({ plans: Number(values.plans), seed: Number(values.seed), outDir: values.out });
console.log(`${files} sources (${values.plans} plans) written to ${dir}`);

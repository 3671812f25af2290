import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { buildSite, makeBuildDir } from '../../src/lib/bench/build-fs.ts';
import { distHashes as hashes } from '../support/dist-hashes.ts';
import { tail } from '../../src/lib/bench/run-fs.ts';

/**
 * Files allowed to differ between two clean builds of the same commit, each with its reason.
 * Empty: the build is byte-for-byte reproducible. A file listed here must really differ, so the
 * list cannot go stale.
 */
const MAY_DIFFER: { pattern: RegExp; reason: string }[] = [];

/**
 * The site the test run built first (`npm run build`, the README's build into dist/) is one of
 * the two; a second build, clean and into a directory of its own, is the other. In a fresh clone
 * the first is clean too; in a working tree it may have reused the build cache, and must still
 * equal a clean build.
 */
const BUILT = 'dist';
const clean = makeBuildDir('repro-');
afterAll(() => rmSync(clean, { recursive: true, force: true }));

describe('the site build', () => {
  it('is reproducible: dist/ equals a clean build of the same commit, byte for byte', async () => {
    expect(existsSync(`${BUILT}/index.html`), 'dist/ holds no built site: the test run builds it first (npm run test:site)').toBe(true);
    const run = await buildSite({ plansDir: 'content/plans', outDir: clean });
    expect(run.exitCode, tail(run.stderr)).toBe(0);
    const [a, b] = [BUILT, clean].map(hashes) as [Map<string, string>, Map<string, string>];
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differ = [...a.keys()].filter((f) => a.get(f) !== b.get(f));
    const unexplained = differ.filter((f) => !MAY_DIFFER.some((e) => e.pattern.test(f)));
    expect(unexplained).toEqual([]);
    for (const exception of MAY_DIFFER) expect(differ.some((f) => exception.pattern.test(f)), exception.reason).toBe(true);
  }, 600_000);
});

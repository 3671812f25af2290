import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildSite, makeBuildDir } from '../../src/lib/bench/build-fs.ts';
import { distHashes as hashes } from '../support/dist-hashes.ts';
import { tail } from '../../src/lib/bench/run-fs.ts';

/**
 * Files allowed to differ between two clean builds of the same commit, each with its reason.
 * Empty: the build is byte-for-byte reproducible. A file listed here must really differ, so the
 * list cannot go stale.
 */
const MAY_DIFFER: { pattern: RegExp; reason: string }[] = [];

const dirs = [makeBuildDir('repro-a-'), makeBuildDir('repro-b-')];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('two clean builds of the same commit', () => {
  it('produce identical dist/ directories, byte for byte', async () => {
    const plansDir = process.env.PLANS_DIR ?? 'content/plans';
    for (const outDir of dirs) {
      const run = await buildSite({ plansDir, outDir });
      expect(run.exitCode, tail(run.stderr)).toBe(0);
    }
    const [a, b] = dirs.map(hashes) as [Map<string, string>, Map<string, string>];
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differ = [...a.keys()].filter((f) => a.get(f) !== b.get(f));
    const unexplained = differ.filter((f) => !MAY_DIFFER.some((e) => e.pattern.test(f)));
    expect(unexplained).toEqual([]);
    for (const exception of MAY_DIFFER) expect(differ.some((f) => exception.pattern.test(f)), exception.reason).toBe(true);
  }, 600_000);
});

import { describe, expect, it } from 'vitest';
import { formatDeriveLine, parseDeriveLines, totalAlignment } from '../../../src/lib/align/derive-log.ts';

describe('the build log line of a derived plan type', () => {
  it('is read back from a build log among other lines, in order', () => {
    const log = [
      '12:00:01 [build] Collecting build info...',
      formatDeriveLine({ type: 'children', aligned: 579, reused: 0, ms: 61234.4, cpuMs: 60001.6 }),
      '  ├─ /plans/110101-children/index.html (+12ms)',
      formatDeriveLine({ type: 'women', aligned: 2, reused: 419, ms: 5100, cpuMs: 4999 }),
    ].join('\n');
    expect(parseDeriveLines(log)).toEqual([
      { type: 'children', aligned: 579, reused: 0, ms: 61234, cpuMs: 60002 },
      { type: 'women', aligned: 2, reused: 419, ms: 5100, cpuMs: 4999 },
    ]);
  });

  it('finds nothing in a log without one (a build that read its derived data back)', () => {
    expect(parseDeriveLines('derived women: some plans aligned\n')).toEqual([]);
  });

  it("adds up to the build's alignment: plans and CPU of both threads, wall time of the longer", () => {
    expect(totalAlignment([
      { type: 'children', aligned: 579, reused: 0, ms: 61234, cpuMs: 60002 },
      { type: 'women', aligned: 421, reused: 0, ms: 45000, cpuMs: 44000 },
    ])).toEqual({ plans: 1000, ms: 61234, cpuMs: 104002 });
    expect(totalAlignment([])).toBeNull();
  });
});

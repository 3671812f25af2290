import { describe, expect, it } from 'vitest';
import { benchmarkAlignment } from '../../../src/lib/align/align-bench.ts';
import { syntheticPlans } from '../../../src/lib/align/synthetic.ts';

describe('the alignment micro-benchmark', () => {
  it('reports cost per plan for a synthetic corpus (figures from a counting clock)', () => {
    let t = 0;
    const result = benchmarkAlignment({ plans: 40, clausesPerPlan: 30, sample: 10, now: () => (t += 1), cpu: () => 0 });
    expect(result).toMatchObject({ plans: 40, sampled: 10, alignCpuMsPerPlan: 0 });
    expect(result.clausesPerPlan).toBeGreaterThan(20);
    expect(result.alignMsPerPlan).toBeGreaterThan(0);
  });

  it('builds the same synthetic corpus from the same seed', () => {
    expect(syntheticPlans({ plans: 3, clausesPerPlan: 10, seed: 5 })).toEqual(syntheticPlans({ plans: 3, clausesPerPlan: 10, seed: 5 }));
  });
});

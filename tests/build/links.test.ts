import { describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../src/lib/check/links-fs.ts';
import { formatLinkProblem } from '../../src/lib/check/links.ts';

describe('the built site (dist/)', () => {
  it('has no broken internal link or #anchor, and external links only to official sources, with rel="noopener"', () => {
    const report = checkSiteLinks('dist', process.env.PLANS_DIR ?? 'content/plans');
    expect(report.pages).toBeGreaterThan(0);
    expect(report.problems.map(formatLinkProblem)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { pageKindOf, weighKinds } from '../../../src/lib/bench/page-kind.ts';

describe('pageKindOf', () => {
  it('names a page by its route, with its id as *', () => {
    expect(pageKindOf('plans/140107-children/index.html')).toBe('plans/*');
    expect(pageKindOf('plans/140107-children/diff/index.html')).toBe('plans/*/diff');
    expect(pageKindOf('compare/140107-children--140802-children/index.html')).toBe('compare/*');
    expect(pageKindOf('clauses/index.html')).toBe('clauses');
    expect(pageKindOf('index.html')).toBe('/');
    expect(pageKindOf('robots.txt')).toBe('(top-level files)');
  });
  it('names data files by their folder and extension', () => {
    expect(pageKindOf('data/plans/140107-children.json')).toBe('data/plans/*.json');
    expect(pageKindOf('data/cite/140107-children.bib')).toBe('data/cite/*.bib');
    expect(pageKindOf('data/targets.csv')).toBe('data/targets.csv');
    expect(pageKindOf('data/index.html')).toBe('data');
  });
  it('keeps the search index and bundles as one kind each', () => {
    expect(pageKindOf('pagefind/shard-1/fragment/abc.pf_fragment')).toBe('pagefind');
    expect(pageKindOf('_astro/search.B1.js')).toBe('_astro');
  });
});

describe('weighKinds', () => {
  it('adds files and bytes per kind, heaviest first', () => {
    expect(weighKinds([
      { file: 'plans/a/index.html', bytes: 10 },
      { file: 'plans/b/index.html', bytes: 20 },
      { file: 'plans/a/diff/index.html', bytes: 50 },
    ])).toEqual([
      { kind: 'plans/*/diff', files: 1, bytes: 50 },
      { kind: 'plans/*', files: 2, bytes: 30 },
    ]);
  });
});

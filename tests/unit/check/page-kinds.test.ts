import { describe, expect, it } from 'vitest';
import { pageKinds } from '../../../src/lib/check/page-kinds.ts';

describe('page kinds', () => {
  it('groups pages by route, ids taken out, words kept', () => {
    const kinds = pageKinds([
      'index.html', '404.html', 'methodology/index.html',
      'plans/140107-women/index.html', 'plans/320582-children/index.html',
      'plans/140107-women/clauses/index.html', 'plans/320582-children/clauses/index.html',
      'counties/140107/index.html',
    ]);
    expect(kinds.map((k) => [k.kind, k.path, k.count])).toEqual([
      ['404.html', '/404.html', 1],
      ['counties/*', '/counties/140107/', 1],
      ['(home)', '/', 1],
      ['methodology', '/methodology/', 1],
      ['plans/*/clauses', '/plans/140107-women/clauses/', 2],
      ['plans/*', '/plans/140107-women/', 2],
    ]);
  });
});

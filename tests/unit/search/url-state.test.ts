import { describe, expect, it } from 'vitest';
import { stateFromSearchParams, stateToSearch, pagefindFilters } from '../../../src/lib/search/url-state.ts';

const read = (s: string) => stateFromSearchParams(new URLSearchParams(s));

describe('search state in the URL', () => {
  it('reads the query and every filter', () => {
    expect(read('?q=近视&province=山西省&plan=儿童&domain=儿童与健康&county=盐湖区&type=规划')).toEqual({
      q: '近视', filters: { type: '规划', plan: '儿童', province: '山西省', county: '盐湖区', domain: '儿童与健康' },
    });
  });

  it('writes q first and filters in a fixed order, leaving empty ones out, so one search has one URL', () => {
    expect(stateToSearch({ q: ' 近视 ', filters: { domain: '儿童与健康', province: '山西省', plan: '' } })).toBe(
      `?q=${encodeURIComponent('近视')}&province=${encodeURIComponent('山西省')}&domain=${encodeURIComponent('儿童与健康')}`,
    );
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
  });

  it('round-trips', () => {
    const state = { q: '12/10万 4.5%', filters: { plan: '妇女', province: '贵州省' } };
    expect(read(stateToSearch(state))).toEqual(state);
  });

  it('ignores unknown parameters and cuts over-long values', () => {
    const s = read(`?q=${'近'.repeat(5000)}&evil=<script>&province=`);
    expect([...s.q].length).toBe(200);
    expect(s.filters).toEqual({});
  });

  it('gives Pagefind each set filter as a one-value list', () => {
    expect(pagefindFilters({ province: '山西省', plan: '儿童' })).toEqual({ province: ['山西省'], plan: ['儿童'] });
  });
});

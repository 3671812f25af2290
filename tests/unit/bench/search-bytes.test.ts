import { describe, expect, it } from 'vitest';
import { bytesByKind } from '../../../src/lib/bench/extras-fs.ts';

describe('bytesByKind', () => {
  it('adds up a first search’s downloads by kind of Pagefind file, across shards', () => {
    expect(bytesByKind({
      '/pagefind/p11-13/pagefind.js': 15000,
      '/pagefind/p11-13/pagefind-entry.json': 190,
      '/pagefind/p11-13/wasm.unknown.pagefind': 55000,
      '/pagefind/p11-13/pagefind.zh-cn_b01.pf_meta': 9000,
      '/pagefind/p14-65/pagefind-entry.json': 180,
      '/pagefind/p14-65/pagefind.zh-cn_c02.pf_meta': 8000,
      '/pagefind/p14-65/index/zh-cn_3f.pf_index': 30000,
      '/pagefind/p14-65/filter/zh-cn_aa.pf_filter': 4000,
      '/pagefind/p14-65/fragment/zh-cn_19.pf_fragment': 2000,
    })).toEqual({ 'pagefind.js': 15000, entry: 370, wasm: 55000, pf_meta: 17000, pf_index: 30000, pf_filter: 4000, pf_fragment: 2000 });
  });
});

/**
 * The post-build search step: once Astro has written the site, index it with Pagefind
 * (src/lib/search/index-fs.ts). A failure to index fails the build. Shards whose plan pages did
 * not change are copied from Astro's cache directory instead of indexed again.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/index-fs.ts';

export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'liangui-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind-shards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir), { cacheDir });
        const shards = Object.entries(report.shards).map(([s, n]) => `${s} ${n} ${report.cached.includes(s) ? 'cached' : 'indexed'} in ${((report.shardMs[s] ?? 0) / 1000).toFixed(1)} s`).join(', ');
        logger.info(`search index: ${report.pages} pages (${shards}) in ${(report.ms / 1000).toFixed(1)} s → ${report.outputPath}`);
      },
    },
  };
}

/**
 * The post-build search step: once Astro has written the site, index it with Pagefind
 * (src/lib/search/index-fs.ts). A failure to index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/index-fs.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'liangui-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${report.pages} pages (${Object.entries(report.shards).map(([s, n]) => `${s} ${n}`).join(", ")}) in ${(report.ms / 1000).toFixed(1)} s → ${report.outputPath}`);
      },
    },
  };
}

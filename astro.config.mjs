import { defineConfig } from 'astro/config';
import derivedCache from './src/integrations/derived-cache.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  // Scripts stay external files so the Content-Security-Policy can forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [derivedCache(), pagefind()],
  // Pages whose props (their cache keys, src/data/cache-key.ts) and code are unchanged since the
  // last build are copied from it instead of rendered again.
  experimental: { incrementalBuild: true },
});

import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  // Scripts stay external files so the Content-Security-Policy can forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});

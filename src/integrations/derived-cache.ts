/**
 * Names the directory for derived alignment data (src/data/derived-root.ts) inside the cache
 * directory of this build, so builds with their own cache directories keep their own data.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DERIVED_DIR_ENV } from '../data/derived-root.ts';

export default function derivedCacheIntegration(): AstroIntegration {
  return {
    name: 'liangui-derived-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env[DERIVED_DIR_ENV] = join(fileURLToPath(config.cacheDir), 'derived');
      },
    },
  };
}

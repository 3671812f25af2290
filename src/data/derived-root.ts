/**
 * Where derived alignment data is kept between builds: `derived/` in Astro's cache directory,
 * which the liangui-derived-cache integration names in LIANGUI_DERIVED_DIR once the config is known.
 */
import { join } from 'node:path';

export const DERIVED_DIR_ENV = 'LIANGUI_DERIVED_DIR';

export function derivedRoot(): string {
  return process.env[DERIVED_DIR_ENV] ?? join(process.cwd(), 'node_modules', '.astro', 'derived');
}

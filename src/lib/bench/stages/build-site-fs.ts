/**
 * Child process: `node src/lib/bench/stages/build-site-fs.ts <outDir> <cacheDir>` builds the site
 * from PLANS_DIR into outDir. A cache directory of its own keeps two builds from sharing (or
 * racing on) Astro's content store, so every build is a clean one.
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: build-site-fs.ts <outDir> <cacheDir>');
await build({ root: process.cwd(), outDir, cacheDir, logLevel: process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn' });

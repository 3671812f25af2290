/**
 * Content-collection loader for content/plans/*.md. The site reads a plan's body itself
 * (markdownToBlocks), so unlike Astro's glob loader this one never renders the Markdown to
 * HTML: with thousands of plans that rendering was build time spent on output no page used.
 * Nor does it keep the body in the store; src/data/plans.ts reads it from the file.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PlanFileError } from './plan-file.ts';
import { readPlanFolder, type PlanFileOnDisk } from './plan-files-fs.ts';

async function loadAll(dir: string, { store, parseData, generateDigest, config, logger, watcher }: LoaderContext): Promise<void> {
  const root = fileURLToPath(config.root);
  // Every file is read and validated before the store changes. A broken one (curators edit these
  // files by hand) is one line naming it: it stops a build, and `npm run dev` keeps the plans it had.
  let files: PlanFileOnDisk[];
  try {
    files = readPlanFolder(relative(process.cwd(), dir) || '.');
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    logger.error(error.message);
    if (!watcher) process.exit(1);
    return;
  }
  store.clear();
  // The store keeps front matter only: with thousands of plans their text in Astro's data store
  // (held in memory and written out whole) is what runs out of memory. src/data/plans.ts reads
  // each body from filePath.
  for (const { frontmatter, path, text } of files) {
    const data = await parseData({ id: frontmatter.id, data: frontmatter, filePath: path });
    store.set({ id: frontmatter.id, data, filePath: relative(root, resolve(path)), digest: generateDigest(text) });
  }
}

export function planFilesLoader(dir: string): Loader {
  return {
    name: 'plan-files',
    async load(context) {
      const abs = resolve(dir);
      await loadAll(abs, context);
      // `npm run dev`: an edited plan file shows up without a restart.
      context.watcher?.add(abs);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(abs) && path.endsWith('.md')) void loadAll(abs, context);
      });
    },
  };
}

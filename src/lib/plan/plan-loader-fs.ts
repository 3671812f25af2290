/**
 * Content-collection loader for content/plans/*.md. The site reads a plan's body itself
 * (markdownToBlocks), so unlike Astro's glob loader this one never renders the Markdown to
 * HTML: with thousands of plans that rendering was build time spent on output no page used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader, LoaderContext } from 'astro/loaders';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

async function loadAll(dir: string, { store, parseData, generateDigest, config }: LoaderContext): Promise<void> {
  const root = fileURLToPath(config.root);
  store.clear();
  const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    const filePath = join(dir, name);
    const text = readFileSync(filePath, 'utf8');
    const m = FRONTMATTER.exec(text);
    if (!m) throw new Error(`${filePath}: no YAML frontmatter (a plan file starts with ---)`);
    const id = name.replace(/\.md$/, '');
    let raw: Record<string, unknown>;
    try {
      raw = parse(m[1]!) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${filePath}: the front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]}`);
    }
    const data = await parseData({ id, data: raw, filePath });
    store.set({ id, data, body: text.slice(m[0].length), filePath: relative(root, filePath), digest: generateDigest(text) });
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

/** What a built site weighs: pages, bytes, the search index, and the JavaScript each page ships. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { listFiles } from '../check/links-fs.ts';
import { pageScriptBytes, scriptSources, type ScriptGraph } from './page-js.ts';
import { weighKinds, type KindWeight } from './page-kind.ts';

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  pagefindFiles: number;
  pagefindBytes: number;
  /** The page shipping the most JavaScript before search, and how much (gzipped bytes). */
  heaviestPageJs: { page: string; gzipBytes: number };
  /** Pages shipping more than 50 KB gzipped of JavaScript before search. */
  pagesOverJsBudget: number;
  /** Files and bytes per page kind (page-kind.ts), heaviest first. */
  kinds: KindWeight[];
}

export const PAGE_JS_BUDGET = 50 * 1024;

function scriptGraph(distDir: string): ScriptGraph {
  const imports = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  const read = (path: string) => {
    try {
      return readFileSync(join(distDir, path));
    } catch {
      return null;
    }
  };
  return {
    importsOf(path) {
      if (!imports.has(path)) {
        const code = read(path)?.toString('utf8') ?? '';
        const [found] = parse(code);
        imports.set(path, found.filter((i) => i.d === -1 && i.n).map((i) => i.n!));
      }
      return imports.get(path)!;
    },
    gzipBytes(path) {
      if (!sizes.has(path)) sizes.set(path, gzipSync(read(path) ?? Buffer.alloc(0)).length);
      return sizes.get(path)!;
    },
  };
}

export async function measureDist(distDir: string): Promise<DistStats> {
  await init;
  const files = listFiles(distDir);
  const graph = scriptGraph(distDir);
  let bytes = 0;
  let pagefindBytes = 0;
  let pagefindFiles = 0;
  let pages = 0;
  let pagesOverJsBudget = 0;
  let heaviestPageJs = { page: '', gzipBytes: 0 };
  const sizes: { file: string; bytes: number }[] = [];
  for (const file of files) {
    const size = statSync(join(distDir, file)).size;
    bytes += size;
    sizes.push({ file, bytes: size });
    if (file.startsWith('pagefind/')) {
      pagefindBytes += size;
      pagefindFiles++;
    }
    if (!file.endsWith('.html')) continue;
    pages++;
    const js = pageScriptBytes(file, scriptSources(readFileSync(join(distDir, file), 'utf8')), graph);
    if (js > PAGE_JS_BUDGET) pagesOverJsBudget++;
    if (js > heaviestPageJs.gzipBytes) heaviestPageJs = { page: file, gzipBytes: js };
  }
  return { pages, files: files.length, bytes, pagefindFiles, pagefindBytes, heaviestPageJs, pagesOverJsBudget, kinds: weighKinds(sizes) };
}

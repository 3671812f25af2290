/**
 * JavaScript a page ships before the reader asks for anything: the scripts its HTML references
 * and every module they import statically, gzipped and summed. Search (/pagefind/) loads only
 * when the reader searches, so it is left out.
 */
import { Parser } from 'htmlparser2';

/** The src of every <script> in a page, as written. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' && attributes.src) sources.push(attributes.src);
      if (name === 'link' && attributes.href && /\bmodulepreload\b/.test(attributes.rel ?? '')) sources.push(attributes.href);
    },
  });
  parser.write(html);
  parser.end();
  return sources;
}

export interface ScriptGraph {
  /** Static imports of a script, as site paths ('/_astro/a.js'). */
  importsOf(path: string): string[];
  /** Gzipped size of a script in bytes. */
  gzipBytes(path: string): number;
}

export function isDeferredScript(path: string): boolean {
  return path.startsWith('/pagefind/');
}

/** Gzipped bytes of everything a page's scripts load up front, each module counted once. */
export function pageScriptBytes(pagePath: string, sources: readonly string[], graph: ScriptGraph): number {
  const seen = new Set<string>();
  const base = new URL(`/${pagePath}`, 'http://site.invalid');
  const queue = sources.map((s) => new URL(s, base)).filter((u) => u.origin === base.origin).map((u) => u.pathname);
  let total = 0;
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || isDeferredScript(path)) continue;
    seen.add(path);
    total += graph.gzipBytes(path);
    for (const imported of graph.importsOf(path)) queue.push(new URL(imported, new URL(path, base)).pathname);
  }
  return total;
}

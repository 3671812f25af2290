/**
 * Reads a built site from disk for the link check: every file's path, every HTML page's links,
 * and the official source URLs curators recorded in the plan files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkLinks, officialSources, readPageLinks, type LinkProblem, type PageLinks } from './links.ts';

/** Every file under dir, as posix paths relative to it. */
export function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The source_url of every plan file in plansDir (frontmatter), empty ones left out. */
export function readRecordedSourceUrls(plansDir: string): string[] {
  const urls: string[] = [];
  for (const name of readdirSync(plansDir).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(plansDir, name), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    const url = front ? (parseYaml(front) as { source_url?: unknown }).source_url : undefined;
    if (typeof url === 'string' && url) urls.push(url);
  }
  return urls;
}

export interface SiteLinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

/** Checks every link of the site built into distDir against the plans in plansDir. */
export function checkSiteLinks(distDir: string, plansDir: string): SiteLinkReport {
  const files = listFiles(distDir);
  const pages: PageLinks[] = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => readPageLinks(f, readFileSync(join(distDir, f), 'utf8')));
  const problems = checkLinks(pages, new Set(files), { isOfficial: officialSources(readRecordedSourceUrls(plansDir)) });
  return { pages: pages.length, links: pages.reduce((n, p) => n + p.links.length, 0), problems };
}

/**
 * Reads a built site and the plans for the figure check (figures.ts): every HTML page of
 * distDir against every plan file of plansDir and the dictionary's national references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToBlocks } from '../plan/blocks.ts';
import { foldChars } from '../align/normalize.ts';
import { readDictionary } from '../targets/dictionary-fs.ts';
import { listFiles } from './links-fs.ts';
import { figureKey, statedFigures, unstatedFigures, type FigureProblem } from './figures.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** The figures the plans of plansDir state, and the national references of the dictionary at root. */
export function readStatedFigures(plansDir: string, root: string = process.cwd()): Set<string> {
  const texts: string[] = [];
  const tables: string[][][] = [];
  const files = readdirSync(plansDir).filter((f) => f.endsWith('.md'));
  if (!files.length) throw new Error(`${plansDir}: no plan files to check the figures against`);
  for (const name of files) {
    const body = readFileSync(join(plansDir, name), 'utf8').replace(FRONTMATTER, '');
    for (const block of markdownToBlocks(body)) {
      if (block.kind === 'table') tables.push(block.rows);
      else texts.push(block.text);
    }
  }
  const dictionary = readDictionary(root);
  const wordings = dictionary.flatMap((i) => [i.name_zh, ...i.aliases].map((w) => ({ wording: foldChars(w).replace(/\s+/g, ''), unit: i.unit })));
  const keys = statedFigures(texts, tables, wordings);
  for (const i of dictionary) if (i.reference) keys.add(figureKey(i.reference.value, i.reference.unit));
  return keys;
}

export interface FigureReport {
  pages: number;
  figures: number;
  problems: FigureProblem[];
}

/** Checks every page of the site built into distDir. */
export function checkSiteFigures(distDir: string, plansDir: string, root: string = process.cwd()): FigureReport {
  const stated = readStatedFigures(plansDir, root);
  const pages = listFiles(distDir).filter((f) => f.endsWith('.html'));
  const problems = pages.flatMap((p) => unstatedFigures(p, readFileSync(join(distDir, p), 'utf8'), stated));
  return { pages: pages.length, figures: stated.size, problems };
}

/** Plan files on disk, read through their one owner (plan-file.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanFile, type PlanFile } from './plan-file.ts';

export interface PlanFileOnDisk extends PlanFile {
  /** The path as given (dir joined with the file name). */
  path: string;
  /** The whole file, front matter included. */
  text: string;
}

export function readPlanFile(path: string): PlanFileOnDisk {
  const text = readFileSync(path, 'utf8');
  return { ...parsePlanFile(text, path), path, text };
}

/** Every .md file of a folder, in file-name order; each must be a valid plan file. */
export function readPlanFolder(dir: string): PlanFileOnDisk[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readPlanFile(join(dir, name)));
}

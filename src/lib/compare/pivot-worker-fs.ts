/**
 * Worker thread: aligns a share of the pre-rendered comparisons (alignWithPivot) and writes each
 * to the store (pivot-store-fs.ts). workerData: { dir, inputs, jobs } with each plan's alignment
 * input once, by id, and per comparison its file key and plan ids in order; posts 'done' when all are written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AlignPlanInput } from '../align/prepare.ts';
import { alignWithPivot } from './align.ts';
import { writePivot } from './pivot-store-fs.ts';

const { dir, inputs, jobs } = workerData as { dir: string; inputs: Record<string, AlignPlanInput>; jobs: { key: string; ids: string[] }[] };
for (const job of jobs) writePivot(dir, job.key, alignWithPivot(job.ids.map((id) => inputs[id]!)));
parentPort!.postMessage('done');

/**
 * Worker thread: derives one plan type's data into a directory (derived-store-fs.ts), so the two
 * plan types are aligned at once, on both cores, and the build's own heap never holds a corpus.
 * workerData: { dir, type, inputs }; posts 'done' when the directory is complete.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanType } from '../plan/schema.ts';
import type { AlignPlanInput } from './prepare.ts';
import { writeDerived } from './derived-store-fs.ts';

const { dir, type, inputs } = workerData as { dir: string; type: PlanType; inputs: AlignPlanInput[] };
writeDerived(dir, type, inputs);
parentPort!.postMessage('done');

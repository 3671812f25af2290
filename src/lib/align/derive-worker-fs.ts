/**
 * Worker thread: derives one plan type's data into a directory (derived-store-fs.ts), so the two
 * plan types are aligned at once, on both cores, and the build's own heap never holds a corpus.
 * workerData: { dir, type, inputs, previous }; posts how many plans it aligned and how many
 * alignments it copied from `previous` (an earlier directory of the type, or null) once the
 * directory is complete.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanType } from '../plan/schema.ts';
import type { AlignPlanInput } from './prepare.ts';
import { writeDerived } from './derived-store-fs.ts';

const { dir, type, inputs, previous } = workerData as { dir: string; type: PlanType; inputs: AlignPlanInput[]; previous: string | null };
parentPort!.postMessage(writeDerived(dir, type, inputs, previous));

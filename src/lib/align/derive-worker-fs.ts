/**
 * Worker thread: derives one plan type's data into a directory (derived-store-fs.ts), so the two
 * plan types are aligned at once, on both cores, and the build's own heap never holds a corpus.
 * workerData: { dir, type, inputs, previous }; posts how many plans it aligned, how many
 * alignments it copied from `previous` (an earlier directory of the type, or null) and the time
 * it took (derive-log.ts) once the directory is complete.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanType } from '../plan/schema.ts';
import type { AlignPlanInput } from './prepare.ts';
import { writeDerived } from './derived-store-fs.ts';
import type { DeriveTiming } from './derive-log.ts';

const { dir, type, inputs, previous } = workerData as { dir: string; type: PlanType; inputs: AlignPlanInput[]; previous: string | null };
const started = performance.now();
const cpu = process.threadCpuUsage();
const report = writeDerived(dir, type, inputs, previous);
const used = process.threadCpuUsage(cpu);
const timing: DeriveTiming = { type, ...report, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
parentPort!.postMessage(timing);

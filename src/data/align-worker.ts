/**
 * The build's alignment worker threads (the derived data per plan type, the pre-rendered
 * comparisons): one way to start them, with the same memory settings, and one error line when
 * they fail.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Alignment allocates many short-lived objects: with V8's default young generation, garbage
 * collection took a third of a worker's time at 1,000 plans. A larger one (192 MiB, 64 MiB
 * semi-spaces) cut the derive stage's CPU time by about a fifth; the results are the same.
 */
export const ALIGN_WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;

/** Runs `entry` (from the project root) on `data`; resolves when it has posted that it is done. */
export function runAlignWorker(entry: string, data: unknown, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(process.cwd(), entry), { workerData: data, resourceLimits: ALIGN_WORKER_LIMITS });
    let done = false;
    worker.once('message', () => (done = true));
    worker.once('error', (error: Error) => reject(new Error(`${what} failed: ${error.message}`)));
    worker.once('exit', (code) => (done ? resolve() : reject(new Error(`${what} failed: the worker exited with code ${code}`))));
  });
}

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

/** Runs `entry` (from the project root) on `data`; resolves with what it posted when done. */
export function runAlignWorker<T = unknown>(entry: string, data: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(process.cwd(), entry), { workerData: data, resourceLimits: ALIGN_WORKER_LIMITS });
    let done: { message: T } | null = null;
    worker.once('message', (message: T) => (done = { message }));
    worker.once('error', (error: Error) => reject(new Error(`${what} failed: ${error.message}`)));
    worker.once('exit', (code) => (done ? resolve(done.message) : reject(new Error(`${what} failed: the worker exited with code ${code}`))));
  });
}

/**
 * The line the build prints when a plan type's derived data has been computed, and its reader:
 * the benchmark takes the alignment's cost from the build's own log instead of deriving again.
 */
import type { PlanType } from '../plan/schema.ts';

export interface DeriveTiming {
  type: PlanType;
  /** Plans aligned, and plans whose alignment was copied from the previous build. */
  aligned: number;
  reused: number;
  /** Wall time of the worker thread, and its own CPU time (user + system). */
  ms: number;
  cpuMs: number;
}

const PREFIX = 'derived';

export function formatDeriveLine(t: DeriveTiming): string {
  return `${PREFIX} ${t.type}: ${t.aligned} plans aligned, ${t.reused} reused, ${Math.round(t.ms)} ms, ${Math.round(t.cpuMs)} ms CPU`;
}

const LINE = /^derived (women|children): (\d+) plans aligned, (\d+) reused, (\d+) ms, (\d+) ms CPU$/gm;

/** Every derive line of a build log, in order. */
export function parseDeriveLines(log: string): DeriveTiming[] {
  return [...log.matchAll(LINE)].map((m) => ({ type: m[1] as PlanType, aligned: Number(m[2]), reused: Number(m[3]), ms: Number(m[4]), cpuMs: Number(m[5]) }));
}

/** The alignment of a whole build from its lines: plans aligned, the longer thread's wall time, both threads' CPU; null without a line. */
export function totalAlignment(timings: readonly DeriveTiming[]): { plans: number; ms: number; cpuMs: number } | null {
  if (!timings.length) return null;
  return { plans: timings.reduce((n, t) => n + t.aligned, 0), ms: Math.max(...timings.map((t) => t.ms)), cpuMs: timings.reduce((n, t) => n + t.cpuMs, 0) };
}

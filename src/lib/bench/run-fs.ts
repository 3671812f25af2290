/**
 * Runs one pipeline stage as a child process and measures it: wall time and the peak resident
 * memory of its largest process (GNU time's %M, which counts the child and everything it waited for).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StageRun {
  ms: number;
  /** Peak RSS in MiB; null where GNU time is not installed (Debian package `time`). */
  peakMiB: number | null;
  /** CPU time (user + system) of the child and its children: unlike wall time, barely moved by other work on the machine. */
  cpuMs: number | null;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `node <args>` with the project's Node (the one running this), in the project root. */
export function runNode(args: readonly string[], env: Record<string, string> = {}): Promise<StageRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'liangui-time-'));
  const timeFile = join(scratch, 'rss');
  const useTime = existsSync(GNU_TIME);
  const [command, commandArgs] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      // GNU time writes "Command exited with non-zero status N" above its line when the child fails.
      const line = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()! : '';
      const [kib, user, sys] = line.split(' ').map(Number);
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        ms,
        peakMiB: Number.isFinite(kib) ? kib! / 1024 : null,
        cpuMs: Number.isFinite(user) && Number.isFinite(sys) ? (user! + sys!) * 1000 : null,
        exitCode: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** The last lines of a failed stage's output, for the report. */
export function tail(text: string, lines = 8): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

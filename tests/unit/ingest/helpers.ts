/** Shared by the ingest tests: fixtures as SourceLines, and a scratch directory per test. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceLine } from '../../../src/lib/ingest/types.ts';

export const FIXTURES = 'tests/fixtures/ingest';

export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
}

export function fixtureLines(name: string): SourceLine[] {
  return toLines(readFileSync(join(FIXTURES, name), 'utf8'));
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'liangui-ingest-'));
}

/** Shared by the hostile-input tests: ingest a text as the base fixture's source, and read its targets. */
import { readFileSync } from 'node:fs';
import { ingestSource, type SourceResult } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { extractTargets } from '../../../src/lib/targets/extract.ts';
import { planFromText } from '../../../src/lib/targets/plans-fs.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';

export const HOSTILE = 'tests/fixtures/hostile';
/** 001_23d5c46fb19a73e3.txt lines 12–61: the clean text the variants are made from. */
export const BASE_TEXT = readFileSync(`${HOSTILE}/base/plan.txt`, 'utf8');
export const BASE_SIDECAR = readFileSync(`${HOSTILE}/base/plan.yaml`, 'utf8');

const dictionary = readDictionary();

export function ingestText(text: string | Uint8Array, name = 'plan.txt', sidecarText = BASE_SIDECAR): SourceResult {
  const sidecar = readSidecar(`${HOSTILE}/base/plan.yaml`, sidecarText);
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return ingestSource({ name, path: `${HOSTILE}/${name}`, bytes, sidecar });
}

/** The targets of a plan as a reader compares them: what, how, how much, for when, where stated. */
export function targetsOf(result: SourceResult, k = 0) {
  const plan = result.plans[k]!;
  return extractTargets(planFromText(plan.content, `${plan.id}.md`), dictionary).targets.map(({ target: t }) => ({
    indicator: t.indicator, comparator: t.comparator, value: t.value, unit: t.unit, year: t.year, at: t.source.url,
  }));
}

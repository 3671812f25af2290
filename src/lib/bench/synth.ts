/**
 * A synthetic corpus for the benchmark, made from the real plans the way real counties make
 * theirs: each prefecture adapts one real plan pair (numbers moved, items dropped, reordered,
 * a few of its own added), and its counties copy the prefecture's text — some verbatim, most
 * with small changes of their own. Output is raw sources (.txt + .yaml), so the real ingest runs
 * on them. Deterministic for a seed.
 */
import type { Block } from '../plan/blocks.ts';
import type { PlanType } from '../plan/schema.ts';
import { generatePrefectures, type SynthCounty } from './synth/geography.ts';
import { createRandom, type Random } from './synth/random.ts';
import { isoToChinese, renderSidecar, renderSourceText, type SynthDocument, type SynthNotice } from './synth/render.ts';
import { COUNTY_RATES, PREFECTURE_RATES, varyBlocks, type DocBlock } from './synth/vary.ts';

/** One real source file, read back from its ingested plans. */
export interface BaseSource {
  county: string;
  province: string;
  prefecture: string;
  issuer: string;
  /** ISO date the real plan was signed ('' where unknown). */
  signed: string;
  notice: SynthNotice | null;
  plans: { plan_type: PlanType; title: string; blocks: Block[] }[];
}

export interface SynthSource {
  /** File name without extension, e.g. "synth-1451-0003". */
  name: string;
  txt: string;
  yaml: string;
}

/** Share of counties that copy their prefecture's text word for word (names aside). */
const VERBATIM_SHARE = 0.2;

type PlanText = { plan_type: PlanType; title: string; blocks: DocBlock[] };

/** Short forms a text uses for a place: 太原市 → 太原, 威宁彝族回族苗族自治县 → 威宁. */
function shortName(name: string): string | null {
  const autonomous = /^(.{2,3}?)(?:[^\s]{2,}族)+自治[县州旗]$/.exec(name);
  if (autonomous) return autonomous[1]!;
  const stem = name.replace(/(省|市|区|县|自治区|维吾尔自治区|壮族自治区|回族自治区)$/, '');
  return stem.length >= 2 && stem !== name ? stem : null;
}

/** Replaces the real county, prefecture and province names (and their short forms) with synthetic ones. */
export function renamePlaces(from: Pick<BaseSource, 'county' | 'prefecture' | 'province'>, to: SynthCounty): (text: string) => string {
  const pairs: [string, string][] = [];
  for (const key of ['county', 'prefecture', 'province'] as const) {
    pairs.push([from[key], to[key]]);
    const a = shortName(from[key]);
    const b = shortName(to[key]);
    if (a && b) pairs.push([a, b]);
  }
  pairs.sort((x, y) => y[0].length - x[0].length);
  const map = new Map(pairs);
  const pattern = new RegExp([...map.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (m) => map.get(m)!);
}

function renameBlocks(blocks: readonly DocBlock[], rename: (t: string) => string): DocBlock[] {
  return blocks.map((b) => ({ ...b, text: rename(b.text), rows: b.rows.map((r) => r.map(rename)) }));
}

function randomDate(random: Random, from: number, to: number): string {
  const day = new Date(Date.UTC(from, 0, 1) + random.int(0, (to - from + 1) * 365 - 1) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function countyDocument(base: BaseSource, plans: PlanText[], county: SynthCounty, random: Random): SynthDocument {
  const rename = renamePlaces(base, county);
  const stem = shortName(county.county) ?? county.county;
  const docNumber = `${stem}政发〔${random.int(2021, 2023)}〕${random.int(1, 60)}号`;
  // A notice whose date extraction damaged (杏花岭's "2023531") keeps it: the sidecar then keeps the real date.
  const signed = !base.notice || /\d{4}年\d{1,2}月\d{1,2}日/.test(base.notice.text) ? randomDate(random, 2021, 2023) : base.signed;
  const notice = base.notice && {
    title: rename(base.notice.title),
    doc_number: docNumber,
    text: rename(base.notice.text.replaceAll(base.notice.doc_number || '\u0000', docNumber)).replace(/\d{4}年\d{1,2}月\d{1,2}日/g, isoToChinese(signed)),
  };
  return {
    sidecar: {
      ...county,
      plans: plans.map((p) => p.plan_type),
      issuer: `${county.county}人民政府`,
      doc_number: docNumber,
      signed,
      published: signed,
      source_site: `${county.county}人民政府网站`,
      source_url: '',
      notes: '',
    },
    notice,
    plans: plans.map((p) => ({ title: rename(p.title), blocks: renameBlocks(p.blocks, rename) })),
  };
}

/** `planCount` plans (two per county where the base has both) as raw sources. */
export function synthesizeCorpus(bases: readonly BaseSource[], planCount: number, seed: number): SynthSource[] {
  if (!bases.length) throw new Error('no real plans to base a synthetic corpus on: run `npm run ingest` first');
  const random = createRandom(seed);
  const out: SynthSource[] = [];
  let plansMade = 0;
  for (const prefecture of generatePrefectures(random)) {
    const base = random.pick(bases);
    const adapted: PlanText[] = base.plans.map((p) => ({ ...p, blocks: varyBlocks(p.blocks, prefecture.prefecture, PREFECTURE_RATES, random) }));
    for (const county of prefecture.counties) {
      if (plansMade >= planCount) return out;
      const own = random.chance(VERBATIM_SHARE)
        ? adapted
        : adapted.map((p) => ({ ...p, blocks: varyBlocks(p.blocks, county.county, COUNTY_RATES, random) }));
      const plans = own.slice(0, planCount - plansMade);
      const doc = countyDocument(base, plans, county, random);
      out.push({ name: `synth-${county.county_code}`, txt: renderSourceText(doc), yaml: renderSidecar(doc) });
      plansMade += plans.length;
    }
  }
  return out;
}

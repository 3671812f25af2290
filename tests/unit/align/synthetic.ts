/**
 * Synthetic plans for the alignment tests at corpus scale: a template, province versions of it, and
 * counties that copy their province's version with a few edits (numbers changed, sentences
 * dropped or added, words swapped) under their own names. Seeded, so runs are comparable.
 */
import type { AlignPlanInput } from '../../../src/lib/align/prepare.ts';
import { createRandom } from '../../../src/lib/bench/synth/random.ts';
import type { Block } from '../../../src/lib/plan/blocks.ts';

/** A seeded source of numbers in [0, 1): the benchmark's generator, so runs are comparable. */
export function seededRandom(seed: number): () => number {
  return createRandom(seed).next;
}

const WORDS = (
  '儿童 妇女 健康 教育 服务 体系 完善 加强 提高 保障 机制 建设 水平 推进 落实 促进 发展 城乡 家庭 社会 ' +
  '安全 权益 保护 管理 能力 营养 疾病 预防 控制 医疗 保健 学校 社区 政策 制度 工作 覆盖 普及 知识 技能 ' +
  '心理 体育 环境 法治 福利 救助 困境 留守 托育 早期 监测 评估 网络 资源 设施 质量 标准 规范 指导 宣传'
).split(' ');
const UNITS = ['%', '‰', '/10万', '岁', '小时'];
const CHARS = '安平宁康泰和兴隆昌盛德清华阳山河江湖林源泉峰岭川溪州城'.split('');

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function sentence(r: Rand): string {
  const n = 4 + Math.floor(r() * 8);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, WORDS) + (r() < 0.15 ? '、' : '');
  if (r() < 0.4) s += `达到${Math.floor(r() * 100)}${pick(r, UNITS)}以上`;
  return s + '。';
}

function templateTexts(r: Rand, clauses: number): string[] {
  return Array.from({ length: clauses }, (_, i) => {
    const body = Array.from({ length: 1 + Math.floor(r() * 4) }, () => sentence(r)).join('');
    return `${(i % 12) + 1}.${body}`;
  });
}

/** One edit of a clause, as a county or province makes it. */
function vary(r: Rand, text: string): string {
  const x = r();
  if (x < 0.4) return text.replace(/\d+(?=[%‰/岁小])/, () => String(Math.floor(r() * 100)));
  if (x < 0.6) return text.replace(pick(r, WORDS), pick(r, WORDS));
  if (x < 0.8) return text + sentence(r);
  const parts = text.split('。').filter(Boolean);
  return parts.length > 1 ? parts.filter((_, i) => i !== Math.floor(r() * parts.length)).join('。') + '。' : text;
}

function mutate(r: Rand, texts: readonly string[], rate: number): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const x = r();
    if (x < rate * 0.2) continue;
    out.push(x < rate ? vary(r, t) : t);
    if (r() < rate * 0.1) out.push(sentence(r) + sentence(r));
  }
  return out;
}

function toBlocks(texts: readonly string[], county: string): Block[] {
  const domains = ['儿童与健康', '儿童与安全', '儿童与教育', '儿童与福利', '儿童与家庭', '儿童与环境', '儿童与法律保护'];
  return texts.map((text, i) => {
    const d = Math.floor((i / texts.length) * domains.length);
    const role = i % 3 === 0 ? 'goal' as const : 'measure' as const;
    return {
      id: `s3-${d + 1}-p${i + 1}`, kind: 'paragraph' as const, depth: 0,
      text: text.replace(/本县/g, `${county}`), rows: [], rowIds: [], path: [`s3-${d + 1}`], domain: domains[d]!, role,
    };
  });
}

export interface SyntheticOptions {
  plans: number;
  clausesPerPlan?: number;
  provinces?: number;
  seed?: number;
}

export function syntheticPlans(opts: SyntheticOptions): AlignPlanInput[] {
  const r = seededRandom(opts.seed ?? 1);
  const template = templateTexts(r, opts.clausesPerPlan ?? 200).map((t, i) => (i % 10 === 3 ? `本县${t}` : t));
  const provinces = Array.from({ length: opts.provinces ?? 30 }, (_, i) => ({
    name: `${pick(r, CHARS)}${pick(r, CHARS)}省${i}`,
    texts: mutate(r, template, 0.15),
  }));
  return Array.from({ length: opts.plans }, (_, i) => {
    const province = provinces[i % provinces.length]!;
    const county = `${pick(r, CHARS)}${pick(r, CHARS)}${pick(r, CHARS)}县`;
    const code = String(100000 + i);
    return {
      id: `${code}-children`, plan_type: 'children' as const, title: `${county}儿童发展规划`, level: 'county' as const,
      county, prefecture: `${pick(r, CHARS)}${pick(r, CHARS)}市`, province: province.name, templates: [],
      blocks: toBlocks(mutate(r, province.texts, 0.12), county),
    };
  });
}

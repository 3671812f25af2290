/**
 * How one county's plan text differs from the text it was copied from: a target number moved,
 * an item dropped, two items swapped, a county-specific item added. Items stay numbered 1, 2, 3…
 * where the original was, so the copy reads like a real plan, not a damaged one.
 */
import type { Block } from '../../plan/blocks.ts';
import type { Random } from './random.ts';

/** The part of a block a plain-text document carries. */
export type DocBlock = Pick<Block, 'kind' | 'depth' | 'text' | 'rows' | 'role' | 'domain'>;

/** Probabilities of each change, per item (numbers: per number). */
export interface VaryRates {
  moveNumber: number;
  dropItem: number;
  swapItems: number;
  addItem: number;
}

export const PREFECTURE_RATES: VaryRates = { moveNumber: 0.25, dropItem: 0.04, swapItems: 0.04, addItem: 0.05 };
export const COUNTY_RATES: VaryRates = { moveNumber: 0.12, dropItem: 0.03, swapItems: 0.02, addItem: 0.06 };

const ITEM_NUMBER = /^(\d+)([.．、])/;
// A target figure: a number followed by a unit. Years (2025年), item numbers and 十四五 are left alone.
const FIGURE = /(?<![\d.年第])(\d+(?:\.\d+)?)(?=\s*(?:%|％|‰|\/10万|\/万|\/千|岁|张|个|所|名|人|万|小时|次|平方米|元|家|项|支|倍))/g;

function moveFigure(value: string, isPercent: boolean, random: Random): string {
  const decimals = value.includes('.') ? value.split('.')[1]!.length : 0;
  let moved = Number(value) * (0.85 + random.next() * 0.3);
  if (isPercent) moved = Math.min(moved, 100);
  if (Number(value) >= 1 && moved < 1) moved = 1;
  return moved.toFixed(decimals);
}

export function moveFigures(text: string, rate: number, random: Random): string {
  return text.replace(FIGURE, (value, _g, offset: number) => {
    if (!random.chance(rate)) return value;
    const after = text.slice(offset + value.length, offset + value.length + 2).trimStart();
    return moveFigure(value, /^[%％]/.test(after), random);
  });
}

const LOCAL_ITEMS: readonly string[] = [
  '结合{county}实际，到2025年建成{n}个“{county}妇女儿童之家”示范点，覆盖率达到{p}%以上。',
  '将{domain}工作纳入{county}年度目标考核，每年至少开展{n}次专项督查。',
  '依托{county}妇幼保健院，提升{domain}服务能力，相关服务覆盖率达到{p}%以上。',
  '实施{county}“巾帼暖心”行动，每年惠及妇女儿童{n}万人次。',
  '在{county}各乡镇（街道）建立{domain}工作联络员制度，配备专兼职人员{n}名以上。',
  '推动{county}特色产业与{domain}工作融合发展，培育示范基地{n}个。',
];

function localItem(county: string, domain: string | null, random: Random): string {
  return random.pick(LOCAL_ITEMS)
    .replaceAll('{county}', county)
    .replaceAll('{domain}', domain ?? '妇女儿童发展')
    .replace('{n}', String(random.int(2, 30)))
    .replace('{p}', String(random.int(80, 98)));
}

function isSequentiallyNumbered(items: readonly DocBlock[]): boolean {
  const numbers = items.map((b) => ITEM_NUMBER.exec(b.text)?.[1]);
  return numbers.length > 1 && numbers.every((n, i) => n === String(i + 1));
}

function renumber(items: DocBlock[]): DocBlock[] {
  return items.map((b, i) => ({ ...b, text: b.text.replace(ITEM_NUMBER, `${i + 1}$2`) }));
}

/** Varies one run of paragraphs under a 主要目标 or 策略措施 heading. */
function varySection(items: DocBlock[], domain: string | null, county: string, rates: VaryRates, random: Random): DocBlock[] {
  const numbered = isSequentiallyNumbered(items);
  let out = items.filter((b) => !(b.kind === 'paragraph' && items.length > 2 && random.chance(rates.dropItem)));
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i]!.kind === 'paragraph' && out[i + 1]!.kind === 'paragraph' && random.chance(rates.swapItems)) {
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      i++;
    }
  }
  if (out.length && random.chance(rates.addItem * Math.max(1, out.length / 4))) {
    const text = localItem(county, domain, random);
    out.push({ kind: 'paragraph', depth: 0, role: out[0]!.role, domain, rows: [], text: numbered ? `${out.length + 1}.${text}` : text });
  }
  if (numbered) out = renumber(out);
  return out.map((b) => ({
    ...b,
    text: b.role === 'goal' ? moveFigures(b.text, rates.moveNumber, random) : b.text,
    rows: b.rows.map((row, r) => (r === 0 ? row : row.map((cell) => moveFigures(cell, rates.moveNumber, random)))),
  }));
}

/** A county's version of a plan body. `county` names the county in any paragraph it adds. */
export function varyBlocks(blocks: readonly DocBlock[], county: string, rates: VaryRates, random: Random): DocBlock[] {
  const out: DocBlock[] = [];
  let run: DocBlock[] = [];
  const flush = () => {
    if (run.length) out.push(...varySection(run, run[0]!.domain, county, rates, random));
    run = [];
  };
  for (const b of blocks) {
    const block = { kind: b.kind, depth: b.depth, text: b.text, rows: b.rows, role: b.role, domain: b.domain };
    if (b.kind === 'heading' || b.role === 'other') {
      flush();
      out.push(block);
    } else {
      run.push(block);
    }
  }
  flush();
  return out;
}

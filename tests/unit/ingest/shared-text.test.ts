/**
 * Text two plans share is text: only a true second copy of the page (004) is removed as one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../../src/lib/ingest/ingest.ts';
import { readSidecar } from '../../../src/lib/ingest/sidecar.ts';
import { BASE_TEXT, ingestText } from './hostile-support.ts';

const SEED = 'content/sources/001_23d5c46fb19a73e3';
const seedLines = readFileSync(`${SEED}.txt`, 'utf8').split('\n');
const sidecar = readSidecar(`${SEED}.yaml`, readFileSync(`${SEED}.yaml`, 'utf8'));
const ingest001 = (text: string) => ingestSource({ name: '001.txt', path: `${SEED}.txt`, bytes: Buffer.from(text), sidecar });

describe('text two plans share', () => {
  it('an identical 组织实施/监测评估 block closing both plans of 001 stays in both', () => {
    // 001_23d5c46fb19a73e3.txt:216–251 三、组织实施 … of the women's plan; 442–473 the children's.
    const womenEnd = seedLines.findIndex((l, i) => i > 216 && /^盐湖区儿童发展“十四五”规划$/.test(l.trim()));
    const shared = seedLines.slice(215, womenEnd);
    expect(shared.filter((l) => l.trim()).length).toBeGreaterThanOrEqual(20);
    const text = [...seedLines.slice(0, 441), ...shared].join('\n');
    const result = ingest001(`${text}\n`);
    expect(result.report.removed.filter((b) => /second copy/.test(b.reason))).toEqual([]);
    const children = result.plans.find((p) => p.type === 'children')!;
    const women = result.plans.find((p) => p.type === 'women')!;
    const tail = (plan: typeof children) => plan.blocks.filter((b) => b.id.startsWith('s3') || b.id.startsWith('s4')).map((b) => (b.kind === 'table' ? '' : b.text));
    expect(tail(children)).toEqual(tail(women));
    expect(tail(children).length).toBeGreaterThan(10);
  });

  it('a block of 20+ lines repeated three times in one plan is kept three times, ids made unique', () => {
    // 001_23d5c46fb19a73e3.txt:25–50 (（一）妇女与健康, its goals and measures), repeated after the goals of （二）.
    const lines = BASE_TEXT.split('\n');
    const measures = lines.slice(lines.indexOf('（一）妇女与健康'), lines.indexOf('（二）妇女与教育'));
    expect(measures.filter((l) => l.trim()).length).toBeGreaterThanOrEqual(20);
    const text = `${BASE_TEXT.trimEnd()}\n${measures.join('\n')}\n${measures.join('\n')}\n`;
    const result = ingestText(text);
    expect(result.report.removed.filter((b) => /second copy/.test(b.reason))).toEqual([]);
    const ids = result.plans[0]!.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const first = measures.find((l) => l.startsWith('1.'))!;
    expect(result.plans[0]!.blocks.filter((b) => b.kind !== 'table' && b.text === first)).toHaveLength(3);
  });

  it('a true second copy of the whole page is still removed, and reported', () => {
    const page = BASE_TEXT.trimEnd();
    const result = ingestText(`${page}\n${page.split('\n').slice(1).join('\n')}\n`);
    const copies = result.report.removed.filter((b) => /second copy/.test(b.reason));
    expect(copies).toHaveLength(1);
    expect(result.plans[0]!.content).toBe(ingestText(BASE_TEXT).plans[0]!.content);
  });
});

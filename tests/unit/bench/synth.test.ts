import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { SidecarSchema } from '../../../src/lib/plan/schema.ts';
import { synthesizeCorpus, renamePlaces, type BaseSource } from '../../../src/lib/bench/synth.ts';
import { moveFigures } from '../../../src/lib/bench/synth/vary.ts';
import { createRandom } from '../../../src/lib/bench/synth/random.ts';

const BODY = `杏花岭区妇女是人类文明的开创者。 {#intro-p1}

## 三、发展领域、主要目标和策略措施 {#s3}

### （一）妇女与健康 {#s3-1}

#### 主要目标 {#s3-1-goals}

1.孕产妇死亡率控制在12/10万以下。 {#s3-1-goals-1}

2.适龄妇女宫颈癌人群筛查率达到70%以上。 {#s3-1-goals-2}

3.杏花岭区妇女人均预期寿命持续提高。 {#s3-1-goals-3}

#### 策略措施 {#s3-1-measures}

1.完善太原市杏花岭区妇幼健康服务体系。 {#s3-1-measures-1}

2.加强妇女健康教育。 {#s3-1-measures-2}
`;

const BASE: BaseSource = {
  county: '杏花岭区', province: '山西省', prefecture: '太原市', issuer: '太原市杏花岭区人民政府', signed: '2023-05-31',
  notice: { title: '关于印发杏花岭区妇女发展规划的通知', doc_number: '杏政发〔2023〕1号', text: '各镇人民政府：\n\n现印发给你们。' },
  plans: [
    { plan_type: 'women', title: '杏花岭区妇女发展规划（2021—2025年）', blocks: markdownToBlocks(BODY) },
    { plan_type: 'children', title: '杏花岭区儿童发展规划（2021—2025年）', blocks: markdownToBlocks(BODY.replaceAll('妇女', '儿童')) },
  ],
};

describe('synthetic corpus', () => {
  it('makes exactly the number of plans asked for, the same for the same seed', () => {
    const a = synthesizeCorpus([BASE], 25, 7);
    expect(a.map((s) => parseYaml(s.yaml).plans.length).reduce((x: number, y: number) => x + y, 0)).toBe(25);
    expect(synthesizeCorpus([BASE], 25, 7)).toEqual(a);
    expect(synthesizeCorpus([BASE], 25, 8)).not.toEqual(a);
  });

  it('gives every county a valid sidecar with a unique six-digit code, and its own name in the text', () => {
    const corpus = synthesizeCorpus([BASE], 200, 1);
    const sidecars = corpus.map((s) => SidecarSchema.parse(parseYaml(s.yaml)));
    expect(new Set(sidecars.map((s) => s.county_code)).size).toBe(corpus.length);
    for (const [i, s] of corpus.entries()) {
      expect(s.txt).not.toContain('杏花岭');
      expect(s.txt).toContain(sidecars[i]!.county);
      expect(s.txt).toContain(`${sidecars[i]!.county}妇女发展规划`);
    }
  });

  it('keeps item numbering in order after dropping, swapping or adding items', () => {
    for (const s of synthesizeCorpus([BASE], 200, 3)) {
      const goals = s.txt.split('主要目标')[1]!.split('策略措施')[0]!;
      const numbers = [...goals.matchAll(/^(\d+)\./gm)].map((m) => Number(m[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('varies the counties: some share their prefecture’s text verbatim, most differ', () => {
    const bodies = synthesizeCorpus([BASE], 400, 5).map((s) => {
      const { county } = parseYaml(s.yaml);
      return s.txt.replace(/^[\s\S]*?（一）妇女与健康/, '').replaceAll(county, '某县').replaceAll(county.slice(0, 2), '某');
    });
    const distinct = new Set(bodies).size;
    expect(distinct).toBeGreaterThan(bodies.length * 0.5);
    expect(distinct).toBeLessThan(bodies.length);
  });
});

describe('moving a target figure', () => {
  it('moves figures with units, never years, item numbers or 十四五', () => {
    const text = '1.到2025年，孕产妇死亡率控制在12/10万以下，筛查率达到70%以上，“十四五”时期。';
    const moved = moveFigures(text, 1, createRandom(2));
    expect(moved.startsWith('1.到2025年，孕产妇死亡率控制在')).toBe(true);
    expect(moved).toContain('“十四五”时期');
    expect(moved).not.toBe(text);
  });
  it('keeps percentages at or below 100', () => {
    for (let seed = 0; seed < 50; seed++) {
      const n = Number(/(\d+)%/.exec(moveFigures('覆盖率达到100%。', 1, createRandom(seed)))![1]);
      expect(n).toBeLessThanOrEqual(100);
    }
  });
});

describe('renaming places', () => {
  it('replaces full and short names, longest first', () => {
    const rename = renamePlaces(BASE, { county: '安平县', county_code: '145101', province: '河北省', prefecture: '兴隆市' });
    expect(rename('太原市杏花岭区人民政府；杏花岭；山西省；太原')).toBe('兴隆市安平县人民政府；安平；河北省；兴隆');
  });
});

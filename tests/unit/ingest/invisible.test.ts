/**
 * Invisible and look-alike characters inside numbers, headings and item markers: the plan is
 * published with every character as printed, read (ids, domains, targets) exactly as the clean
 * text, and every such character is listed in the ingest report with what it was read as.
 */
import { describe, expect, it } from 'vitest';
import { BASE_TEXT, ingestText, targetsOf } from './hostile-support.ts';

const clean = ingestText(BASE_TEXT);
const cleanBlocks = clean.plans[0]!.blocks;
const cleanTargets = targetsOf(clean);

const INVISIBLE = {
  'zero-width space': '\u200B', 'word joiner': '\u2060', 'soft hyphen': '\u00AD', 'zero-width non-joiner': '\u200C',
  'zero-width joiner': '\u200D', 'zero-width no-break space': '\uFEFF', 'left-to-right mark': '\u200E',
} as const;

/** The base text with `char` inserted into `anchor` where `|` stands (anchor must occur once). */
function variant(anchor: string, char: string): string {
  const plain = anchor.replace('|', '');
  expect(BASE_TEXT.split(plain), `the fixture holds "${plain}" once`).toHaveLength(2);
  return BASE_TEXT.replace(plain, anchor.replace('|', char));
}

function expectReadAsClean(text: string, char: string) {
  const result = ingestText(text);
  const blocks = result.plans[0]!.blocks;
  expect(blocks.map((b) => b.id)).toEqual(cleanBlocks.map((b) => b.id));
  // Published as printed: the only difference from the clean text is the character itself.
  const strip = (s: string) => s.replaceAll(char, '');
  expect(blocks.map((b) => (b.kind === 'table' ? '' : strip(b.text)))).toEqual(cleanBlocks.map((b) => (b.kind === 'table' ? '' : b.text)));
  expect(blocks.some((b) => b.kind !== 'table' && b.text.includes(char)) || result.plans[0]!.frontmatter.title.includes(char)).toBe(true);
  expect(targetsOf(result)).toEqual(cleanTargets);
  return result.report.invisible_characters;
}

describe('invisible characters inside a number', () => {
  // 001_23d5c46fb19a73e3.txt:27 "2.孕产妇死亡率下降到12.5/10万以内"
  for (const [name, char] of Object.entries(INVISIBLE)) {
    for (const at of ['1|2.5/10万', '12|.5/10万', '12.|5/10万']) {
      it(`a ${name} in ${at.replace('|', '·')} is read as 12.5, and reported`, () => {
        const found = expectReadAsClean(variant(at, char), char);
        expect(found).toHaveLength(1);
        expect(found[0]!.where).toBe('140802-women#s2-1-goals-2');
        expect(found[0]!.problem).toMatch(new RegExp(`^U\\+[0-9A-F]{4} ${name} inside a number: kept as printed; read as 12\\.5$`));
      });
    }
  }
  for (const [name, char] of [['no-break space', '\u00A0'], ['narrow no-break space', '\u202F'], ['thin space', '\u2009'], ['ideographic space', '\u3000']] as const) {
    it(`a ${name} after the decimal point (12. 5) is read as 12.5, and reported`, () => {
      const found = expectReadAsClean(variant('12.|5/10万', char), char);
      expect(found.map((f) => f.problem)).toEqual([expect.stringMatching(new RegExp(`${name} inside a number: kept as printed; read as 12\\.5$`))]);
    });
  }
  it('a no-break space between two whole numbers is not read as one number, and says so', () => {
    // 001_23d5c46fb19a73e3.txt:36 "全区体育人口占比达到50%以上"
    const result = ingestText(variant('5|0%以上', '\u00A0'));
    expect(result.report.invisible_characters.map((f) => f.problem)).toEqual(['U+00A0 no-break space inside a number: kept as printed; read as separate numbers, not as one']);
    expect(targetsOf(result).map((t) => t.value)).not.toContain(50);
  });
});

describe('invisible characters in headings and item markers', () => {
  const cases: [string, string][] = [
    ['before 二、', '|二、发展领域'],
    ['inside 二、', '二|、发展领域'],
    ['after 二、', '二、|发展领域'],
    ['after （一）', '（一）|妇女与健康'],
    ['inside （一）', '（|一）妇女与健康'],
    ['inside item 2.', '2|.孕产妇死亡率'],
    ['after item 2.', '2.|孕产妇死亡率'],
    ['inside 主要目标', '（一）妇女与健康\n主要|目标'],
    ['inside the plan title', '盐湖区妇女|发展“十四五”规划\n'],
  ];
  for (const [where, anchor] of cases) {
    for (const [name, char] of [['zero-width space', '\u200B'], ['word joiner', '\u2060'], ['soft hyphen', '\u00AD']] as const) {
      it(`a ${name} ${where}: same sections, ids, domains and targets as the clean text`, () => {
        const found = expectReadAsClean(variant(anchor, char), char);
        expect(found).toHaveLength(1);
        expect(found[0]!.problem).toMatch(new RegExp(`^U\\+[0-9A-F]{4} ${name} `));
      });
    }
  }

  it('a full-width digit in an item marker (２．) is item 2, reported; the text keeps ２', () => {
    const result = ingestText(variant('|2.孕产妇死亡率', '').replace('2.孕产妇死亡率', '２．孕产妇死亡率'));
    expect(result.plans[0]!.blocks.map((b) => b.id)).toEqual(cleanBlocks.map((b) => b.id));
    expect(result.plans[0]!.blocks.find((b) => b.id === 's2-1-goals-2')).toMatchObject({ text: '２．孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。' });
    expect(result.report.invisible_characters).toEqual([
      { where: '140802-women#s2-1-goals-2', problem: 'U+FF12 full-width digit in a heading or item marker: kept as printed; read as 2．', text: '２．孕产妇死亡率下降到12.5/1…' },
    ]);
    expect(targetsOf(result)).toEqual(cleanTargets);
  });

  for (const [where, anchor, problem] of [
    ['inside （一）', '（一|）妇女与健康', 'U+3000 ideographic space in a heading or item marker: kept as printed; read as （一）'],
    ['between two characters of the domain heading', '（一）妇女与|健康', 'U+3000 ideographic space between two characters of a heading: kept as printed; read as （一）妇女与健康'],
  ] as const) {
    it(`an ideographic space ${where}: same sections, ids, domains and targets, and reported`, () => {
      const found = expectReadAsClean(variant(anchor, '\u3000'), '\u3000');
      expect(found.map((f) => [f.where, f.problem])).toEqual([['140802-women#s2-1', problem]]);
    });
  }

  it('indentation with ideographic or no-break spaces is not reported', () => {
    const result = ingestText(BASE_TEXT.replace('2.孕产妇死亡率', '\u3000\u30002.孕产妇死亡率').replace('二、发展领域', '\u00A0\u00A0二、发展领域'));
    expect(result.plans[0]!.blocks.map((b) => b.id)).toEqual(cleanBlocks.map((b) => b.id));
    expect(result.report.invisible_characters).toEqual([]);
  });

  it('a zero-width space in plain text is kept, reported, and changes no reading', () => {
    const found = expectReadAsClean(variant('城乡差|距缩小', '\u200B'), '\u200B');
    expect(found).toEqual([{ where: '140802-women#s2-1-goals-2', problem: 'U+200B zero-width space in the text: kept as printed, ignored when reading', text: '…降到12.5/10万以内，城乡差⟦U+200B⟧距缩小。' }]);
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { formatIngestError, isIngestError } from '../../../src/lib/ingest/errors.ts';
import { scratchDir } from './helpers.ts';

const CASES = 'tests/fixtures/bad-input';
const EXAMPLE = 'see content/sources/000_30ea770318f86718.yaml for a complete sidecar';

const EXPECTED: Record<string, string> = {
  'empty-file': `${CASES}/empty-file/plan.txt: the file is empty (copy the raw document in again, byte for byte)`,
  'binary-file': `${CASES}/binary-file/plan.txt: the file is binary, not text: NUL byte at offset 8 (sources must be plain text or a saved HTML page)`,
  undecodable: `${CASES}/undecodable/plan.txt: the text is neither UTF-8 (invalid from byte 0, line 1) nor GB18030 (invalid from byte 2206, line 16) (re-save the file as UTF-8)`,
  'missing-sidecar': `${CASES}/missing-sidecar/plan.yaml: the sidecar is missing (every source needs a .yaml of the same name next to it; ${EXAMPLE})`,
  'malformed-sidecar': `${CASES}/malformed-sidecar/plan.yaml: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 6, column 1 (fix the YAML syntax)`,
  'sidecar-missing-field': `${CASES}/sidecar-missing-field/plan.yaml: county is missing (the sidecar needs county, county_code, province, prefecture, plans; ${EXAMPLE})`,
  'county-code-not-six-digits': `${CASES}/county-code-not-six-digits/plan.yaml: county_code "14080" is not six digits (GB/T 2260 codes look like 140107)`,
  'same-plan-twice': `${CASES}/same-plan-twice/b.txt: plan 140802-children is also in ${CASES}/same-plan-twice/a.txt (one source per plan: remove one of the two, or correct county_code or plans in its .yaml)`,
  'no-plan-found': `${CASES}/no-plan-found/page.txt: no plan found: no line is a plan title such as …妇女发展规划 or …儿童发展规划, and there are no 一、 sections (check that this is a plan document and that its title stands on a line of its own)`,
  'truncated-plan': `${CASES}/truncated-plan/plan.txt: the children's plan has no domain sections such as （一）儿童与健康: the text looks truncated (copy the complete document)`,
  'county-code-no-province': `${CASES}/county-code-no-province/plan.yaml: county_code "000000" is no GB/T 2260 code: no province has the code 00 (look the county up in the GB/T 2260 list (山西省 codes start with 14, e.g. 140107))`,
  'county-code-other-province': `${CASES}/county-code-other-province/plan.yaml: county_code "320582" is in 江苏省, but the sidecar says province: 山西省 (correct county_code or province (江苏省 codes start with 32))`,
  'county-code-unquoted': `${CASES}/county-code-unquoted/plan.yaml: county_code 010101 is not quoted, so YAML reads it as the number 10101 (quote it, county_code: "010101", so leading zeros survive)`,
  'impossible-date': `${CASES}/impossible-date/plan.yaml: signed "2023-13-40" is not a date in the calendar (check it against the document; "" where unknown)`,
  'source-url-javascript': `${CASES}/source-url-javascript/plan.yaml: source_url "javascript:alert(1)" is not an http(s) address (give the official page as https://… or http://…, or "" where unknown)`,
  // plan.txt:1 "盐湖区妇女发展规划(2030—2021年)"
  'title-period-reversed': `${CASES}/title-period-reversed/plan.txt: the title "盐湖区妇女发展规划(2030—2021年)" states the period 2030–2021, which ends before it starts (check the title line against the original document)`,
  'directory-named-like-source': `${CASES}/directory-named-like-source/x.txt: is a directory, not a file (a source and its sidecar are files; rename or remove the folder x.txt)`,
  'plans-not-as-listed': `${CASES}/plans-not-as-listed/plan.txt: the sidecar lists plans [children, women] but the text holds [children] (correct plans in the .yaml, or restore the missing plan text)`,
};

function messageFor(name: string): { message: string; wrote: boolean } {
  const out = scratchDir();
  try {
    runIngest({ sourcesDir: join(CASES, name), plansDir: join(out, 'plans'), reportPath: join(out, 'ingest-report.json') });
    return { message: '(accepted)', wrote: true };
  } catch (error) {
    if (!isIngestError(error)) throw error;
    const wrote = existsSync(join(out, 'plans')) || existsSync(join(out, 'ingest-report.json'));
    return { message: formatIngestError(error), wrote };
  }
}

describe('bad input is refused with one line naming the file, and nothing is written', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    expect(readdirSync(CASES).filter((n) => !n.includes('.')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(name, () => {
      const { message, wrote } = messageFor(name);
      expect(message).toBe(expected);
      expect(message).not.toContain('\n');
      expect(wrote).toBe(false);
    });
  }
});

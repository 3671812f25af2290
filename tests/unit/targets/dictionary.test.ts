import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../../src/lib/targets/dictionary.ts';
import { readDictionary } from '../../../src/lib/targets/dictionary-fs.ts';
import { dictionary, FIXTURES, ROOT } from './helpers.ts';

/** The core indicators (indicators-core.tsv): these ids are part of the published data. */
const CORE = [
  'maternal-mortality', 'women-life-expectancy', 'cervical-cancer-screening', 'breast-cancer-screening',
  'hiv-mother-to-child', 'maternal-anemia', 'maternal-care-management', 'women-health-literacy',
  'women-regular-exercise', 'women-fitness-pass', 'women-higher-education-enrollment', 'women-schooling-years',
  'women-employment-share', 'women-village-committee', 'women-residents-committee', 'pension-insurance-coverage',
  'medical-insurance-coverage', 'women-legal-knowledge', 'birth-sex-ratio', 'neonatal-mortality', 'infant-mortality',
  'under5-mortality', 'immunization-rate', 'child-anemia', 'child-stunting', 'myopia-primary', 'myopia-junior',
  'myopia-senior', 'myopia-annual-decline', 'child-eye-check-coverage', 'student-fitness-good', 'childcare-slots',
  'preschool-enrollment', 'inclusive-kindergarten', 'compulsory-education-retention', 'high-school-enrollment',
  'children-home-coverage', 'under3-care-management', 'under7-health-management',
];

const refused = (name: string) => () => readDictionary(FIXTURES, `bad-input/${name}.yaml`);

describe('content/indicators.yaml', () => {
  it('keeps every core indicator id, marked core', () => {
    const ids = new Set(dictionary.filter((d) => d.core).map((d) => d.id));
    expect([...ids].sort()).toEqual([...CORE].sort());
  });

  it('gives the national references the outlines set, and no others', () => {
    const refs = Object.fromEntries(dictionary.filter((d) => d.reference).map((d) => [d.id, `${d.reference!.comparator} ${d.reference!.value} ${d.reference!.unit}`]));
    const written = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/^([<>=~]+)([\d.]+)(.*)$/, '$1 $2 $3')]));
    expect(refs).toEqual(written({
      'maternal-mortality': '<=12/10万', 'cervical-cancer-screening': '>=70%', 'hiv-mother-to-child': '<=2%',
      'women-employment-share': '~45%', 'women-village-committee': '>=30%', 'women-residents-committee': '~50%',
      'neonatal-mortality': '<=3‰', 'infant-mortality': '<=5‰', 'under5-mortality': '<=6‰', 'immunization-rate': '>=90%',
      'child-anemia': '<=10%', 'child-stunting': '<=5%', 'myopia-primary': '<=38%', 'myopia-junior': '<=60%',
      'myopia-senior': '<=70%', 'child-eye-check-coverage': '>=90%', 'student-fitness-good': '>=60%',
      'under3-care-management': '>=90%', 'under7-health-management': '>=90%', 'childcare-slots': '=4.5个/千人',
    }));
  });

  it('is read from the project root by default', () => {
    expect(readDictionary(ROOT).length).toBe(dictionary.length);
  });
});

describe('a malformed dictionary is refused with one sentence naming the entry', () => {
  it('names an unknown unit and lists the known ones', () => {
    expect(refused('unknown-unit')).toThrow(DictionaryError);
    expect(refused('unknown-unit')).toThrow(/^bad-input\/unknown-unit\.yaml: entry "myopia-primary": unit "percent" is not a known unit \(use one of %, ‰, \/万, \/10万, 个\/千人/);
  });

  it('asks for a unit in the form it reads after the number: /10万, not 1/10万', () => {
    expect(refused('unit-spelling')).toThrow(/^bad-input\/unit-spelling\.yaml: entry "myopia-primary": unit "1\/10万" is written "\/10万" in the dictionary/);
  });

  it('names an id used twice and where', () => {
    expect(refused('duplicate-id')).toThrow('bad-input/duplicate-id.yaml: entry "infant-mortality": the id is used twice (entries 1 and 2); ids must be unique');
  });

  it('names a missing Chinese name and says what to give', () => {
    expect(refused('missing-name')).toThrow('bad-input/missing-name.yaml: entry "child-anemia": name_zh is missing (give the indicator\'s Chinese name as the plans write it)');
  });

  it('refuses one wording for two indicators of the same plans', () => {
    expect(refused('shared-wording')).toThrow('bad-input/shared-wording.yaml: entry "women-village-committee-director": the wording "村委会成员中女性比例" is also a wording of "women-village-committee" (keep it in one entry only)');
  });

  it('asks an indicator of both plans for a domain in each', () => {
    expect(refused('wrong-domain')).toThrow('bad-input/wrong-domain.yaml: entry "rural-tap-water": plan_type both needs a domain for each plan type ({women: …, children: …})');
  });

  it('refuses a file that is not a list', () => {
    expect(refused('not-a-list')).toThrow('bad-input/not-a-list.yaml: the dictionary is not a list of entries (each entry starts with "- id: …")');
  });

  it('refuses a file it cannot find', () => {
    expect(() => readDictionary(FIXTURES, 'bad-input/absent.yaml')).toThrow(/^bad-input\/absent\.yaml: cannot be read/);
  });

  it('reports the file path it was given', () => {
    expect(() => readDictionary(join(FIXTURES, 'bad-input'), 'unknown-unit.yaml')).toThrow(/^unknown-unit\.yaml: entry "myopia-primary"/);
  });
});

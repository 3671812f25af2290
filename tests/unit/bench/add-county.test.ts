/** The bench's new county: one the corpus does not hold, whose document npm run add reads to its own code. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewCountyDocument } from '../../../src/lib/bench/add-county-fs.ts';
import { readDocumentFacts } from '../../../src/lib/intake/document-facts.ts';
import { scratchDir } from '../ingest/helpers.ts';

describe('the county the bench adds', () => {
  it('is the first in the GB/T 2260 list the corpus lacks, and its document names it as 001 names 盐湖区', () => {
    const dir = scratchDir();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    // 110101 东城区 and 110102 西城区 are the list's first two lines (src/lib/intake/county-codes-data.ts:9–10).
    writeFileSync(join(sources, '000_a.yaml'), 'county: 东城区\ncounty_code: "110101"\n');
    const added = writeNewCountyDocument(sources, dir);
    expect(added).toMatchObject({ county: '西城区', code: '110102' });
    const text = readFileSync(added.file, 'utf8');
    expect(text).not.toContain('盐湖区');
    const facts = readDocumentFacts(text);
    expect(facts.division?.value.code).toBe('110102');
    expect(facts.plans?.value).toEqual(['women', 'children']);
  });
});

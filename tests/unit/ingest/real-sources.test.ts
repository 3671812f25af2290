/**
 * The five real sources: the committed plan files are exactly what the ingest produces now,
 * and they read as a reader expects — the nine plans, their domains, no page chrome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlanFrontmatterSchema } from '../../../src/lib/plan/schema.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { runIngest } from '../../../src/lib/ingest/ingest-fs.ts';
import { unreadNumbersReader } from '../../../src/lib/targets/unread-fs.ts';
import { unmappedDomainsReader } from '../../../src/lib/search/domains-fs.ts';
import { scratchDir } from './helpers.ts';

const IDS = [
  '140107-women', '140107-children', '140802-women', '140802-children', '520526-women', '520526-children',
  '320582-women', '320582-children', '650502-children',
];
const out = scratchDir();
const outcome = runIngest({ sourcesDir: 'content/sources', plansDir: join(out, 'plans'), reportPath: join(out, 'ingest-report.json'), unreadNumbersOf: unreadNumbersReader(), unmappedDomainsOf: unmappedDomainsReader() });

function committed(id: string) {
  const file = readFileSync(`content/plans/${id}.md`, 'utf8');
  const end = file.indexOf('\n---\n', 4);
  return { file, frontmatter: parse(file.slice(4, end)), body: file.slice(end + 5) };
}

describe('the real sources', () => {
  it('give the nine plans', () => {
    expect(outcome.results.flatMap((r) => r.plans.map((p) => p.id))).toEqual(IDS);
  });
  it('match the committed plan files and report byte for byte (run npm run ingest after changing the ingest)', () => {
    for (const id of IDS) expect(readFileSync(join(out, 'plans', `${id}.md`), 'utf8'), id).toBe(committed(id).file);
    expect(readFileSync(join(out, 'ingest-report.json'), 'utf8')).toBe(readFileSync('content/ingest-report.json', 'utf8'));
  });

  describe.each(IDS)('%s', (id) => {
    const { frontmatter, body } = committed(id);
    const blocks = markdownToBlocks(body);
    it('has frontmatter the content collection accepts', () => {
      expect(PlanFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
    });
    it('has its domain sections, each with goals and measures', () => {
      const domains = [...new Set(blocks.map((b) => b.domain).filter(Boolean))];
      expect(domains.length).toBeGreaterThanOrEqual(7);
      expect(domains[0]).toBe(id.endsWith('women') ? '妇女与健康' : '儿童与健康');
      for (const domain of domains) {
        const roles = new Set(blocks.filter((b) => b.domain === domain && b.kind === 'paragraph').map((b) => b.role));
        expect(roles, domain ?? undefined).toEqual(new Set(['goal', 'measure']));
      }
    });
    it('carries no page chrome', () => {
      expect(body).not.toMatch(/ICP备|版权所有|扫一扫|上一篇|预约演示|客服|如下为政策原文|\[bookmark|字号:|当前位置/);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { canonicalDomain, canonicalDomains, domainAliases, isInCanonicalDomain, parseDomainDictionary } from '../../../src/lib/search/domains.ts';
import { findUnmappedDomains, readDomainDictionary } from '../../../src/lib/search/domains-fs.ts';
import { readSearchablePlans } from '../../support/search-corpus.ts';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { planDomains } from '../../../src/lib/plan/toc.ts';

const dictionary = readDomainDictionary();

describe('the 领域 filter offers the national outlines’ domains', () => {
  it('8 for women’s plans and 7 for children’s (中国妇女/儿童发展纲要（2021—2030年）)', () => {
    expect(canonicalDomains('women')).toEqual(['妇女与健康', '妇女与教育', '妇女与经济', '妇女参与决策和管理', '妇女与社会保障', '妇女与家庭建设', '妇女与环境', '妇女与法律']);
    expect(canonicalDomains('children')).toEqual(['儿童与健康', '儿童与安全', '儿童与教育', '儿童与福利', '儿童与家庭', '儿童与环境', '儿童与法律保护']);
  });

  it('maps the near-duplicates the plans use onto one domain', () => {
    for (const h of ['妇女参与决策和管理', '妇女参与决策管理', '妇女与决策管理']) expect(canonicalDomain(dictionary, 'women', h)).toBe('妇女参与决策和管理');
    expect(canonicalDomain(dictionary, 'children', '儿童与法律')).toBe('儿童与法律保护');
    expect(canonicalDomain(dictionary, 'women', '妇女与教育科技')).toBe('妇女与教育');
    expect(canonicalDomain(dictionary, 'women', '妇女与未知')).toBeNull();
  });

  it('every domain heading of every plan in content/plans is in the dictionary', () => {
    const unmapped: string[] = [];
    const files = readSearchablePlans().map((p) => p.id);
    expect(files.length).toBeGreaterThan(0);
    for (const id of files) {
      const body = readFileSync(`content/plans/${id}.md`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const type = id.endsWith('-women') ? 'women' : 'children';
      for (const h of planDomains(markdownToBlocks(body))) if (!canonicalDomain(dictionary, type, h)) unmapped.push(`${id} ${h}`);
    }
    expect(unmapped).toEqual([]);
  });

  it('a hit lies in a domain when its section’s own heading maps to it', () => {
    const aliases = domainAliases(dictionary);
    expect(isInCanonicalDomain('妇女与决策管理 › 主要目标', '妇女参与决策和管理', aliases)).toBe(true);
    expect(isInCanonicalDomain('妇女与健康', '妇女与健康', aliases)).toBe(true);
    expect(isInCanonicalDomain('总体要求 › 指导思想', '妇女与健康', aliases)).toBe(false);
    expect(isInCanonicalDomain('儿童与法律 › 策略措施', '儿童与法律保护', aliases)).toBe(true);
  });
});

describe('a heading the dictionary lacks is reported at ingest', () => {
  it('names the plan, the heading and what to add (140107-women with its 妇女与健康 renamed)', () => {
    // content/plans/140107-women.md:80: ### (一)妇女与健康 {#s2-1}
    const content = readFileSync('content/plans/140107-women.md', 'utf8');
    expect(content).toContain('### (一)妇女与健康 {#s2-1}');
    const renamed = content.replace('### (一)妇女与健康 {#s2-1}', '### (一)妇女与身心健康 {#s2-1}');
    const found = findUnmappedDomains([{ id: '140107-women', content: renamed }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ plan: '140107-women', heading: '妇女与身心健康' });
    expect(found[0]!.reason).toMatch(/^content\/search-domains\.yaml maps no women heading 「妇女与身心健康」.*add it under women: with one of 妇女与健康、/);
    expect(findUnmappedDomains([{ id: '140107-women', content }])).toEqual([]);
  });

  it('the ingest report of the real plans lists none, and has the entry', () => {
    const report = JSON.parse(readFileSync('content/ingest-report.json', 'utf8')) as { unmapped_domains?: unknown[] };
    expect(report.unmapped_domains).toEqual([]);
  });
});

describe('a broken dictionary is refused with one line', () => {
  it('names the file, the heading and the domains allowed', () => {
    expect(() => parseDomainDictionary('women:\n  妇女与决策管理: 妇女与决策\nchildren: {}\n', 'content/search-domains.yaml'))
      .toThrow(/^content\/search-domains\.yaml: women › 妇女与决策管理: .*妇女参与决策和管理/);
    expect(() => parseDomainDictionary('women: [\n', 'x.yaml')).toThrow(/^x\.yaml: not valid YAML/);
    expect(() => parseDomainDictionary('women: {}\n', 'x.yaml')).toThrow(/^x\.yaml: children/);
  });
});

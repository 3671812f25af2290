/**
 * The 领域 filter's check on the client, apart from the dictionary's reader (domains.ts) so that
 * the search page does not ship a YAML parser and the schemas with it.
 */
import { SECTION_SEPARATOR } from './section-title.ts';

/**
 * Whether a search hit with this section title ("妇女与决策管理 › 主要目标") lies in a national
 * domain: its first part, read through the dictionary, is that domain.
 */
export function isInCanonicalDomain(title: string, domain: string, aliases: Readonly<Record<string, string>>): boolean {
  const first = title.split(SECTION_SEPARATOR)[0]!.trim();
  return (aliases[first] ?? first) === domain;
}

/**
 * What the ingest noticed about a plan (frontmatter `warnings`, written for curators in English,
 * naming source files) → sentences for readers in plain Chinese: what differs, and which value
 * the page shows. File names, sidecars and plan ids never reach a reader.
 */

const PLACE: Record<string, string> = { 'the text': '规划原文（印发通知）', "the page's metadata box": '发布网页的信息栏' };
const FIELD: Record<string, string> = { 文号: '文号', 成文日期: '成文日期', 发布日期: '发布日期' };

const READINGS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^[^:]*: (the text|the page's metadata box) gives (文号|成文日期|发布日期) "([^"]*)" but the sidecar says "([^"]*)"$/,
    (m) => `${PLACE[m[1]!]}中的${FIELD[m[2]!]}为“${m[3]}”，与来源记录的“${m[4]}”不同；本页“${FIELD[m[2]!]}”一栏显示后者。`,
  ],
  [
    /^[^:]*: (the text|the page's metadata box) gives (文号|成文日期|发布日期) "([^"]*)" but the sidecar has none$/,
    (m) => `${PLACE[m[1]!]}中的${FIELD[m[2]!]}为“${m[3]}”，来源记录中没有这一项；本页“${FIELD[m[2]!]}”一栏按原文未载处理。`,
  ],
  [
    /^[^:]*: the plan text has no title line; the title "([^"]*)" is taken from the page that quotes it$/,
    (m) => `规划正文没有标题行，本页标题《${m[1]}》取自转载该规划的网页。`,
  ],
  [
    /^[^:]*: the title is printed "([^"]*)"; the sidecar's display title "([^"]*)" is shown$/,
    (m) => `原文标题印作“${m[1]}”（文字提取时受损）；本页标题《${m[2]}》为整理者据原文校正的写法。`,
  ],
  [
    /^[^:]*: the title "([^"]*)" has unbalanced brackets; .*$/,
    (m) => `原文标题“${m[1]}”括号不成对，可能在文字提取时受损，本页照原样显示。`,
  ],
  [
    /^[^:]*: the title "([^"]*)" states no period; (\d{4})–(\d{4}) is assumed$/,
    (m) => `标题《${m[1]}》未写明规划期，本页按${m[2]}—${m[3]}年处理。`,
  ],
];

/** A reader's sentence for one ingest warning; a warning of an unknown form gets a general sentence. */
export function warningForReaders(warning: string): string {
  for (const [re, say] of READINGS) {
    const m = re.exec(warning);
    if (m) return say(m);
  }
  return '本规划的来源信息与原文有出入，本页按来源记录显示。';
}

/** The sentences for a plan's warnings, each once. */
export function notesForReaders(warnings: readonly string[]): string[] {
  return [...new Set(warnings.map(warningForReaders))];
}

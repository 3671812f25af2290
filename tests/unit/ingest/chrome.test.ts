import { describe, expect, it } from 'vitest';
import { chromeReasonOf, removeFooter, removeHeader, removeSecondCopy, removeVendorCopy } from '../../../src/lib/ingest/chrome.ts';
import { removeConversionResidue } from '../../../src/lib/ingest/residue.ts';
import { readNotice } from '../../../src/lib/ingest/notice.ts';
import { findPlanTitles } from '../../../src/lib/ingest/split.ts';
import { fixtureLines, toLines } from './helpers.ts';

describe('web-page chrome is removed, each block with its reason', () => {
  it('takes 000’s breadcrumb, page title, information bar and metadata box off above the notice', () => {
    const lines = fixtureLines('000-header.txt');
    const notice = readNotice(lines, findPlanTitles(lines)[0]!.index)!;
    const { removed, kept } = removeHeader(lines, notice.start);
    expect(removed.map((b) => [b.lines, b.reason])).toEqual([
      [[1, 1], 'breadcrumb navigation'],
      [[3, 3], 'page title (repeats the notice title)'],
      [[5, 5], 'page information bar (date, source, font size)'],
      [[7, 10], 'metadata box'],
    ]);
    expect(removed[3]!.text).toContain('发文字号 杏政发〔2023〕 号');
    expect(kept.find((l) => l.text.trim() !== '')!.text.trim()).toBe('杏政发2023');
  });

  it('takes 002’s navigation links, bullet metadata box and print tools off', () => {
    const lines = fixtureLines('002-header.txt');
    const notice = readNotice(lines, findPlanTitles(lines)[0]!.index)!;
    expect(removeHeader(lines, notice.start).removed.map((b) => b.reason)).toEqual([
      'page title (repeats the notice title)', 'site navigation links', 'breadcrumb navigation', 'metadata box',
      'page title (repeats the notice title)', 'page tools (font size, print, close)',
    ]);
  });

  it('keeps short lines the plan ends with when no chrome stands above them; takes menu entries between two chrome lines', () => {
    const text = '（五）加强监测评估。\n运城市盐湖区人民政府\n2023年4月20日\n网站地图\n政务公开\n联系我们\n晋ICP备00000000号\n';
    const { kept, removed } = removeFooter(toLines(text));
    expect(kept.map((l) => l.text).filter(Boolean)).toEqual(['（五）加强监测评估。', '运城市盐湖区人民政府', '2023年4月20日']);
    expect(removed.map((b) => [b.lines, b.reason, b.text])).toEqual([
      [[4, 6], 'site navigation links', '网站地图\n政务公开\n联系我们'],
      [[7, 7], 'site footer (host, copyright, ICP number)', '晋ICP备00000000号'],
    ]);
  });

  it('removes footers with ICP numbers, share links and previous/next links, reading up from the end', () => {
    const text = '（五）加强监测评估。完善儿童发展监测统计指标体系。\n\n中共太原市杏花岭区委  太原市杏花岭区人民政府  主办  ©2010版权所有\n\n地址:山西省太原市杏花岭区胜利街99号  邮箱:x@163.com\n晋ICP备07002709号-1\n扫一扫在手机打开当前页\n分享:\nTOP 打印 关闭\n上一篇:\n下一篇:\n';
    const { kept, removed } = removeFooter(toLines(text));
    expect(kept.map((l) => l.text).filter(Boolean)).toEqual(['（五）加强监测评估。完善儿童发展监测统计指标体系。']);
    expect(removed.map((b) => b.reason)).toEqual([
      'site footer (host, copyright, ICP number)', 'site footer (contact details)', 'site footer (host, copyright, ICP number)',
      'share and print links', 'previous/next links',
    ]);
  });

  it('never takes a plan line for chrome because it holds a | or a date', () => {
    expect(chromeReasonOf('2.加强妇女健康教育。| 表头 | 表头 |')).toBeNull();
    expect(chromeReasonOf('到2025年,妇女平等享有公共卫生优质服务')).toBeNull();
    expect(chromeReasonOf('中央人民政府 | 贵州省人民政府 | 毕节市人民政府 | 个人中心')).toBe('site navigation links');
  });

  it('removes 004’s vendor menu, marketing copy and lead-in, and the second copy of the whole page', () => {
    const lines = fixtureLines('004-page.txt');
    const copy = removeSecondCopy(lines);
    expect(copy.removed).toHaveLength(1);
    expect(copy.removed[0]).toMatchObject({ lines: [39, 67], reason: 'second copy of the page' });
    const vendor = removeVendorCopy(copy.kept);
    expect(vendor.removed.map((b) => [b.lines, b.reason])).toEqual([
      [[1, 9], "vendor's site menu and contact details"],
      [[10, 18], "vendor's marketing copy about the plan"],
      [[19, 19], "vendor's lead-in to the quoted plan"],
    ]);
    const footer = removeFooter(vendor.kept);
    expect(footer.removed.map((b) => [b.text, b.reason])).toEqual([['来源:哈密市伊州区政府网', 'source line of the page']]);
    expect(footer.kept[0]!.text).toMatch(/^依据《中国儿童发展纲要/);
  });

  it('cuts 001’s word-processor bookmarks out of the lines that carry them', () => {
    const { lines, removed } = removeConversionResidue(toLines('[bookmark: _GoBack]运城市盐湖区人民政府\n[bookmark: 福利领域]13.坚持学校教育'));
    expect(lines.map((l) => l.text)).toEqual(['运城市盐湖区人民政府', '13.坚持学校教育']);
    expect(removed).toEqual([
      { lines: [1, 1], reason: 'word-processor bookmark left by the conversion', text: '[bookmark: _GoBack]', inline: true },
      { lines: [2, 2], reason: 'word-processor bookmark left by the conversion', text: '[bookmark: 福利领域]', inline: true },
    ]);
  });
});

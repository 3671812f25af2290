import { describe, expect, it } from 'vitest';
import { reportHref } from '../../../src/lib/cite/report.ts';

// 001_23d5c46fb19a73e3.txt:27 2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。
const facts = {
  planTitle: '盐湖区妇女发展“十四五”规划',
  permalink: 'https://liangui.example/plans/140802-women/#s2-1-goals-2',
  shown: '孕产妇死亡率：≤12.5/10万（2025年）',
  sentence: '2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。',
};

describe('a pre-filled correction report', () => {
  it('as mail: names the plan and anchor in the subject, the value shown and the source sentence in the body', () => {
    const href = reportHref('mailto:jiucuo@liangui.example', facts);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('jiucuo@liangui.example');
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(href)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]!);
    expect(subject).toBe('纠错：盐湖区妇女发展“十四五”规划 #s2-1-goals-2');
    expect(body).toContain('位置：https://liangui.example/plans/140802-women/#s2-1-goals-2\r\n');
    expect(body).toContain('本站显示：孕产妇死亡率：≤12.5/10万（2025年）');
    expect(body).toContain('原文：2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。');
    // RFC 6068: no raw line feeds or spaces in the address.
    expect(href).not.toMatch(/[\s]/);
  });

  it('keeps a sentence with mail-query delimiters and wide spaces intact, and writes Chinese as is', () => {
    const sentence = '指标　A&B #1：达到50%+，比例=90%？';
    const href = reportHref('mailto:a@b.example', { ...facts, sentence });
    const query = href.slice(href.indexOf('?') + 1);
    expect(query.match(/&/g)).toHaveLength(1);
    expect(query.match(/=/g)).toHaveLength(2);
    expect(query).not.toMatch(/[\s#+?]/u);
    expect(decodeURIComponent(/body=([^&]*)$/.exec(href)![1]!)).toContain(`原文：${sentence}`);
    expect(href).toContain('盐湖区妇女发展');
  });

  it('as an issue form: the same facts in title= and body=', () => {
    const url = new URL(reportHref('https://github.com/example/liangui/issues/new', facts));
    expect(url.searchParams.get('title')).toBe('纠错：盐湖区妇女发展“十四五”规划 #s2-1-goals-2');
    expect(url.searchParams.get('body')).toContain('原文：2.孕产妇死亡率下降到12.5/10万以内，城乡差距缩小。');
  });
});

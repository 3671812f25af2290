import { describe, expect, it } from 'vitest';
import { findLookalikes, showAround, structureText, withoutInvisibles } from '../../../src/lib/text/invisible.ts';

describe('reading text without its invisible characters', () => {
  it('removes zero-width characters everywhere, and look-alike spaces only inside a decimal', () => {
    expect(withoutInvisibles('1\u200B2.5/10万')).toBe('12.5/10万');
    expect(withoutInvisibles('12.\u00A05')).toBe('12.5');
    expect(withoutInvisibles('12\u00A0500人')).toBe('12\u00A0500人');
    expect(withoutInvisibles('妇女\u00ADxx')).toBe('妇女xx');
  });
  it('reads structure with full-width digits as digits and look-alike spaces inside markers and between characters left out', () => {
    expect(structureText('１．孕产妇')).toBe('1．孕产妇');
    expect(structureText('(一\u3000)妇女与健康')).toBe('(一)妇女与健康');
    expect(structureText('儿童与\u3000健康')).toBe('儿童与健康');
    expect(structureText('plain text')).toBe('plain text');
  });
  it('finds each character with its place and what it was read as', () => {
    expect(findLookalikes('下降到1\u200B2.5/10万')).toEqual([{ at: 4, code: 'U+200B', name: 'zero-width space', place: 'number', readAs: '12.5' }]);
    expect(findLookalikes('二\u2060、总体要求')).toEqual([{ at: 1, code: 'U+2060', name: 'word joiner', place: 'marker', readAs: '二、' }]);
    expect(findLookalikes('\u3000\u30002.孕产妇')).toEqual([]);
    expect(findLookalikes('城乡\u00A0差距')).toEqual([]);
  });
  it('shows the character where a curator can see it', () => {
    expect(showAround('到1\u200B2.5', 2)).toBe('到1⟦U+200B⟧2.5');
  });
});

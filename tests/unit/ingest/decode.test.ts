import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/ingest/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a raw source', () => {
  it('reads plain UTF-8 as it is', () => {
    expect(decodeSource(utf8('一、总体要求\n（一）指导思想\n'))).toEqual({ ok: true, text: '一、总体要求\n（一）指导思想\n', encoding: 'utf-8' });
  });
  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('妇女发展规划')]));
    expect(result).toMatchObject({ ok: true, text: '妇女发展规划' });
  });
  it('turns Windows line ends (CRLF) and old Mac ones (CR) into LF', () => {
    expect(decodeSource(utf8('第一行\r\n第二行\r第三行\r\n'))).toMatchObject({ ok: true, text: '第一行\n第二行\n第三行\n' });
  });
  it('reads a GBK / GB18030 file from an older site', () => {
    const bytes = iconv.encode('威宁自治县妇女发展规划(2021—2025年)\r\n一、总体要求\r\n', 'gbk');
    expect(decodeSource(bytes)).toEqual({ ok: true, text: '威宁自治县妇女发展规划(2021—2025年)\n一、总体要求\n', encoding: 'gb18030' });
  });
  it('refuses an empty file, and one holding only whitespace', () => {
    expect(decodeSource(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeSource(utf8(' \n\r\n'))).toMatchObject({ ok: false, problem: 'empty' });
  });
  it('refuses a binary file: a NUL byte, or many control bytes', () => {
    expect(decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, problem: 'binary', detail: 'NUL byte at offset 4' });
    expect(decodeSource(new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x42]))).toMatchObject({ ok: false, problem: 'binary' });
  });
  it('keeps a stray form feed in a text file', () => {
    expect(decodeSource(utf8(`${'规划正文'.repeat(100)}\f下一页`))).toMatchObject({ ok: true });
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = new Uint8Array([...iconv.encode('规划', 'gbk'), 0xff, 0xfe]);
    expect(decodeSource(bytes)).toMatchObject({ ok: false, problem: 'undecodable' });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';
import { PlanExtractError } from '../../src/schema/errors.js';

const source1 = readFileSync('corpus/001_c38e02297bde183b.txt', 'utf8');
const source4 = readFileSync('corpus/004_6b15a1fe4b379702.txt', 'utf8');
const variant = (name: string) => new Uint8Array(readFileSync(`corpus/variants/${name}`));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof PlanExtractError ? error.code : 'not a PlanExtractError';
  }
}

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', new Uint8Array(Buffer.from(source1)), source1, 'utf-8'],
    ['UTF-8 with BOM (BOM dropped)', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source1)])), source1, 'utf-8'],
    ['GB18030 (iconv)', variant('001_c38e02297bde183b.gb18030.txt'), source1, 'gb18030'],
    ['UTF-16LE with BOM', variant('001_c38e02297bde183b.utf16le.txt'), source1, 'utf-16le'],
    ['UTF-16BE with BOM', variant('004_6b15a1fe4b379702.utf16be.txt'), source4, 'utf-16be'],
  ])('%s', (_name, bytes, text, encoding) => {
    const decoded = decodeText(bytes, 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    expect(decoded.diagnostics).toEqual([]);
  });

  it.each([
    ['UTF-16LE', utf16le('1. Plan\n2. Budget 2025\n3. Staff\n'), 'utf-16le'],
    ['UTF-16BE', utf16be('1. Plan\n2. Budget 2025\n3. Staff\n'), 'utf-16be'],
    ['UTF-16LE, a whole Chinese plan', variant('001_c38e02297bde183b.utf16le.txt').subarray(2), 'utf-16le'],
    ['UTF-16BE, a whole Chinese plan', variant('004_6b15a1fe4b379702.utf16be.txt').subarray(2), 'utf-16be'],
  ])('%s without BOM: read from the zero-byte pattern, with a decode-fallback warning', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes, 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toMatch(/^(?:1\. Plan|克政办发|# 朔州市)/);
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['decode-fallback']);
  });

  it('GB18030 that is mostly not Chinese decodes with a decode-fallback warning', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('Plan for 2025, budget line A-17, '.repeat(5)), Buffer.from([0xd6, 0xd0])]));
    const decoded = decodeText(bytes, 'x.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.endsWith('中')).toBe(true);
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['decode-fallback']);
  });

  it.each([
    ['0xFF runs', Buffer.concat([Buffer.from('abc '), Buffer.alloc(40, 0xff)])],
    ['lone lead bytes', Buffer.from([0x81, 0x20, 0x82, 0x20, 0x83, 0x20, 0x84, 0x20, 0x41, 0x42])],
  ])('bad bytes (%s) are E_DECODE, never a silent Latin-1 reading', (_name, bytes) => {
    expect(codeOf(() => decodeText(new Uint8Array(bytes), 'x.txt'))).toBe('E_DECODE');
  });

  // UTF-8 is checked and decoded by Node's own isUtf8 and Buffer, not TextDecoder's fatal mode (slow):
  // the two must agree on what is UTF-8 and on the text, a second BOM included
  const bom = [0xef, 0xbb, 0xbf];
  it.each<[string, number[]]>([
    ['two BOMs (the second dropped too)', [...bom, ...bom, 0x41]],
    ['a BOM in the middle', [0x41, ...bom, 0x42]],
    ['an encoded surrogate (CESU-8)', [0x41, 0xed, 0xa0, 0x80, 0x42]],
    ['an overlong slash', [0x41, 0xc0, 0xaf, 0x42]],
    ['a code point past U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0x41, 0xe4, 0xb8]],
    ['four-byte UTF-8', [0xf0, 0x9f, 0x98, 0x80, 0x41]],
  ])('UTF-8 as TextDecoder reads it: %s', (_name, byteList) => {
    const bytes = new Uint8Array(byteList);
    let expected: string | null;
    try {
      // after the BOM decodeText cuts itself
      const afterBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      expected = new TextDecoder('utf-8', { fatal: true }).decode(afterBom);
    } catch {
      expected = null;
    }
    let decoded: ReturnType<typeof decodeText> | null = null;
    try {
      decoded = decodeText(bytes, 'x.txt');
    } catch {
      decoded = null;
    }
    if (expected === null) expect(decoded?.encoding).not.toBe('utf-8');
    else expect([decoded?.encoding, decoded?.text]).toEqual(['utf-8', expected]);
  });
});

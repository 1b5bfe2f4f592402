// Bytes → text. A BOM first, then UTF-16 by its zero-byte pattern, then strict UTF-8, then GB18030;
// never a silent Latin-1 fallback.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic, Encoding } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';

export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, null>;
  diagnostics: Diagnostic[];
}

const CJK = /[\u4e00-\u9fff]/g;

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  // Node's own UTF-8 check and decoder: TextDecoder's fatal mode takes ~30 ms a MB of Chinese text.
  // TextDecoder drops a leading BOM (a second one, after the BOM decodeText cut); so does this.
  if (label === 'utf-8') {
    if (!isUtf8(bytes)) return null;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM shows as NUL bytes on one side of the code units of ASCII (newlines, digits,
 * punctuation). Chinese text has few of those, and "一" (U+4E00) puts a NUL on the other side, so
 * the test is a clear majority on one side rather than a fixed share: 001 in UTF-16LE has NULs on
 * 4.4% of odd bytes and 0.6% of even ones; an executable has them on both sides alike.
 */
export function utf16ByPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 8192) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const enough = (sample / 2) * 0.02;
  if (oddZeros >= enough && oddZeros >= evenZeros * 4) return 'utf-16le';
  if (evenZeros >= enough && evenZeros >= oddZeros * 4) return 'utf-16be';
  return null;
}

function share(pattern: RegExp, text: string): number {
  const nonSpace = text.replace(/\s/g, '').length || 1;
  return (text.match(pattern)?.length ?? 0) / nonSpace;
}

export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8', diagnostics };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics };
  }
  // before UTF-8: NUL is valid UTF-8, so UTF-16 of mostly ASCII text ("1\0.\0") would pass as UTF-8
  const utf16 = utf16ByPattern(bytes);
  if (utf16) {
    diagnostics.push({
      severity: 'warning',
      code: 'decode-fallback',
      message: `no byte-order mark; read as ${utf16} from its byte pattern`,
      span: null,
    });
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, diagnostics };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', diagnostics };

  const gb = decodeStrict('gb18030', bytes);
  const text = gb ?? new TextDecoder('gb18030').decode(bytes);
  const replaced = share(/\uFFFD/g, text);
  if (replaced > 0.01) {
    throw new PlanExtractError('E_DECODE', 'the bytes are neither UTF-8, UTF-16 nor GB18030 text', { file });
  }
  if (gb === null || share(CJK, text) < 0.2) {
    diagnostics.push({
      severity: 'warning',
      code: 'decode-fallback',
      message: 'not valid UTF-8; read as GB18030, but the result looks unusual: check the characters',
      span: null,
    });
  }
  return { text, encoding: 'gb18030', diagnostics };
}

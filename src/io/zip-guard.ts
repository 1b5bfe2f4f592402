// Opens a docx zip defensively: the central directory is checked against the limits before a
// single byte is inflated, and only the XML parts are inflated, each by zlib with its output capped
// at the size the directory declares: an entry that lies about its size stops there (one byte past
// it), however far its data would inflate. Each part is then checked for well-formed XML in one
// linear pass before mammoth's parser (xmldom), which goes superlinear on unclosed elements
// ("<w:p/>" × 40,000 and no "</w:body>": minutes for 1 KB), ever sees it.
import { inflateRawSync } from 'node:zlib';
import type { Limits } from './limits.js';
import { PlanExtractError } from '../schema/errors.js';

export interface ZipEntryInfo {
  name: string;
  /** compressed bytes */
  size: number;
  /** declared uncompressed bytes */
  originalSize: number;
  /** 0 stored, 8 deflated */
  method: number;
  /** where the entry's local header starts */
  headerOffset: number;
}

// Real document.xml compresses 5–30×; a part that declares more than 100× its compressed size and
// over a mebibyte is a bomb ("200 MB of zeros in 200 KB"), whatever the total limit allows.
const MAX_RATIO = 100;
const RATIO_FLOOR = 1024 * 1024;

/** The parts mammoth and our own scan read; media, fonts and embeddings are never inflated. */
const TEXT_PART = /(?:\.xml|\.rels)$/i;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function corrupt(file: string, why: string, cause?: unknown): PlanExtractError {
  return new PlanExtractError('E_CORRUPT_DOCX', why, { file, cause });
}

/** Where the central directory is and how many entries it has (zip64 when the 32-bit fields overflow). */
function directoryOf(view: DataView, file: string): { offset: number; count: number } {
  // the end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes)
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      const end = Number(view.getBigUint64(at - 12, true));
      if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_END) break;
      count = Number(view.getBigUint64(end + 32, true));
      offset = Number(view.getBigUint64(end + 48, true));
    }
    return { offset, count };
  }
  throw corrupt(file, 'not a readable zip archive (no end of central directory)');
}

/** Lists the central directory without inflating anything; a broken zip is E_CORRUPT_DOCX. */
export function listZipEntries(bytes: Uint8Array, file: string): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw corrupt(file, 'not a readable zip archive (too short)');
  const directory = directoryOf(view, file);
  const entries: ZipEntryInfo[] = [];
  let at = directory.offset;
  // each entry takes at least 46 bytes: a count larger than the file allows is a lie
  for (let index = 0; index < directory.count && index < bytes.byteLength / 46; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw corrupt(file, 'not a readable zip archive (a damaged central directory)');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) throw corrupt(file, 'not a readable zip archive (a truncated central directory)');
    const entry: ZipEntryInfo = {
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset that did not fit in 32 bits are in the zip64 extra field (id 1), in this order. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntryInfo): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + size) return null;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.originalSize === 0xffffffff) entry.originalSize = next() ?? entry.originalSize;
      if (entry.size === 0xffffffff) entry.size = next() ?? entry.size;
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = next() ?? entry.headerOffset;
      return;
    }
    at += 4 + size;
  }
}

/** Refuses a zip whose directory promises more than the limits allow (E_TOO_LARGE). */
export function checkZipEntries(entries: ZipEntryInfo[], limits: Limits, file: string): void {
  if (entries.length > limits.maxZipEntries) {
    throw new PlanExtractError('E_TOO_LARGE', `the zip has ${entries.length} entries, over the limit of ${limits.maxZipEntries}`, {
      file,
    });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > RATIO_FLOOR && entry.originalSize > Math.max(1, entry.size) * MAX_RATIO) {
      throw new PlanExtractError(
        'E_TOO_LARGE',
        `zip entry ${entry.name} would inflate ${entry.size} bytes to ${entry.originalSize} (a zip bomb)`,
        { file },
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new PlanExtractError(
      'E_TOO_LARGE',
      `the zip would inflate to ${total} bytes, over the limit of ${limits.maxUncompressedBytes}`,
      { file },
    );
  }
}

/** An entry's bytes, inflated to no more than it declares: a longer result means the zip lies. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntryInfo, file: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.headerOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw corrupt(file, `zip entry ${entry.name} has no local header where the directory says`);
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.size > bytes.byteLength) throw corrupt(file, `zip entry ${entry.name} runs past the end of the file`);
  const data = bytes.subarray(start, start + entry.size);
  if (entry.method === 0) {
    if (entry.size !== entry.originalSize) throw corrupt(file, `zip entry ${entry.name} is stored with two different sizes`);
    return data;
  }
  if (entry.method !== 8) throw corrupt(file, `zip entry ${entry.name} uses compression method ${entry.method}, which Word never writes`);
  let inflated: Buffer;
  try {
    // one byte over the declared size is enough to know the size was a lie
    inflated = inflateRawSync(data, { maxOutputLength: entry.originalSize + 1 });
  } catch (error) {
    const tooLong = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw corrupt(
      file,
      tooLong
        ? `zip entry ${entry.name} inflates past the ${entry.originalSize} bytes its directory declares (a forged zip)`
        : `a part of the zip cannot be inflated (${error instanceof Error ? error.message : String(error)})`,
      error,
    );
  }
  if (inflated.length > entry.originalSize) {
    throw corrupt(file, `zip entry ${entry.name} inflates past the ${entry.originalSize} bytes its directory declares (a forged zip)`);
  }
  return inflated;
}

/**
 * Checks that an XML part is well-formed as far as mammoth needs: every element closed in order, no
 * tag left open at a "<", no DTD (Word never writes one, and a DTD is how entity expansion attacks
 * start), and no nesting deeper than `maxDepth` (PlanExtractError E_TOO_LARGE). One pass over the
 * text with indexOf: linear whatever the input. Returns the deepest nesting seen.
 */
export function checkXml(xml: string, maxDepth: number, name: string, file: string): number {
  const open: string[] = [];
  let deepest = 0;
  const bad = (why: string) => corrupt(file, `${name} is not well-formed XML (${why})`);
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at)) {
    if (xml.startsWith('<!--', at) || xml.startsWith('<![CDATA[', at) || xml.startsWith('<?', at)) {
      const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : ']]>';
      const end = xml.indexOf(close, at + 2);
      if (end < 0) throw bad('a comment, CDATA section or processing instruction is never closed');
      at = end + close.length;
      continue;
    }
    if (xml.startsWith('<!', at)) throw corrupt(file, `${name} declares a DTD, which Word never writes`);
    const closing = xml[at + 1] === '/';
    let end = at + (closing ? 2 : 1);
    const nameStart = end;
    while (end < xml.length && !' \t\r\n/><'.includes(xml[end]!)) end++;
    const tag = xml.slice(nameStart, end);
    if (tag === '') throw bad(`a "<" that opens no tag at offset ${at}`);
    // attributes: a quoted value may hold ">" but never "<"
    for (; end < xml.length && xml[end] !== '>'; end++) {
      const char = xml[end]!;
      if (char === '"' || char === "'") {
        const quote = xml.indexOf(char, end + 1);
        if (quote < 0) throw bad(`an attribute value of <${tag}> is never closed`);
        end = quote;
      } else if (char === '<') throw bad(`<${tag} is never closed by ">"`);
    }
    if (end >= xml.length) throw bad(`<${tag} is never closed by ">"`);
    if (closing) {
      if (open.pop() !== tag) throw bad(`</${tag}> closes an element it does not match`);
    } else if (xml[end - 1] !== '/') {
      open.push(tag);
      if (open.length > deepest) deepest = open.length;
      if (deepest > maxDepth) throw new PlanExtractError('E_TOO_LARGE', `${name} nests deeper than ${maxDepth} elements`, { file });
    }
    at = end + 1;
  }
  if (open.length > 0) throw bad(`<${open[open.length - 1]}> is never closed`);
  return deepest;
}

/**
 * The docx's text parts, inflated within the limits and checked (checkXml): well-formed, no DTD,
 * no nesting deeper than limits.maxDepth.
 */
export function readDocxParts(bytes: Uint8Array, limits: Limits, file: string): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes, file);
  checkZipEntries(entries, limits, file);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw corrupt(file, 'the zip has no word/document.xml');
  const decoder = new TextDecoder();
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (!TEXT_PART.test(entry.name) || entry.name.endsWith('/')) continue;
    const data = inflateEntry(bytes, entry, file);
    checkXml(decoder.decode(data), limits.maxDepth, entry.name, file);
    parts.set(entry.name, data);
  }
  return parts;
}

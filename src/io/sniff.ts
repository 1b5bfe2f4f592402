// Which reader a file needs, judged by its content first and its extension second,
// so a mislabelled file still works.
import { utf16ByPattern } from './decode.js';

export type BinaryFormat = 'pdf' | 'docx' | 'doc';
export type TextFormat = 'markdown' | 'text' | 'table' | 'html';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((value, index) => bytes[at + index] === value);
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/** A binary container format, or null when the bytes should be decoded as text. */
export function sniffBinary(bytes: Uint8Array): BinaryFormat | 'zip' | 'binary' | null {
  // %PDF- may follow a few junk bytes (the spec allows it within the first 1024)
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  if (head.includes('%PDF-', 0, 'latin1')) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return containsAscii(bytes, 'word/document.xml') ? 'docx' : 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'doc';
  if (looksBinary(bytes)) return 'binary';
  return null;
}

/**
 * Control bytes other than tab/newline/formfeed mean "not text", unless the bytes are UTF-16 (a BOM,
 * or NULs on one side of the code units), where NULs are half of every ASCII character.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (utf16ByPattern(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let zeros = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) zeros++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  return zeros > 0 || controls > sample.length * 0.01;
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<\?xml[^>]*>\s*<!doctype html)/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd)$/i;
const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i;

/** Chooses among the text readers once the bytes are decoded. */
export function sniffText(text: string, path: string): TextFormat {
  const head = text.slice(0, 2000);
  if (HTML_START.test(head) || (HTML_EXTENSIONS.test(path) && /<[a-z]/i.test(head))) return 'html';
  const lines = text.split('\n', 4000);
  let tabCells = 0;
  let rowLines = 0;
  let nonEmpty = 0;
  let atxHeadings = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    // "\t　　一、总体目标" (a CMS field pasted as text): a tab before an indent is a paragraph indent,
    // not a cell; a cell line starts its text right after the tab ("\t序号", "\t合理布局…")
    if (line.startsWith('\t') && !/^\t[\s\u3000]/.test(line)) tabCells++;
    else if (/\S\t+\S[^\t]*\t+\S/.test(line)) rowLines++;
    if (/^#{1,6}\s/.test(line)) atxHeadings++;
  }
  // "\t序号\n\t工作任务\n…": a work-list table exported cell by cell
  if (tabCells >= 8 && tabCells >= nonEmpty * 0.5) return 'table';
  // "序号\t具体任务\t责任单位\t配合单位\t完成时限": a table saved as tab-separated rows
  if (rowLines >= 2 && rowLines >= nonEmpty * 0.3) return 'table';
  if (MARKDOWN_EXTENSIONS.test(path) || atxHeadings >= 2) return 'markdown';
  return 'text';
}

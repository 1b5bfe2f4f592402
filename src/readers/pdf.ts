// PDF through pdf-parse v2 (pdf.js underneath). pdf-parse's getText() flattens positions away, so
// we let it load the document (its options, worker set-up and error classes) and read pdf.js's text
// items ourselves: each item has a baseline (x, y) and a height, from which we rebuild visual lines,
// drop running headers/footers and page numbers, and see paragraph starts (a larger gap above the
// line, or a two-character indent).
//
// Work-list tables (工作清单) are found from the lines' positions by pdf-table.ts and become
// table-row blocks; every other line is a paragraph block.
//
// Line numbers: `line` counts the visual lines this reader keeps, 1-based, through the whole
// document (dropped headers, footers and page numbers are not counted); `page` is the 1-based page.
// A table row covers several lines: its cells carry the lines they came from.
import type { Diagnostic } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';
import { located } from '../text/located.js';
import type { Block, ReadResult } from '../document/block.js';
import type { ReaderContext } from './context.js';
import { findTables, type Segment } from './pdf-table.js';
import { InflateBudget, loadPdfRuntime, withInflateBudget } from './pdfjs-runtime.js';

/** The part of pdf.js's API we use (pdfjs-dist/types/src/display/api.d.ts). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
/** PDFParse.load() is private in pdf-parse's types but is how its own getText() reaches pdf.js. */
interface PdfLoader {
  load(): Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfLine {
  text: string;
  /** left edge and baseline in PDF units (y grows upwards) */
  x: number;
  y: number;
  /** font size */
  height: number;
  page: number;
  /** right edge of the last character */
  right?: number;
  /** the pieces between wide gaps, kept only when there are ≥ 2 (a table row's line); see lineSegments */
  segments?: Segment[];
}

// Glyphs with no Unicode mapping: pdf.js gives private-use code points, U+FFFD or control codes;
// other extractors' "(cid:123)" shows up in text copied from them.
const UNMAPPED = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\u{F0000}-\u{10FFFF}]|\(cid:\d+\)/gu;

// Page furniture printed in a header or footer: "- 2 -", "— 2 —", "第2页", "第 2 页 共 10 页", "2/10", "2"
const PAGE_NUMBER = [
  /^[-—–－―~·•]*\s*\d{1,4}\s*[-—–－―~·•]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

// a header or footer repeats on at least this share of pages ("same text on most pages")
const FURNITURE_SHARE = 0.5;
// lines this close to a page's top or bottom are header/footer candidates
const EDGE_LINES = 2;

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

interface Glyph {
  char: string;
  /** whitespace: decided once here, read in every sort comparison */
  space: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

// A full-width character (Han, kana, full-width forms and punctuation) advances one em, others about
// half: U+2E80–9FFF, AC00–D7AF, F900–FAFF, FE30–FE4F, FF00–FFEF (code ranges, not a regex: this runs
// for every character of a PDF).
function emWidth(char: string): number {
  const code = char.charCodeAt(0);
  const wide =
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef);
  return wide ? 1 : 0.55;
}
const SPACE = /\s/;

/**
 * Adds an item's characters with their x positions, spread over the item's width by em estimate.
 * Needed because producers draw a line in layers: LibreOffice writes the CJK run with a space
 * where “ goes and draws “ later in a Latin font at that x ("人民医院 模式" + "“" at the space).
 */
function addGlyphs(item: PdfTextItem, glyphs: Glyph[]): void {
  const height = item.height || Math.abs(item.transform[3]!) || 10;
  let total = 0;
  for (const char of item.str) total += emWidth(char);
  const scale = total > 0 && item.width > 0 ? item.width / total : height;
  const y = item.transform[5]!;
  let x = item.transform[4]!;
  for (const char of item.str) {
    const width = emWidth(char) * scale;
    glyphs.push({ char, space: SPACE.test(char), x, y, width, height });
    x += width;
  }
}

/** A line's text from its glyphs: left to right, covered spaces dropped, wide gaps made spaces. */
function lineText(glyphs: Glyph[]): string {
  // at one x, the visible glyph first; a space that a visible glyph overlaps is a placeholder
  glyphs.sort((a, b) => a.x - b.x || Number(a.space) - Number(b.space));
  const visible = glyphs.filter((glyph) => !glyph.space);
  const pieces: string[] = [];
  let right = -Infinity;
  let next = 0;
  for (const glyph of glyphs) {
    if (glyph.space) {
      while (next < visible.length && visible[next]!.x < glyph.x - glyph.height * 0.1) next++;
      const following = visible[next];
      const covered = right > glyph.x + glyph.height * 0.1 || (following !== undefined && following.x < glyph.x + glyph.width - glyph.height * 0.1);
      if (!covered && pieces.length > 0 && pieces[pieces.length - 1] !== ' ') pieces.push(' ');
      continue;
    }
    // a gap of a whole character is a space the PDF drew as distance, not as a glyph
    if (pieces.length > 0 && glyph.x - right > glyph.height * 0.9 && pieces[pieces.length - 1] !== ' ') pieces.push(' ');
    pieces.push(glyph.char);
    right = Math.max(right, glyph.x + glyph.width);
  }
  return pieces.join('').trim();
}

// Cells of a table row are apart by their padding (LibreOffice: 2 × 0.1 cm, Word: 2 × 0.19 cm), at
// least about half a character; inside a cell, "到 2025 年" has gaps of a fifth of one.
const SEGMENT_GAP = 0.45;

/** Groups a page's text items into visual lines, top to bottom, each read left to right. */
export function linesOfPage(items: PdfTextItem[], page: number): PdfLine[] {
  const glyphs: Glyph[] = [];
  for (const item of items) if (item.str !== '' && item.transform.length >= 6) addGlyphs(item, glyphs);
  glyphs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: Glyph[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = lineText(current);
    if (text !== '') {
      // lineText sorted the glyphs by x
      const visible = current.filter((glyph) => !glyph.space);
      let height = 0;
      let right = -Infinity;
      let gapped = false;
      for (const glyph of visible) {
        gapped ||= right > -Infinity && glyph.x - right > glyph.height * SEGMENT_GAP;
        height = Math.max(height, glyph.height);
        right = Math.max(right, glyph.x + glyph.width);
      }
      // pieces only for lines with a wide gap: holding every line's glyphs costs ~10 % of the reader's time
      lines.push({ text, x: visible[0]!.x, y: current[0]!.y, height, page, right, segments: gapped ? cutSegments(current) : undefined });
    }
    current = [];
  };
  for (const glyph of glyphs) {
    const lineY = current[0]?.y;
    // same baseline within a third of the type size (superscripts and mixed fonts stay on the line)
    if (lineY !== undefined && Math.abs(lineY - glyph.y) > Math.min(current[0]!.height, glyph.height) * 0.35) flush();
    current.push(glyph);
  }
  flush();
  return lines;
}

/** A line's glyphs (sorted by x) cut at wide gaps into the pieces a table's cells contribute to it. */
function cutSegments(glyphs: Glyph[]): Segment[] {
  const segments: Segment[] = [];
  let group: Glyph[] = [];
  let left = Infinity;
  let right = -Infinity;
  const flush = () => {
    const text = lineText(group).replace(UNMAPPED, '').trim();
    if (text !== '') segments.push({ text, left, right });
    group = [];
    left = Infinity;
    right = -Infinity;
  };
  for (const glyph of glyphs) {
    const { space } = glyph;
    if (!space && right > -Infinity && glyph.x - right > glyph.height * SEGMENT_GAP) flush();
    group.push(glyph);
    if (!space) {
      left = Math.min(left, glyph.x);
      right = Math.max(right, glyph.x + glyph.width);
    }
  }
  flush();
  return segments;
}

/** A line's pieces between wide gaps, left to right (one piece for a line without a wide gap). */
export function lineSegments(line: PdfLine): Segment[] {
  return line.segments ?? [{ text: line.text, left: line.x, right: line.right ?? line.x + line.text.length * line.height }];
}

function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

function isPageNumber(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 16 && PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}

/**
 * Drops running headers and footers (the same text, digits aside, at the top or bottom of most
 * pages) and page numbers at a page's top or bottom edge.
 */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edges = (lines: PdfLine[]) => ({ top: lines.slice(0, EDGE_LINES), bottom: lines.slice(-EDGE_LINES) });
  const counts = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  for (const lines of pages) {
    const edge = edges(lines);
    for (const side of ['top', 'bottom'] as const) {
      for (const key of new Set(edge[side].map((line) => furnitureKey(line.text)))) {
        counts[side].set(key, (counts[side].get(key) ?? 0) + 1);
      }
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * FURNITURE_SHARE));
  return pages.map((lines) => {
    const edge = edges(lines);
    const drop = new Set<PdfLine>();
    for (const side of ['top', 'bottom'] as const) {
      for (const line of edge[side]) {
        if (pages.length >= 2 && (counts[side].get(furnitureKey(line.text)) ?? 0) >= needed) drop.add(line);
      }
    }
    const first = lines.find((line) => !drop.has(line));
    const last = [...lines].reverse().find((line) => !drop.has(line));
    for (const line of [first, last]) if (line && isPageNumber(line.text)) drop.add(line);
    return lines.filter((line) => !drop.has(line));
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The body's left edge: the most common line start (a two-character indent is measured from it). */
function leftEdge(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [x, count] of counts) {
    if (count > bestCount || (count === bestCount && x < best)) {
      best = x;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The rows of work-list tables in place of their lines, and one paragraph block per other visual
 * line; paragraphStart after a larger gap or at an indent (measured on the lines outside tables).
 */
export function linesToBlocks(pages: PdfLine[][]): Block[] {
  const all = pages.flat();
  const tables = findTables(all, lineSegments);
  const inTable = new Uint8Array(all.length);
  for (const table of tables) inTable.fill(1, table.start, table.end);
  const prose = all.filter((_, index) => inTable[index] === 0);
  const left = leftEdge(prose);
  const pitches: number[] = [];
  for (let i = 1; i < all.length; i++) {
    if (inTable[i] === 1 || inTable[i - 1] === 1 || all[i]!.page !== all[i - 1]!.page) continue;
    const pitch = all[i - 1]!.y - all[i]!.y;
    if (pitch > 0 && pitch < all[i]!.height * 4) pitches.push(pitch);
  }
  const pitch = median(pitches);
  const blocks: Block[] = [];
  let table = 0;
  for (let index = 0; index < all.length; index++) {
    if (tables[table]?.start === index) {
      for (const row of tables[table]!.rows) blocks.push(row);
      index = tables[table++]!.end - 1;
      continue;
    }
    const line = all[index]!;
    const before = all[index - 1];
    const above = before !== undefined && before.page === line.page ? before.y - line.y : null;
    const gap = pitch !== null && above !== null && above > pitch * 1.35;
    // "　　为认真贯彻…": two characters of indent (more for a centred title, also a start)
    const indent = line.x - left >= line.height * 1.5;
    blocks.push({
      kind: 'paragraph',
      content: located(line.text, index + 1, line.page),
      paragraphStart: gap || indent || undefined,
    });
  }
  return blocks;
}

/** Strips glyphs that have no Unicode mapping; the count goes into a garbled-text diagnostic. */
function stripUnmapped(lines: PdfLine[]): { lines: PdfLine[]; removed: number } {
  let removed = 0;
  const kept: PdfLine[] = [];
  for (const line of lines) {
    const text = line.text.replace(UNMAPPED, () => {
      removed++;
      return '';
    });
    if (text.trim() !== '') kept.push({ ...line, text: text.trim() });
  }
  return { lines: kept, removed };
}

function loadError(error: unknown, file: string): PlanExtractError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (name === 'PasswordException') {
    return new PlanExtractError('E_ENCRYPTED_PDF', 'the PDF is password-protected', { file, cause: error });
  }
  return new PlanExtractError('E_CORRUPT_PDF', `the PDF cannot be read: ${message}`, { file, cause: error });
}

// What pdf.js may inflate for one document: real PDFs inflate to a few times their size (the corpus
// PDFs 2.8-3.1x; images are never decoded for text), so 32 times the file, at least 32 MiB and at
// most limits.maxUncompressedBytes.
const INFLATE_RATIO = 32;
const INFLATE_FLOOR = 32 * 1024 * 1024;

function tooMuchInflated(budget: InflateBudget, file: string): PlanExtractError {
  return new PlanExtractError('E_TOO_LARGE', `the PDF's compressed streams inflate past ${budget.limit} bytes (a decompression bomb?)`, { file });
}

export async function readPdf(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
  const limit = Math.min(context.limits.maxUncompressedBytes, Math.max(INFLATE_FLOOR, INFLATE_RATIO * bytes.byteLength));
  const budget = new InflateBudget(limit);
  return withInflateBudget(budget, () => readBudgeted(bytes, context, budget));
}

async function readBudgeted(bytes: Uint8Array, context: ReaderContext, budget: InflateBudget): Promise<ReadResult> {
  const { pdfParse: { PDFParse }, worker, cMapUrl } = await loadPdfRuntime();
  const parser = new PDFParse({
    // pdf.js takes ownership of (transfers) the array it is given: hand it a copy
    data: bytes.slice(),
    // no JavaScript from the file, no fonts or files fetched from anywhere but our own cmaps
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    cMapUrl,
    cMapPacked: true,
    verbosity: 0,
    worker: worker as never,
  }) as unknown as PdfLoader;
  try {
    let document: PdfDocument;
    try {
      document = await parser.load();
    } catch (error) {
      throw budget.exceeded ? tooMuchInflated(budget, context.file) : loadError(error, context.file);
    }
    if (budget.exceeded) throw tooMuchInflated(budget, context.file);
    const pageCount = document.numPages;
    if (pageCount > context.limits.maxPages) {
      throw new PlanExtractError('E_TOO_LARGE', `${pageCount} pages is over the limit of ${context.limits.maxPages}`, {
        file: context.file,
      });
    }
    const diagnostics: Diagnostic[] = [];
    const pages: PdfLine[][] = [];
    const garbled: { page: number; removed: number }[] = [];
    const empty: number[] = [];
    for (let number = 1; number <= pageCount; number++) {
      let items: unknown[];
      try {
        const page = await document.getPage(number);
        items = (await page.getTextContent()).items;
        page.cleanup();
      } catch (error) {
        if (budget.exceeded) throw tooMuchInflated(budget, context.file);
        throw new PlanExtractError('E_CORRUPT_PDF', `page ${number} cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
          file: context.file,
          cause: error,
        });
      }
      // pdf.js skips a stream that fails and goes on: the budget, not an error, says it was a bomb
      if (budget.exceeded) throw tooMuchInflated(budget, context.file);
      const raw = linesOfPage(items.filter(isTextItem), number);
      const { lines, removed } = stripUnmapped(raw);
      if (removed > 0) garbled.push({ page: number, removed });
      if (raw.length === 0) empty.push(number);
      pages.push(lines);
    }
    if (empty.length === pageCount) {
      throw new PlanExtractError('E_NO_TEXT_LAYER', `no text layer on any of ${pageCount} pages: OCR is needed`, {
        file: context.file,
      });
    }
    const blocks = linesToBlocks(dropFurniture(pages));
    if (blocks.length === 0) {
      throw new PlanExtractError('E_NO_TEXT_LAYER', `the text of all ${pageCount} pages has no Unicode mapping: OCR is needed`, {
        file: context.file,
      });
    }
    const lineOnPage = (page: number): number =>
      blocks.find((block) => (block.content.marks[0]?.page ?? 0) >= page)?.content.marks[0]?.line ?? blocks.length;
    for (const { page, removed } of garbled) {
      const line = lineOnPage(page);
      diagnostics.push({
        severity: 'warning',
        code: 'garbled-text',
        message: `page ${page}: ${removed} glyph${removed === 1 ? ' has' : 's have'} no Unicode mapping and ${removed === 1 ? 'was' : 'were'} left out`,
        span: { startLine: line, endLine: line, page },
      });
    }
    for (const page of empty) {
      const line = lineOnPage(page);
      diagnostics.push({
        severity: 'warning',
        code: 'no-text-layer',
        message: `page ${page} has no text layer (a scanned page?): its content is missing; OCR is needed`,
        span: { startLine: line, endLine: line, page },
      });
    }
    return { format: 'pdf', encoding: null, pages: pageCount, blocks, diagnostics };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

// Work-list tables (工作清单) in a PDF, found from positions alone: a PDF has no table structure,
// only text drawn at x/y. A header line ("序号  工作任务  具体措施  责任单位  完成时限") whose pieces
// sit apart in ≥ 3 columns and read as work-list headers (text/table-header.ts's vocabulary) opens a
// table. The lines below it are read in three steps, each one pass:
//   1. the body: lines up to the first one that cannot be in the table (a paragraph as wide as the
//      table, a non-number in the 序号 column, a large gap); headers repeated at page tops skipped;
//      each column's left edge learnt from the pieces under its header (a centred header sits to
//      the right of its left-aligned cells);
//   2. bands: lines between row gaps (larger than the lines' pitch inside a cell) and page breaks;
//   3. rows: a band with a 序号 number starts a row (a second number in one band starts another),
//      a band without one goes on with the row above (a row broken by a page, or a cell of two
//      paragraphs), a line of one cell across the columns ("一、强化体系建设") is a category row.
// Cells are vertically centred or top-aligned alike: a band holds the whole row either way.
//
// The reader (pdf.ts) owns the glyph geometry: it hands us each line's pieces (`Segment`s, the text
// between gaps of about half a character) through `segmentsOf`, so this module never sees glyphs.
// The header wording is text/table-header.ts's, so one table of header words decides what a
// work list is for every reader.
import { headerRoles } from '../text/table-header.js';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from '../document/block.js';
import type { PdfLine } from './pdf.js';

/** A run of a line's text with no wide gap inside: one cell's share of a visual line. */
export interface Segment {
  text: string;
  left: number;
  right: number;
}

/** Table rows that replace the lines [start, end) of the reader's line list. */
export interface FoundTable {
  start: number;
  end: number;
  rows: Block[];
}

export type SegmentsOf = (line: PdfLine) => Segment[];

interface Column {
  left: number;
  right: number;
}

interface Header {
  columns: Column[];
  cells: LocatedText[];
  /** index of the 序号 column, -1 without one */
  serial: number;
  /** the header's lines, squeezed: the same line again (at a page top) is the header repeated */
  repeats: Set<string>;
  start: number;
  end: number;
}

interface Part {
  text: string;
  line: number;
  page: number;
}

interface RowDraft {
  cells: Part[][];
  /** a merged cell across columns ("一、强化体系建设"): a category row of one cell */
  category: boolean;
}

const MIN_COLUMNS = 3;
// header cells are short; a longer line is body text with spaces in it
const HEADER_CELL_MAX = 12;
// a header cell that wraps continues on the next line with a short piece ("完成" / "时限")
const HEADER_WRAP_MAX = 6;
const HEADER_BAND_LINES = 2;
// lines of one cell are about a line height apart; a row gap is larger, a gap of more ends the table
const LINE_STEP = 1.6;
const ROW_GAP = 1.25;
const TABLE_GAP = 3;
// a merged cell wider than this share of the table is a paragraph after the table
const PARAGRAPH_SHARE = 0.6;
// "1", "12", "一", "（三）", "2." — what a 序号 cell holds
const SERIAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)])[、.．]?$/;

// a category row's text: "一、提升政务服务效能", "（二）优化市场准入环境"
const CATEGORY = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\S/;

const squeeze = (text: string) => text.replace(/\s+/g, '');

function overlap(a: Column, b: Column): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

/** Lines next to the header line that continue its wrapped cells: few short pieces, no number. */
function wrapsHeader(segments: Segment[], main: Segment[]): boolean {
  return (
    segments.length > 0 &&
    segments.length < main.length &&
    segments.every((segment) => squeeze(segment.text).length <= HEADER_WRAP_MAX && !SERIAL.test(squeeze(segment.text)))
  );
}

function closeLines(upper: PdfLine, lower: PdfLine): boolean {
  return upper.page === lower.page && upper.y - lower.y > 0 && upper.y - lower.y <= Math.max(upper.height, lower.height) * LINE_STEP;
}

/** The columns when lines[index] is a work-list header (with the lines its wrapped cells take). */
function headerAt(lines: PdfLine[], index: number, segmentsOf: SegmentsOf): Header | null {
  const line = lines[index]!;
  // cheap test first: the reader writes a wide gap as a space, so a header line has ≥ 2 of them
  if ((line.text.match(/\s/g)?.length ?? 0) < MIN_COLUMNS - 1 || squeeze(line.text).length > HEADER_CELL_MAX * 8) return null;
  const main = segmentsOf(line);
  if (main.length < MIN_COLUMNS || main.some((segment) => squeeze(segment.text).length > HEADER_CELL_MAX)) return null;

  // a vertically centred header puts a wrapped cell's first line above the others ("完成" over "时限")
  const band: { segments: Segment[]; number: number }[] = [{ segments: main, number: index }];
  let start = index;
  while (start > 0 && index - start < HEADER_BAND_LINES && closeLines(lines[start - 1]!, lines[start]!)) {
    const segments = segmentsOf(lines[start - 1]!);
    if (!wrapsHeader(segments, main) || segments.some((segment) => main.some((cell) => overlap(segment, cell) > 0))) break;
    band.unshift({ segments, number: --start });
  }
  let end = index + 1;
  while (end < lines.length && end - index <= HEADER_BAND_LINES && closeLines(lines[end - 1]!, lines[end]!)) {
    const segments = segmentsOf(lines[end]!);
    if (!wrapsHeader(segments, main)) break;
    band.push({ segments, number: end++ });
  }

  // columns: pieces of the band that overlap horizontally are one header cell
  const pieces = band
    .flatMap(({ segments, number }) => segments.map((segment) => ({ segment, number })))
    .sort((a, b) => a.segment.left - b.segment.left);
  const columns: (Column & { parts: { segment: Segment; number: number }[] })[] = [];
  for (const piece of pieces) {
    const last = columns[columns.length - 1];
    if (last && overlap(piece.segment, last) > 0) {
      last.right = Math.max(last.right, piece.segment.right);
      last.parts.push(piece);
    } else columns.push({ left: piece.segment.left, right: piece.segment.right, parts: [piece] });
  }
  if (columns.length < MIN_COLUMNS) return null;
  const cells = columns.map(({ parts }) => {
    parts.sort((a, b) => a.number - b.number);
    return joinLocated(parts.map(({ segment, number }) => located(segment.text, number + 1, lines[number]!.page)));
  });
  const roles = headerRoles(cells.map((cell) => cell.text));
  if (!roles || roles.filter((role) => role !== null).length < MIN_COLUMNS) return null;
  return {
    columns: columns.map(({ left, right }) => ({ left, right })),
    cells,
    serial: roles.indexOf('serial'),
    repeats: new Set(band.map(({ number }) => squeeze(lines[number]!.text))),
    start,
    end,
  };
}

function joinParts(parts: Part[], fallback: Part): LocatedText {
  // a cell wrapped mid-word: Chinese joins with nothing, two Latin words with a space
  const pieces = parts.map((part, index) => {
    const previous = parts[index - 1]?.text ?? '';
    const space = /[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(part.text) ? ' ' : '';
    return located(space + part.text, part.line, part.page);
  });
  return pieces.length > 0 ? joinLocated(pieces) : located('', fallback.line, fallback.page);
}

function rowBlock(row: RowDraft): Block {
  const first = row.cells.flat().sort((a, b) => a.line - b.line)[0]!;
  const cells = row.cells.map((parts) => joinParts(parts, first));
  return { kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true };
}

function newRow(columns: number, category: boolean): RowDraft {
  return { cells: Array.from({ length: columns }, () => []), category };
}

/** Rows as they are made: the open row takes lines until a new one starts. */
class RowBuilder {
  readonly rows: Block[] = [];
  private row: RowDraft | null = null;

  constructor(
    private readonly width: number,
    private readonly serial: number,
  ) {}

  start(category: boolean): void {
    this.finish();
    this.row = newRow(this.width, category);
  }

  /** a data row is open (not none, not a category row) */
  hasData(): boolean {
    return this.row !== null && !this.row.category;
  }

  /** the open data row has its 序号 */
  hasNumber(): boolean {
    return this.hasData() && this.serial >= 0 && this.row!.cells[this.serial]!.length > 0;
  }

  add(entry: BodyLine, columns: number[]): void {
    if (this.row === null) this.start(false);
    const row = this.row!;
    entry.pieces.forEach((piece, index) => row.cells[columns[index]!]!.push({ text: piece.text, line: entry.number, page: entry.line.page }));
  }

  finish(): Block[] {
    if (this.row && this.row.cells.some((parts) => parts.length > 0)) this.rows.push(rowBlock(this.row));
    this.row = null;
    return this.rows;
  }
}

interface BodyLine {
  /** the reader's line number */
  number: number;
  line: PdfLine;
  pieces: Segment[];
  /** distance from the line above on the same page; null at a page top */
  gap: number | null;
  /** one cell across the columns ("一、提升政务服务效能"): a category row */
  category: boolean;
}

/** The column whose learnt left edge is the last at or left of x (edges[0] is -Infinity). */
function columnAt(edges: number[], x: number, em: number): number {
  let column = 0;
  while (column + 1 < edges.length && edges[column + 1]! <= x + em * 0.25) column++;
  return column;
}

/**
 * Lowers each column's left edge to the left end of pieces under its header: a cell's text starts
 * at the column's edge, a centred header further right. A piece reaching left over the previous
 * header is a merged cell, not evidence.
 */
function learnEdges(edges: number[], columns: Column[], pieces: Segment[]): void {
  for (const piece of pieces) {
    for (let column = 1; column < columns.length; column++) {
      if (overlap(piece, columns[column]!) > 0 && piece.left > columns[column - 1]!.right) {
        edges[column] = Math.min(edges[column]!, piece.left);
      }
    }
  }
}

/** Step 1: the table's lines, up to the first line that cannot belong to it. */
function readBody(lines: PdfLine[], header: Header, segmentsOf: SegmentsOf): { body: BodyLine[]; edges: number[]; end: number } {
  const { columns, serial } = header;
  const width = columns[columns.length - 1]!.right - columns[0]!.left;
  const edges = columns.map((column, index) => (index === 0 ? -Infinity : column.left));
  const body: BodyLine[] = [];
  let previous: PdfLine = lines[header.end - 1]!;
  let index = header.end;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    // the header again at a page top: the gap to the line after it is a page break, not a row gap
    if (header.repeats.has(squeeze(line.text))) continue;
    const em = line.height;
    const gap = line.page === previous.page ? previous.y - line.y : null;
    if (gap !== null && gap > em * TABLE_GAP) break;
    const pieces = segmentsOf(line);
    if (pieces.some((piece) => piece.right - piece.left >= width * PARAGRAPH_SHARE)) break;
    learnEdges(edges, columns, pieces);
    const first = pieces[0]!;
    const firstColumn = columnAt(edges, first.left, em);
    // a piece reaching over the next column's edge is a merged cell across columns
    const across = firstColumn + 1 < columns.length && first.right > edges[firstColumn + 1]! + em * 0.5;
    if (across && pieces.length > 1) break;
    // the first lines come before the edges are learnt: a lone "一、…" there is a category too
    const category = across || (pieces.length === 1 && CATEGORY.test(first.text));
    const number = pieces.find((piece) => columnAt(edges, piece.left, em) === serial);
    if (!category && number && !SERIAL.test(squeeze(number.text))) break;
    body.push({ number: index + 1, line, pieces, gap, category });
    previous = line;
  }
  return { body, edges, end: index };
}

/**
 * The pitch of lines inside a cell: the smallest step between two lines of one column. (Steps
 * between consecutive lines can be half that: centred cells of different heights interleave.)
 */
function cellPitch(body: BodyLine[], edges: number[]): number {
  const last = new Map<number, PdfLine>();
  let pitch = Infinity;
  for (const { line, pieces } of body) {
    for (const piece of pieces) {
      const column = columnAt(edges, piece.left, line.height);
      const above = last.get(column);
      const step = above && above.page === line.page ? above.y - line.y : 0;
      if (step >= line.height * 0.8) pitch = Math.min(pitch, step);
      last.set(column, line);
    }
  }
  return Number.isFinite(pitch) ? pitch : (body[0]?.line.height ?? 10) * 1.2;
}

/** Step 2: runs of lines between row gaps, page breaks and category lines. */
function bands(body: BodyLine[], edges: number[]): BodyLine[][] {
  const pitch = cellPitch(body, edges);
  const out: BodyLine[][] = [];
  body.forEach((entry, index) => {
    const before = body[index - 1];
    const opens =
      before === undefined ||
      entry.gap === null ||
      entry.gap > pitch * ROW_GAP ||
      entry.category !== before.category ||
      (entry.category && entry.gap > entry.line.height * LINE_STEP);
    if (opens) out.push([entry]);
    else out[out.length - 1]!.push(entry);
  });
  return out;
}

/** Step 3: bands into rows. */
function bandRows(groups: BodyLine[][], header: Header, edges: number[]): Block[] {
  const { serial } = header;
  const builder = new RowBuilder(header.columns.length, serial);
  const columnsOf = (entry: BodyLine) => entry.pieces.map((piece) => columnAt(edges, piece.left, entry.line.height));
  const numbered = (entry: BodyLine) => serial >= 0 && !entry.category && columnsOf(entry).includes(serial);
  const add = (entry: BodyLine) => builder.add(entry, columnsOf(entry));
  // Top-aligned cells put the 序号 on a row's first line, centred cells mid-row: learnt from the
  // bands that follow a row gap (a band at a page top may be the rest of the row before).
  const topAligned = groups
    .filter((band) => band[0]!.gap !== null && band.some(numbered))
    .every((band) => numbered(band[0]!));
  for (const band of groups) {
    const first = band[0]!;
    if (first.category) {
      builder.start(true);
      band.forEach(add);
      continue;
    }
    if (serial < 0) {
      // no 序号 column: a row starts where two or more columns start together
      if (!builder.hasData() || new Set(columnsOf(first)).size >= 2) builder.start(false);
      band.forEach(add);
      continue;
    }
    if (!builder.hasData()) builder.start(false);
    const number = band.findIndex(numbered);
    // lines above the band's first number: the rest of the row before when cells are top-aligned
    // (a row broken by a page), the start of the new row when they are centred
    const before = number < 0 ? band.length : topAligned ? number : 0;
    band.slice(0, before).forEach(add);
    if (number >= 0 && !topAligned && builder.hasNumber()) builder.start(false);
    for (const entry of band.slice(before)) {
      // a second number in one band: rows with no gap between them
      if (numbered(entry) && builder.hasNumber()) builder.start(false);
      add(entry);
    }
  }
  return builder.finish();
}

/**
 * Every work-list table among the reader's lines (in reading order, across pages). Line numbers in
 * the rows' marks are the reader's: index + 1. One pass: a table's lines are read once, and other
 * lines are only tested for a header, most by their space count.
 */
export function findTables(lines: PdfLine[], segmentsOf: SegmentsOf): FoundTable[] {
  const tables: FoundTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    const header = headerAt(lines, index, segmentsOf);
    if (!header || header.start < (tables[tables.length - 1]?.end ?? 0)) continue;
    const { body, edges, end } = readBody(lines, header, segmentsOf);
    const rows = bandRows(bands(body, edges), header, edges);
    if (rows.length === 0) continue;
    const head: Block = { kind: 'table-row', content: joinLocated(header.cells, '\t'), cells: header.cells, paragraphStart: true };
    tables.push({ start: header.start, end, rows: [head, ...rows] });
    index = end - 1;
  }
  return tables;
}

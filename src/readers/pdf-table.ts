// Work-list tables (工作清单) in a PDF, found from positions alone: a PDF has no table structure,
// only text drawn at x/y. A header line ("序号  工作任务  具体措施  责任单位  完成时限") whose pieces
// sit apart in ≥ 3 columns and read as work-list headers (outline/table.ts's vocabulary) fixes the
// columns; each following line's pieces go to the column they overlap, and the wrapped lines of a
// cell are joined. A row starts at a new number in the 序号 column (or, with no 序号 column, when
// several columns restart after a gap); a header repeated at the top of a page is skipped and a row
// broken by a page goes on. The table ends at a line that cannot be a row: a wide paragraph, a
// non-number in the 序号 column, a large gap.
//
// The reader (pdf.ts) owns the glyph geometry: it hands us each line's pieces (`Segment`s, the text
// between gaps of about half a character) through `segmentsOf`, so this module never sees glyphs.
import { headerColumns } from '../outline/table.js';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from './block.js';
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
  /** the header's lines, squeezed: the same line at a page top is the header repeated */
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

const squeeze = (text: string) => text.replace(/\s+/g, '');

function overlap(a: Column, b: Column): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

/** The column a piece overlaps most; when it overlaps none, the nearest. */
function columnOf(segment: Segment, columns: Column[]): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, index) => {
    const score = overlap(segment, column);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
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
  const found = headerColumns({ kind: 'table-row', content: joinLocated(cells, '\t'), cells });
  if (!found || found.roles.filter((role) => role !== null).length < MIN_COLUMNS) return null;
  return {
    columns: columns.map(({ left, right }) => ({ left, right })),
    cells,
    serial: found.roles.indexOf('serial'),
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

function pushRow(rows: Block[], row: RowDraft | null): void {
  if (row && row.cells.some((parts) => parts.length > 0)) rows.push(rowBlock(row));
}

/** The body rows under a header, up to the first line that cannot belong to the table. */
function readRows(lines: PdfLine[], header: Header, segmentsOf: SegmentsOf): { rows: Block[]; end: number } {
  const { columns, serial } = header;
  const width = columns[columns.length - 1]!.right - columns[0]!.left;
  const rows: Block[] = [];
  let row: RowDraft | null = null;
  let previous: PdfLine = lines[header.end - 1]!;
  let pitch = Infinity;
  let index = header.end;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const part = (text: string): Part => ({ text, line: index + 1, page: line.page });
    if (header.repeats.has(squeeze(line.text))) {
      previous = line;
      continue;
    }
    const em = line.height;
    const gap = line.page === previous.page ? previous.y - line.y : null;
    if ((gap !== null && gap > em * TABLE_GAP) || line.x < columns[0]!.left - em * 1.5) break;
    const placed = segmentsOf(line).map((segment) => ({ segment, column: columnOf(segment, columns) }));
    // a piece reaching into the next column's header is a merged cell across columns
    const across = placed.find(({ segment, column }) => column + 1 < columns.length && segment.right > columns[column + 1]!.left + em * 0.5);
    if (across) {
      if (placed.length > 1 || across.segment.right - across.segment.left >= width * PARAGRAPH_SHARE) break;
      // "一、强化体系建设" as one cell across the table, possibly wrapped
      if (!(row?.category && gap !== null && gap <= em * LINE_STEP)) {
        pushRow(rows, row);
        row = newRow(columns.length, true);
      }
      row.cells[across.column]!.push(part(across.segment.text));
      previous = line;
      continue;
    }
    const number = placed.find(({ column }) => column === serial);
    if (number && !SERIAL.test(squeeze(number.segment.text))) break;
    const filled = new Set(placed.map(({ column }) => column)).size;
    // a new row: a new number in the 序号 column, or (with no 序号 column) columns restarting after a gap
    if (
      row === null ||
      row.category ||
      (number !== undefined && row.cells[serial]!.length > 0) ||
      (serial < 0 && gap !== null && gap > pitch * ROW_GAP && filled >= 2)
    ) {
      pushRow(rows, row);
      row = newRow(columns.length, false);
    }
    for (const { segment, column } of placed) row.cells[column]!.push(part(segment.text));
    if (gap !== null && gap > 0) pitch = Math.min(pitch, gap);
    previous = line;
  }
  pushRow(rows, row);
  return { rows, end: index };
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
    const { rows, end } = readRows(lines, header, segmentsOf);
    if (rows.length === 0) continue;
    const head: Block = { kind: 'table-row', content: joinLocated(header.cells, '\t'), cells: header.cells, paragraphStart: true };
    tables.push({ start: header.start, end, rows: [head, ...rows] });
    index = end - 1;
  }
  return tables;
}

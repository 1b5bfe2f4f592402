// Work-list tables laid out as text, whatever the format they came in (a .txt, markdown, or the
// paragraphs a docx/html/pdf reader left where a table was flattened). Runs after width
// normalisation and before spacing and reflow (reflow would join one-cell-per-line tables into
// paragraphs, spacing would remove the spaces that separate cells). The families:
//   one cell per line or per paragraph   "序号\n指标\n工作任务\n…\n1\n公共文化服务\n…"
//   one cell per line ending in " |"     "序号 |\n工作任务 |\n…"
//   whole rows between bars              "| 1 | 推进一网通办 | 县数据局 | 6月底前 |"
//   rows whose cells are apart by spaces "序号 重点任务 牵头  领导 牵头  责任单位 …"
//   key–value tables                     "重点工作: | 135.统筹… |\n牵头单位: | 市城管局 |" (key-value-tables.ts)
// The header is found by its words (text/table-header.ts) and fixes the columns; a row starts at
// its 序号 (or at a line between bars); the pieces of a row go to columns by content (cell-fit.ts);
// the table ends where prose resumes. Rows become table-row blocks whose cells match the header.
// Tables a reader already found are mended the same way (reader-tables.ts).
import type { Block } from '../document/block.js';
import { cellShape } from '../text/cell-shape.js';
import { joinLocated, sliceLocated, type LocatedText } from '../text/located.js';
import { parseMarker } from '../text/markers.js';
import { headerCellGroups, headerWordRole, type ColumnRole } from '../text/table-header.js';
import { fitRow, fittedCells, RowFit, type Piece } from './cell-fit.js';
import { colonTable, COLON_ENTRY, keyValueCells, keyValueTable, type TableFound } from './key-value-tables.js';
import { isPageMark } from './pagemarks.js';
import { readerTable } from './reader-tables.js';
import { displayWidth } from './reflow.js';
import {
  BAR,
  barCells,
  GAP,
  headerCells,
  isLabel,
  isParagraph,
  piece,
  slices,
  tableRow,
  unbarred,
  workListRoles,
  type Header,
} from './table-text.js';

const RESPONSIBLE_ROLES: ReadonlySet<ColumnRole | null> = new Set(['lead', 'support', 'units', 'persons', 'deadline']);

// ---- headers ----------------------------------------------------------------------------------

const SERIAL_WORD = /^(?:序号|编号|序)$/;

/** "序号 重点任务 牵头  领导 …" or "| 序号 | 工作任务 | … |": a header in one block. */
function rowHeader(block: Block): { header: Header; barred: boolean } | null {
  const text = block.content.text;
  if (text.length > 240) return null;
  const barred = BAR.test(text);
  const pieces = barred ? barCells(block.content) : slices(block.content, GAP);
  if (pieces.length < 3 || (!barred && !SERIAL_WORD.test(pieces[0]!.text.replace(/\s/g, '')))) return null;
  const groups = barred ? pieces.map((_, index) => [index]) : headerCellGroups(pieces.map((cell) => cell.text));
  const cells = headerCells(pieces, groups);
  const roles = workListRoles(cells.map((cell) => cell.text));
  if (!roles) return null;
  const starts = barred ? undefined : displayStarts(text, cells.map((cell) => cell.text));
  return { header: { cells, roles, starts, singleSpaced: !barred && isSingleSpaced(text) }, barred };
}

/** The display column where each of `words` starts in `line` (searched in order), or undefined. */
function displayStarts(line: string, words: readonly string[]): number[] | undefined {
  const starts: number[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = line.indexOf(word.slice(0, 1), cursor);
    if (at < 0) return undefined;
    starts.push(displayWidth(line.slice(0, at)));
    cursor = at + 1;
  }
  return starts;
}

// A header cell on a line of its own: a header word, a bracketed continuation "(单位)", or a
// qualifier or head noun that a broken cell leaves ("牵头" / "领导").
function headerPieceOf(block: Block): LocatedText | null {
  const cell = unbarred(block.content);
  const text = cell.text.replace(/\s/g, '');
  // "一、健全安全生产责任体系 |" names 责任, but a marker opens a row's cell, not a column's name
  if (text === '' || text.length > 20 || /[。；，]/.test(text) || parseMarker(text) !== null) return null;
  return cell;
}

/** "序号\n指标\n工作任务\n…": a header one cell per line (or per paragraph); `end` is past it. */
function cellHeader(blocks: Block[], start: number): { header: Header; end: number } | null {
  const first = blocks[start]!;
  if (!SERIAL_WORD.test(unbarred(first.content).text.replace(/\s/g, ''))) return null;
  const pieces: LocatedText[] = [];
  let end = start;
  let lastKnown = start;
  // the first row's 序号 ends the header: the unknown words right before it name columns too
  // ("… / 目前完成情况 / 是否达到序时进度 / 1"); where no 序号 follows, the header ends at its last known word
  let atSerial = false;
  while (isParagraph(blocks[end]) && end - start < 24) {
    const cell = headerPieceOf(blocks[end]!);
    if (end > start && cell && cellShape(cell.text).serial) atSerial = true;
    if (!cell || atSerial) break;
    const known = headerWordRole(cell.text) !== null || /^[（(]/.test(cell.text);
    if (known) lastKnown = end;
    else if (end - lastKnown > 2) break;
    pieces.push(cell);
    end++;
  }
  const kept = atSerial ? pieces : pieces.slice(0, lastKnown - start + 1);
  const groups = headerCellGroups(kept.map((cell) => cell.text));
  const cells = headerCells(kept, groups);
  const roles = workListRoles(cells.map((cell) => cell.text));
  return roles ? { header: { cells, roles }, end: start + kept.length } : null;
}

// ---- rows -------------------------------------------------------------------------------------

interface Layout {
  /** the pieces one block gives */
  pieces(block: Block, header: Header): Piece[];
  /** rows are lines between bars: each such line is a row, a line without a bar ends the table */
  barred: boolean;
}

// "市安委办 |", and "1.制定…。 | 市安委办 | 1月20日前 |" where a converter put a row's cells on one line
const CELL_LAYOUT: Layout = {
  pieces: (block) => (BAR.test(block.content.text) ? barCells(block.content).filter((cell) => cell.text !== '') : [unbarred(block.content)]).map((cell) => piece(cell, true)),
  barred: false,
};
const SPACED_LAYOUT: Layout = { pieces: (block, header) => spacedPieces(block.content, header.singleSpaced === true), barred: false };
const BARRED_LAYOUT: Layout = {
  pieces: (block) => barCells(block.content).map((text, index) => piece(text, index === 0)),
  barred: true,
};

/** Whether the cells of a header line are apart by exactly one space (or tab) each. */
function isSingleSpaced(line: string): boolean {
  const runs = [...line.trim().matchAll(GAP)];
  return runs.length >= 2 && runs.every((run) => run[0].length === 1);
}

/**
 * The pieces of a line whose cells are apart by spaces. Where the header's cells are apart by one
 * space, so are the row's: a longer run writes the empty cells between ("2  严守用水": a merged 类别).
 */
function spacedPieces(line: LocatedText, singleSpaced: boolean): Piece[] {
  const texts = slices(line, GAP);
  const runs = [...line.text.trimStart().matchAll(GAP)].map((run) => run[0].length);
  const pieces = texts.map((text, index) => ({ ...piece(text, index === 0), gap: singleSpaced && index > 0 ? Math.max(0, (runs[index - 1] ?? 1) - 1) : 0 }));
  return mergeNames(pieces);
}

// "汪  峰": a name whose characters a table's layout put apart is one piece (unless the spaces
// write an empty cell between)
function mergeNames(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const next of pieces) {
    const last = out[out.length - 1];
    if (last && !next.gap && /^[\u4e00-\u9fff]$/.test(last.text.text) && /^[\u4e00-\u9fff]{1,2}$/.test(next.text.text)) {
      out[out.length - 1] = { ...last, text: joinLocated([last.text, next.text]) };
    } else {
      out.push(next);
    }
  }
  return out;
}

// "一、强化体系建设" on a line of its own between rows: a category row
const CATEGORY_LINE = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])[^。；]{1,30}$/;
const CN_SERIAL = /^(?:[一二三四五六七八九十]{1,3}[、．.]?|[（(][一二三四五六七八九十]{1,3}[）)])$/;
// where prose resumes after a table: an attachment, a note, a heading of the outline
const PROSE_AGAIN = /^(?:附件|附表|注[：:]|说明[：:]|备注[：:]|抄送|联系人)/;
// "1、推进…" in a one-cell-per-line table: the serial and the first cell on one line
const SERIAL_AND_CELL = /^(\d{1,3})[、.．]\s*(?=\S)/;
/** a row's pieces, at most: past that the "row" is prose that happened to fit */
const MAX_PIECES = 48;
/** what one more piece may add to a row's fit before it is taken for text after the table */
const FIT_LIMIT = 1;

interface Draft {
  pieces: Piece[];
  /** pieces of indented continuation lines, placed under the header cell they stand below */
  anchored: { column: number; text: LocatedText }[];
  /** the fit of the pieces so far; null for a category row */
  fit: RowFit | null;
  cost: number;
  /** sub-rows without a 序号 of their own: their cells join the row's ("开工建设老年大学。 / 12月底前") */
  subRows: Draft[];
}

interface RowReader {
  header: Header;
  layout: Layout;
  drafts: Draft[];
  /** the last 序号 read (null before the first row): a row starts at a larger one, not far past it */
  lastSerial: number | null;
  /** no 序号 column: a cell that opens with an outline marker ("一、…", "（一）…", "1.…") opens a row */
  markerRows?: boolean;
  /** each header cell ended in " |" (a table saved cell by cell): so does each cell of its rows */
  cellBars?: boolean;
}

/** "（一）制定工作任务清单。", "1.制定…": a cell that opens with an outline marker and goes on. */
function isMarkerCell(text: string): boolean {
  const marker = parseMarker(text.trim());
  return marker !== null && !marker.ambiguous && marker.rest.trim() !== '';
}

function arabicSerial(text: string): number | null {
  const match = /^(\d{1,3})[、.．]?$/.exec(text.replace(/\s/g, ''));
  return match ? Number(match[1]) : null;
}

/** Whether `first` (a block's first piece) opens the next row; under a category rows may count from 1 again. */
function opensRow(reader: RowReader, first: string, underCategory = false): boolean {
  if (reader.layout.barred) return true;
  if (reader.markerRows) return isMarkerCell(first);
  if (reader.header.roles[0] !== 'serial') return false;
  const serial = arabicSerial(first);
  if (serial !== null) return nextSerial(reader, serial, underCategory);
  return CN_SERIAL.test(first.replace(/\s/g, ''));
}

/** A work list may show rows 81, 85, 87 of a longer list, but its numbers rise. */
function nextSerial(reader: RowReader, serial: number, underCategory = false): boolean {
  const last = reader.lastSerial;
  if (last === null) return serial >= 1;
  if (underCategory) return serial >= 1 && serial <= last + 30;
  return serial > last && serial <= last + 30;
}

function piecesOf(reader: RowReader, block: Block): Piece[] {
  if (reader.layout === BARRED_LAYOUT) return reader.layout.pieces(block, reader.header);
  const pieces = reader.layout.pieces(block, reader.header);
  // "|" alone between the rows of a table saved cell by cell
  if (pieces.length === 1 && pieces[0]!.text.text === '') return [];
  const [first, ...rest] = pieces;
  return first ? [...splitSerial(reader, first), ...rest] : [];
}

/** "1、推进一网通办": the 序号 and the first cell written as one, split when the number is the next one. */
function splitSerial(reader: RowReader, first: Piece): Piece[] {
  const cell = first.text;
  const match = SERIAL_AND_CELL.exec(cell.text);
  if (!match || reader.header.roles[0] !== 'serial' || cell.text.length <= match[0].length || !nextSerial(reader, Number(match[1]))) return [first];
  const lineStart = reader.layout === CELL_LAYOUT;
  return [piece(sliceLocated(cell, 0, match[1]!.length), true), piece(sliceLocated(cell, match[0].length), lineStart)];
}

function startRow(reader: RowReader, pieces: Piece[]): void {
  const first = pieces[0]!.text.text;
  const serial = arabicSerial(first);
  // "一" in the 序号 column heads a category; the rows under it may count from 1 again
  reader.lastSerial = serial ?? 0;
  const fit = new RowFit(reader.header.roles);
  pieces.forEach((entry) => fit.push(entry));
  reader.drafts.push({ pieces, anchored: [], fit, cost: fit.best()?.cost ?? 0, subRows: [] });
}

/** Whether the paragraph at `index` opens a row (after a category: rows may count from 1 again). */
function nextOpensRow(reader: RowReader, blocks: Block[], index: number, underCategory = true): boolean {
  const next = blocks[index];
  if (!isParagraph(next)) return false;
  const pieces = piecesOf(reader, next);
  return pieces.length > 0 && opensRow(reader, pieces[0]!.text.text, underCategory);
}

// the part rows a table may list in a row with no rows of their own between them
const MAX_EMPTY_PARTS = 8;

/**
 * "二、扩投资 / 三、强产业 / 四、促改革 / 68 / …": a bureau's share of a longer list names the parts it
 * has no rows in one after another; a run of part rows is the table's when a row opens after it.
 */
function rowAfterParts(reader: RowReader, blocks: Block[], index: number): boolean {
  for (let at = index; at < blocks.length && at - index <= MAX_EMPTY_PARTS; at++) {
    if (nextOpensRow(reader, blocks, at)) return true;
    const block = blocks[at];
    if (reader.layout === CELL_LAYOUT && isParagraph(block) && arabicSerial(block.content.text) !== null && taskFollows(blocks, at)) return true;
    if (!isParagraph(block) || !CATEGORY_LINE.test(block.content.text.trim())) return false;
  }
  return false;
}

/**
 * "6 / 农村常住居民… / 经管站 / 2023年底 / … / 52 / 建成高标准农田8.3万亩…": a work list showing a
 * bureau's rows of a longer list leaps on (6 → 52). In a table one cell per line, a number past the
 * usual step opens a row only when the open row is whole (its task and a unit or time cell placed)
 * or a part row, and the number stands alone before a task sentence; a count cell ("45" before
 * "完工投用") does not.
 */
function opensFarRow(reader: RowReader, blocks: Block[], index: number, pieces: Piece[]): boolean {
  if (reader.layout !== CELL_LAYOUT || reader.header.roles[0] !== 'serial' || pieces.length !== 1) return false;
  const serial = arabicSerial(pieces[0]!.text.text);
  const draft = reader.drafts[reader.drafts.length - 1];
  if (serial === null || reader.lastSerial === null || !draft) return false;
  // after a part row the leap is the rows of parts the list leaves out
  if (draft.fit) {
    const fit = draft.fit.best();
    if (serial <= reader.lastSerial || !fit || !fit.columns.some((column) => RESPONSIBLE_ROLES.has(reader.header.roles[column] ?? null))) return false;
  }
  return taskFollows(blocks, index);
}

/** Whether the paragraph after a lone number is a task sentence, not a count, unit or time cell. */
function taskFollows(blocks: Block[], index: number): boolean {
  const next = blocks[index + 1];
  if (!isParagraph(next)) return false;
  const shape = cellShape(unbarred(next.content).text);
  return !shape.short && !shape.serial && !shape.unit && !shape.deadline && shape.length >= 8;
}

// "2024年3月1日" closing the document: a date to the day, no row after it
const FULL_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** "乙县人民政府办公室" / "2024年3月1日" after the last row: the signature, not two more cells. */
function isSignature(reader: RowReader, blocks: Block[], index: number): boolean {
  const closing = (at: number) => {
    const block = blocks[at];
    return isParagraph(block) && FULL_DATE.test(block.content.text.trim()) && !nextOpensRow(reader, blocks, at + 1, false);
  };
  return closing(index) || closing(index + 1);
}

/** Tries `pieces` as the continuation of the open row; false when they are text after the table. */
function continueRow(reader: RowReader, blocks: Block[], index: number, pieces: Piece[]): boolean {
  const block = blocks[index]!;
  const draft = reader.drafts[reader.drafts.length - 1];
  if (!draft?.fit) return false;
  const text = block.content.text;
  const trimmed = text.trim();
  if (PROSE_AGAIN.test(trimmed)) return false;
  const marker = parseMarker(trimmed);
  if (marker && !marker.style.startsWith('num') && marker.style !== 'circled' && !opensPart(reader, draft, trimmed)) return false;
  if (anchorPieces(reader, draft, text, pieces)) return true;
  // "　　各单位要…": an indented paragraph is prose again
  if (/^\s{2,}/.test(text) && trimmed.length >= 20) return false;
  if (isSignature(reader, blocks, index)) return false;
  const before = draft.fit.length;
  if (before + pieces.length > MAX_PIECES) return false;
  pieces.forEach((entry) => draft.fit!.push(entry));
  const fit = draft.fit.best();
  if (!fit || fit.cost - draft.cost >= FIT_LIMIT * pieces.length) {
    draft.fit.truncate(before);
    return false;
  }
  draft.pieces.push(...pieces);
  draft.cost = fit.cost;
  return true;
}

/**
 * "1 / 一、稳增长 / 固定资产投资增长8% / …": under a 序号 column and then a category column, the part's
 * name in the outline's own words stands in the category cell of its first row; it is that cell, not
 * prose after the table.
 */
function opensPart(reader: RowReader, draft: Draft, text: string): boolean {
  const roles = reader.header.roles;
  return roles[0] === 'serial' && roles[1] === 'category' && draft.pieces.length === 1 && CATEGORY_LINE.test(text);
}

/**
 * "1       推进一网通办，提升网上    县数据局" + "        可办率": in text laid out in columns (pdftotext
 * -layout), a continuation line is indented to the column its pieces go on; each piece goes under the
 * header cell it stands below. A paragraph indented by two characters starts left of the task column.
 */
function anchorPieces(reader: RowReader, draft: Draft, line: string, pieces: Piece[]): boolean {
  const starts = reader.header.starts;
  if (!starts || starts.length < 2 || reader.layout !== SPACED_LAYOUT || !/^\s{2,}/.test(line)) return false;
  const at = displayStarts(line, pieces.map((entry) => entry.text.text));
  if (!at || at[0]! < starts[1]! - 1 || pieces.some((entry) => entry.text.text.length > 30)) return false;
  pieces.forEach((entry, index) => {
    let column = 0;
    while (column + 1 < starts.length && starts[column + 1]! <= at[index]! + 1) column++;
    draft.anchored.push({ column, text: entry.text });
  });
  return true;
}

// a word that may name a column though the vocabulary does not know it ("完成状态", "考核方式")
const HEADER_LIKE = /^[\u4e00-\u9fff（）()、]{2,12}$/;

/**
 * "序号 重点任务 具体措施 牵头单位" + "配合单位 完成时限", "序号 | 重点工作目标任务 | 责任单位 |" +
 * "进展情况 | 完成状态 |": a header wrapped onto the next line goes on. Its words are short column
 * names, most of them known, and no 序号 or marker opens the line.
 */
function continuesHeader(reader: RowReader, pieces: Piece[]): boolean {
  if (reader.layout === CELL_LAYOUT) return false;
  const words = pieces.map((entry) => entry.text);
  const known = words.filter((word) => headerWordRole(word.text) !== null && word.text.length <= 12).length;
  if (known * 2 <= words.length || !words.every((word) => HEADER_LIKE.test(word.text.replace(/\s/g, '')))) return false;
  if (parseMarker(words[0]!.text) !== null || cellShape(words[0]!.text).serial) return false;
  const cells = [...reader.header.cells, ...words];
  const roles = workListRoles(cells.map((cell) => cell.text));
  if (!roles) return false;
  reader.header.cells = cells;
  reader.header.roles = roles;
  return true;
}

/**
 * "| 2 | 发展全民健身事业 | 市体育局 | 截至9月底，… |" + "达预期 |": in rows between bars, a row short of
 * the header's cells goes on on the next line when that line opens with no 序号; a line the bars left
 * open ("| 1 | 建成区域医疗" + "中心 | 市卫健委 |") goes on in its last cell.
 */
function continuesShortRow(reader: RowReader, blocks: Block[], index: number, pieces: Piece[]): boolean {
  const draft = reader.drafts[reader.drafts.length - 1];
  const width = reader.header.roles.length;
  if (!reader.layout.barred || reader.header.roles[0] !== 'serial' || !draft?.fit || draft.pieces.length >= width) return false;
  const first = pieces[0]!.text.text.replace(/\s/g, '');
  if (arabicSerial(first) !== null || CN_SERIAL.test(first)) return false;
  const open = !/[|｜]\s*$/.test(blocks[index - 1]!.content.text);
  const added = open ? [piece(joinLocated([draft.pieces[draft.pieces.length - 1]!.text, pieces[0]!.text]), false), ...pieces.slice(1)] : pieces;
  if (draft.pieces.length - (open ? 1 : 0) + added.length > width) return false;
  if (open) {
    draft.pieces.pop();
    draft.fit.truncate(draft.pieces.length);
  }
  draft.pieces.push(...added);
  added.forEach((entry) => draft.fit!.push(entry));
  draft.cost = draft.fit.best()?.cost ?? draft.cost;
  return true;
}

// the blocks a sub-row may take before the next row opens, per column of the header
const SUB_ROW_SPAN = 2;

/**
 * "5 / 开工建设县老年养护楼。/ 县民政局 / 5月底前动工 / 开工建设老年大学。/ 12月底前 / 6 / …": a row of
 * two tasks whose merged cells (序号, 责任单位) are written once. A run of blocks that did not fit the
 * open row, that opens with a task and holds a cell of another column too, and that ends where the
 * next row opens, is a sub-row of the row above: its cells join that row's. Returns the index past it.
 */
function readSubRow(reader: RowReader, blocks: Block[], index: number): number {
  const draft = reader.drafts[reader.drafts.length - 1];
  const roles = reader.header.roles;
  if (!draft?.fit || reader.layout.barred || roles[0] !== 'serial') return index;
  const pieces: Piece[] = [];
  let end = index;
  for (; end < blocks.length && end - index < roles.length * SUB_ROW_SPAN; end++) {
    const block = blocks[end]!;
    if (!isParagraph(block) || nextOpensRow(reader, blocks, end, false)) break;
    const trimmed = block.content.text.trim();
    const marker = parseMarker(trimmed);
    if (PROSE_AGAIN.test(trimmed) || (marker && !marker.style.startsWith('num')) || isPageMark(trimmed)) return index;
    pieces.push(...piecesOf(reader, block));
  }
  if (end === index || !nextOpensRow(reader, blocks, end, false) || pieces.length < 2) return index;
  const fit = new RowFit(roles);
  pieces.forEach((entry) => fit.push(entry));
  const best = fit.best();
  const task = (column: number) => roles[column] === 'title' || roles[column] === 'text';
  if (!best || best.cost >= roles.length || !task(best.columns[0]!) || new Set(best.columns).size < 2) return index;
  draft.subRows.push({ pieces, anchored: [], fit, cost: best.cost, subRows: [] });
  return end;
}

/**
 * A block that did not fit its row but comes before the next row: it goes under the last 备注 /
 * report column, or where the row's fit puts it.
 */
function keepBetweenRows(reader: RowReader, blocks: Block[], index: number, pieces: Piece[]): boolean {
  const draft = reader.drafts[reader.drafts.length - 1];
  if (!draft?.fit || !nextOpensRow(reader, blocks, index + 1, false)) return false;
  const roles = reader.header.roles;
  const loose = roles.map((role, column) => ({ role, column })).filter(({ role }) => role === 'remark' || role === 'progress' || role === null);
  const before = draft.fit.length;
  if (loose.length === 0) {
    pieces.forEach((entry) => draft.fit!.push(entry));
    const fit = draft.fit.best();
    if (fit) {
      draft.pieces.push(...pieces);
      draft.cost = fit.cost;
      return true;
    }
    draft.fit.truncate(before);
  }
  const column = loose[loose.length - 1]?.column ?? roles.length - 1;
  pieces.forEach((entry) => draft.anchored.push({ column, text: entry.text }));
  return true;
}

/** Where a repetition of the header that starts at `index` ends (`index` when there is none). */
function repeatedHeader(reader: RowReader, blocks: Block[], index: number): number {
  const header = reader.header.cells.map((cell) => cell.text.replace(/\s/g, ''));
  const block = blocks[index]!;
  if (unbarred(block.content).text.replace(/\s/g, '') !== header[0]) {
    const again = reader.layout === CELL_LAYOUT ? null : rowHeader(block);
    const same = again?.header.cells.every((cell, column) => cell.text.replace(/\s/g, '') === header[column]);
    return same && again!.header.cells.length === header.length ? index + 1 : index;
  }
  if (reader.layout !== CELL_LAYOUT) return index;
  const found = cellHeader(blocks, index);
  return found && found.header.cells.length === header.length ? found.end : index;
}

/**
 * In a table saved cell by cell ("序号 |\n工作任务 |"), a line without its bar is a cell that goes on
 * on the next line, or the text's last line cut inside a row ("4.年初召开全市安"); else prose again.
 */
function cellWithoutBar(reader: RowReader, blocks: Block[], index: number): boolean {
  const next = blocks[index + 1];
  if (next) return isParagraph(next) && BAR.test(next.content.text);
  const pieces = piecesOf(reader, blocks[index]!);
  return pieces.length > 0 && opensRow(reader, pieces[0]!.text.text);
}

/**
 * "隐患排查 |" before "3.开展隐患大排查。 |": where markers open the rows and the header has a category
 * column, a short cell of no other kind right before a marker cell opens the next row (its category).
 */
function opensCategory(reader: RowReader, blocks: Block[], index: number, pieces: Piece[]): boolean {
  if (!reader.markerRows || !reader.header.roles.includes('category') || pieces.length !== 1) return false;
  const shape = cellShape(pieces[0]!.text.text);
  if (!shape.short || shape.unit || shape.deadline || shape.person || shape.serial) return false;
  return nextOpensRow(reader, blocks, index + 1, false);
}

// a column that holds amounts or counts: "年度投资（万元）", "资金规模", "数量（个）", "建设面积"
const NUMBER_COLUMN = /万?元|金额|投资|资金|数量|个数|人数|户数|规模|面积|[（(][个家所座套人户处亩]/;

/**
 * Whether the open row has an amount or count column still empty, so a bare "300" is its cell and no
 * page number; a number after that cell is filled stays a page number.
 */
function awaitsNumber(reader: RowReader): boolean {
  const fit = reader.drafts[reader.drafts.length - 1]?.fit?.best();
  if (!fit) return false;
  const last = Math.max(...fit.columns);
  return reader.header.cells.some((cell, column) => column > last && NUMBER_COLUMN.test(cell.text));
}

/** Reads rows from `start` on; returns the index past the table. */
function readRows(reader: RowReader, blocks: Block[], start: number): number {
  let index = start;
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (!isParagraph(block)) break;
    const trimmed = block.content.text.trim();
    // "|---|---|": a markdown delimiter row that no markdown parser read
    if (/^[|｜]?\s*:?-{3,}/.test(trimmed)) continue;
    if (reader.layout.barred && !BAR.test(trimmed)) break;
    if (reader.cellBars && !BAR.test(trimmed) && !cellWithoutBar(reader, blocks, index)) break;
    const pieces = piecesOf(reader, block);
    if (pieces.length === 0) continue;
    if (reader.drafts.length === 0 && continuesHeader(reader, pieces)) continue;
    if (continuesShortRow(reader, blocks, index, pieces)) continue;
    const first = pieces[0]!.text.text;
    if (opensRow(reader, first) || opensFarRow(reader, blocks, index, pieces)) {
      startRow(reader, pieces);
      continue;
    }
    // "- 3 -" between the rows of a flattened PDF table; "300" under 年度投资（万元） is a cell
    if (isPageMark(trimmed)) {
      if (/^\d{1,3}$/.test(trimmed) && awaitsNumber(reader)) continueRow(reader, blocks, index, pieces);
      continue;
    }
    // the header again at a page's top
    const repeated = repeatedHeader(reader, blocks, index);
    if (repeated > index) {
      index = repeated - 1;
      continue;
    }
    if (reader.header.roles[0] === 'serial' && CATEGORY_LINE.test(trimmed) && rowAfterParts(reader, blocks, index + 1)) {
      reader.drafts.push({ pieces: [piece(unbarred(block.content), true)], anchored: [], fit: null, cost: 0, subRows: [] });
      reader.lastSerial = 0;
      continue;
    }
    if (opensCategory(reader, blocks, index, pieces)) {
      startRow(reader, pieces);
      continue;
    }
    if (continueRow(reader, blocks, index, pieces)) continue;
    const subRowEnd = readSubRow(reader, blocks, index);
    if (subRowEnd > index) {
      index = subRowEnd - 1;
      continue;
    }
    // between two rows everything is the table's: a long 备注 that fits no column stays in the row
    if (!keepBetweenRows(reader, blocks, index, pieces)) break;
  }
  return index;
}

/** The cells of a drafted row under the header: as the bars gave them, or fitted by content. */
function draftCells(draft: Draft, header: Header, exact: boolean): LocatedText[] {
  const roles = header.roles;
  if (!draft.fit) return [draft.pieces[0]!.text];
  const texts = draft.pieces.map((entry) => entry.text);
  if (exact && texts.length === roles.length) return texts;
  const fit = draft.fit.best();
  if (!fit) return texts;
  const cells = fittedCells(draft.pieces, roles, fit);
  for (const { column, text } of draft.anchored) {
    const cell = cells[column]!;
    // "县卫健局" under "县医保局" in a units column is one more unit; "可办率" under "…提升网上" goes on
    const role = roles[column];
    const listed = role === 'lead' || role === 'support' || role === 'units' || role === 'persons';
    const list = listed && cell.text !== '' && cellShape(cell.text).unit && cellShape(text.text).unit;
    cells[column] = cell.text === '' ? text : joinLocated([cell, text], list ? '、' : '');
  }
  for (const sub of draft.subRows) {
    draftCells(sub, header, false).forEach((text, column) => {
      const cell = cells[column]!;
      if (text.text === '') return;
      cells[column] = cell.text === '' ? text : joinLocated([cell, text], subRowSeparator(roles[column] ?? null, cell.text));
    });
  }
  return cells;
}

/** How a sub-row's cell joins the row's: one more unit, a second time limit, one more sentence. */
function subRowSeparator(role: ColumnRole | null, cell: string): string {
  if (role === 'lead' || role === 'support' || role === 'units' || role === 'persons') return '、';
  if (role === 'deadline') return '；';
  return /[。；！？]$/.test(cell) ? '' : '；';
}

function tableBlocks(header: Header, drafts: Draft[], exact: boolean): Block[] {
  return [tableRow(header.cells), ...drafts.map((draft) => tableRow(draftCells(draft, header, exact)))];
}

/** "重点任务\n责任单位\n完成时限": a header one cell per line without a 序号 column. */
function plainCellHeader(blocks: Block[], start: number): { header: Header; end: number; cellBars: boolean } | null {
  const pieces: LocatedText[] = [];
  let end = start;
  while (isParagraph(blocks[end]) && end - start < 12) {
    const cell = headerPieceOf(blocks[end]!);
    if (!cell || (headerWordRole(cell.text) === null && !/^[（(]/.test(cell.text))) break;
    pieces.push(cell);
    end++;
  }
  const cells = headerCells(pieces, headerCellGroups(pieces.map((cell) => cell.text)));
  const roles = workListRoles(cells.map((cell) => cell.text));
  if (!roles || roles.includes('serial')) return null;
  const cellBars = blocks.slice(start, end).every((block) => /[|｜]\s*$/.test(block.content.text));
  return { header: { cells, roles }, end, cellBars };
}

/**
 * "重点任务\n责任单位\n完成时限\n推进一网通办\n县数据局\n6月底前\n…": one cell per line without a 序号
 * column. Nothing marks where a row starts, so rows are taken whole: as many cells as the header,
 * each fitting its own column; the first group that does not ends the table. When the first cell
 * opens with an outline marker, the markers delimit the rows (markerCellRows).
 */
function plainCellTable(blocks: Block[], start: number): TableFound | null {
  const found = plainCellHeader(blocks, start);
  if (!found) return null;
  const { header } = found;
  // "工作类别 |" over "责任体系 |\n1.制定…": the outline may open in the second column, under a category
  const marked = blocks.slice(found.end, found.end + header.cells.length).findIndex((block) => isParagraph(block) && isMarkerCell(unbarred(block.content).text));
  if (marked >= 0 && marked < header.roles.length - 1) return markerCellRows(blocks, found);
  const roles = header.roles;
  const width = header.cells.length;
  const rows: Block[] = [];
  let end = found.end;
  for (; end + width <= blocks.length; end += width) {
    const group = blocks.slice(end, end + width);
    if (!group.every(isParagraph)) break;
    const row = group.map((block) => piece(unbarred(block.content), true));
    const fit = fitRow(row, roles);
    if (!fit || fit.columns.some((column, index) => column !== index) || fit.cost >= width) break;
    rows.push(tableRow(row.map((entry) => entry.text)));
  }
  return rows.length ? { rows: [tableRow(header.cells), ...rows], end } : null;
}


/**
 * "主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n一、加强… |\n||||\n（一）制定工作任务清单。 |\n
 * 1.制定…。 |\n市安委办 |\n1月20日前 |\n|": no 序号 column, the outline lives in the cells. Each cell that
 * opens with an outline marker opens a row; the cells after it, up to the next, are that row's, placed
 * by content (empty cells "|", "||||" hold nothing; a merged cell is simply not written). It is a
 * table only when some row has a cell of a unit or time column.
 */
function markerCellRows(blocks: Block[], found: { header: Header; end: number; cellBars: boolean }): TableFound | null {
  const reader: RowReader = { header: found.header, layout: CELL_LAYOUT, drafts: [], lastSerial: null, markerRows: true, cellBars: found.cellBars };
  // the cells before the first marker cell (a category) are a row of their own
  const first = blocks[found.end];
  const opening = isParagraph(first) ? piecesOf(reader, first) : [];
  if (opening.length > 0 && !opensRow(reader, opening[0]!.text.text)) startRow(reader, opening);
  const end = readRows(reader, blocks, reader.drafts.length ? found.end + 1 : found.end);
  const rows = tableBlocks(found.header, reader.drafts, false);
  const responsible = rows.slice(1).some((row) => row.cells!.some((cell, column) => cell.text !== '' && RESPONSIBLE_ROLES.has(found.header.roles[column] ?? null)));
  return responsible ? { rows, end } : null;
}

// ---- the stage --------------------------------------------------------------------------------

/** A table laid out as text that starts at `blocks[start]`: its rows and the index past it. */
function textTableAt(blocks: Block[], start: number): TableFound | null {
  const block = blocks[start]!;
  const text = block.content.text;
  if (BAR.test(text)) {
    const keyValue = keyValueTable(blocks, start);
    if (keyValue) return keyValue;
  }
  // "工作任务：开展河道清淤疏浚" is a labelled line, though its words also read as one header word
  const colon = COLON_ENTRY.test(text) ? colonTable(blocks, start) : null;
  if (colon) return colon;
  const role = text.length <= 24 ? headerWordRole(text) : null;
  if (role === 'title' || role === 'text') return keyValueCells(blocks, start) ?? plainCellTable(blocks, start);
  if (role === 'category') return plainCellTable(blocks, start);
  if (COLON_ENTRY.test(text)) return null;
  const row = rowHeader(block);
  if (row) {
    const layout = row.barred ? BARRED_LAYOUT : SPACED_LAYOUT;
    const reader: RowReader = { header: row.header, layout, drafts: [], lastSerial: null };
    const end = readRows(reader, blocks, start + 1);
    return { rows: tableBlocks(row.header, reader.drafts, row.barred), end };
  }
  const cells = cellHeader(blocks, start);
  if (cells) {
    const reader: RowReader = { header: cells.header, layout: CELL_LAYOUT, drafts: [], lastSerial: null };
    const end = readRows(reader, blocks, cells.end);
    return { rows: tableBlocks(cells.header, reader.drafts, false), end };
  }
  return null;
}

// cheap gates before a header is looked for: most paragraphs of a plan are no header
const MAYBE_HEADER = /序\s*号|编\s*号|^\s*序\s*$|[|｜]/;

/** The blocks with every work-list table laid out as text turned into table-row blocks. */
export function recoverTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'table-row') {
      let end = index;
      while (blocks[end]?.kind === 'table-row') end++;
      out.push(...readerTable(blocks.slice(index, end)));
      index = end - 1;
      continue;
    }
    const text = block.content.text;
    const colon = COLON_ENTRY.exec(text);
    const maybe = MAYBE_HEADER.test(text) || (text.length <= 24 && isLabel(text)) || (colon !== null && headerWordRole(colon[1]!) === 'title');
    const found = block.kind === 'paragraph' && maybe ? textTableAt(blocks, index) : null;
    if (!found) {
      out.push(block);
      continue;
    }
    out.push(...found.rows);
    index = found.end - 1;
  }
  return out;
}

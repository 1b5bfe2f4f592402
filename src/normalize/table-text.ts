// The text of tables laid out as text, shared by the stages that recover them (text-tables.ts,
// key-value-tables.ts, reader-tables.ts): lines cut into cells, header checks, table-row blocks.
import type { Block } from '../document/block.js';
import { cellShape } from '../text/cell-shape.js';
import { joinLocated, sliceLocated, type LocatedText } from '../text/located.js';
import { parseMarker } from '../text/markers.js';
import { headerRoles, headerWordRole, type ColumnRole } from '../text/table-header.js';
import type { Piece } from './cell-fit.js';

export type Roles = (ColumnRole | null)[];

export interface Header {
  cells: LocatedText[];
  roles: Roles;
  /** where each cell starts on its line (display width), for a header laid out in columns by spaces */
  starts?: number[];
  /** the header's cells are apart by one space each, and so are its rows' (a longer run writes empty cells) */
  singleSpaced?: boolean;
}

const RESPONSIBLE: ReadonlySet<ColumnRole> = new Set(['lead', 'support', 'units', 'persons', 'deadline']);

/** A header of a work list: a task column, a unit/person/deadline column, most columns known. */
export function workListRoles(cells: readonly string[], minimum = 3): Roles | null {
  if (cells.length < minimum) return null;
  const roles = headerRoles(cells);
  if (!roles) return null;
  const known = roles.filter((role) => role !== null).length;
  const responsible = roles.some((role) => role !== null && RESPONSIBLE.has(role));
  return responsible && known * 2 >= roles.length && (known >= 3 || known === roles.length) ? roles : null;
}

// "责任单位" over its sub-headers "牵头 / 配合" (a two-row header read in one run): the spanning
// cell names no column of its own
export const SUB_HEADER = /^(?:牵头|配合|协办|协同|主体|主责|参与)$/;

function withoutSpanningCells(cells: LocatedText[]): LocatedText[] {
  return cells.filter((cell, index) => {
    const next = cells.slice(index + 1, index + 3).map((other) => other.text.replace(/\s/g, ''));
    return !(headerWordRole(cell.text) === 'units' && next.length === 2 && next.every((word) => SUB_HEADER.test(word)));
  });
}

/** Header cells from the groups of their pieces, spanning cells left out. */
export function headerCells(pieces: readonly LocatedText[], groups: number[][]): LocatedText[] {
  return withoutSpanningCells(groups.map((group) => joinLocated(group.map((index) => pieces[index]!))));
}

export function tableRow(cells: LocatedText[]): Block {
  return { kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true };
}

/** The trimmed slices of `source` between the matches of `separator` (a global regex). */
export function slices(source: LocatedText, separator: RegExp, keepEmpty = false): LocatedText[] {
  const out: LocatedText[] = [];
  const text = source.text;
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (a < b || keepEmpty) out.push(sliceLocated(source, a, b));
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index!);
    start = match.index! + match[0].length;
  }
  push(start, text.length);
  return out;
}

export const BAR = /[|｜]/;
export const BARS = /[|｜]/g;
export const GAP = /[ \t]+/g;

/** "| a | b | |" → a, b, '' (the edge bars open and close the row; an inner empty cell stays). */
export function barCells(source: LocatedText): LocatedText[] {
  const cells = slices(source, BARS, true);
  if (/^\s*[|｜]/.test(source.text)) cells.shift();
  if (/[|｜]\s*$/.test(source.text)) cells.pop();
  return cells;
}

/** The block's text without its edge bars ("序号 |", "| 1"), trimmed. */
export function unbarred(source: LocatedText): LocatedText {
  const text = source.text;
  const start = text.search(/[^\s|｜]/);
  if (start < 0) return sliceLocated(source, 0, 0);
  let end = text.length;
  while (end > start && /[\s|｜]/.test(text[end - 1]!)) end--;
  return sliceLocated(source, start, end);
}

export const piece = (text: LocatedText, lineStart: boolean): Piece => ({ text, lineStart });
export const isParagraph = (block: Block | undefined): block is Block => block?.kind === 'paragraph';


const ROLE_QUALIFIED = /^(?:牵头|配合|协同|协办|主要|主体|责任)/;

export function isLabel(text: string): boolean {
  const word = text.replace(/[\s：:]/g, '');
  // "二、重点任务" is a heading of the outline, not a label
  if (word.length === 0 || word.length > 20 || /[，,%]/.test(word)) return false;
  if (headerWordRole(word) === null || parseMarker(word) !== null) return false;
  // "各区政府、市直有关部门" is a value that happens to hold 部门; "牵头单位" is a label
  return !cellShape(word).unit || ROLE_QUALIFIED.test(word);
}

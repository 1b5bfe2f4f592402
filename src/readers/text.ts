// Plain text (often pasted from a PDF): one block per non-blank source line; reflow joins them later.
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from '../document/block.js';

// "　　为认真贯彻…": a first-line indent of two ideographic spaces (or four ASCII, or a tab as in
// "\t　　一、总体目标" from a CMS field) opens a paragraph
const PARAGRAPH_INDENT = /^(?:[\u3000]{2}|\t|[ ]{4})/;


// HTML pasted into a text file (a CMS field, a database dump): "\t　　一、总体目标</p><p align="left">".
// Block tags end a paragraph; other tags and the common entities go.
const HAS_MARKUP = /<\/p>|<br\s*\/?>|<p[\s>]|<\/div>/i;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|table|center)\b[^<>]*>/gi;
const INLINE_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39);/g;

function withoutInlineMarkup(piece: string): string {
  return piece.replace(INLINE_TAG, '').replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
}

/** One source line → its pieces: the line itself, or the paragraphs its HTML block tags separate. */
function linePieces(line: string, markup: boolean): string[] {
  if (!markup) return [line];
  return line.split(BLOCK_TAG).map(withoutInlineMarkup);
}

// "序号 重点任务 具体措施 牵头单位 完成时限" over "1 深化一网通办 推进… 县政务服务中心 6月底前": a work
// list pasted as text, its cells separated by runs of spaces; the rows become table rows.
const CELL_GAP = /[ \u3000\t]+/;
const HEADER_SERIAL = /^(?:序号|编号|序)$/;
const HEADER_WORD = /任务|措施|事项|内容|单位|部门|时限|时间/;
const ROW_SERIAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]?$/;
// "一、强化体系建设" alone on a line: a category row
const CATEGORY_LINE = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])\S+$/;
const DEADLINE_CELL = /\d{4}年|\d{1,2}月|底前|年底|长期|持续|常态/;
const TEXT_COLUMN = [/措施|内容|要求|目标/, /任务|事项|名称/];

interface SpacedTable {
  header: string[];
  /** the column that takes the words of a row with more cells than the header: the prose column */
  textColumn: number;
  last: Block | null;
  /** the last row's words as split, before fitting: a wrapped row is re-fitted with its next line */
  lastTokens: string[];
}

function spacedHeader(line: string): SpacedTable | null {
  const header = line.trim().split(CELL_GAP);
  if (header.length < 3 || !HEADER_SERIAL.test(header[0]!) || header.some((cell) => cell.length > 8)) return null;
  if (header.filter((cell) => HEADER_WORD.test(cell)).length < 2) return null;
  const textColumn = TEXT_COLUMN.map((pattern) => header.findIndex((cell) => pattern.test(cell))).find((index) => index > 0);
  return { header, textColumn: textColumn ?? 1, last: null, lastTokens: [] };
}

/** A row's cells fitted to the header: surplus words join the prose column, a short row keeps its deadline last. */
function fittedCells(tokens: string[], table: SpacedTable): string[] {
  const width = table.header.length;
  if (tokens.length > width) {
    const surplus = tokens.length - width;
    const at = table.textColumn;
    return [...tokens.slice(0, at), tokens.slice(at, at + surplus + 1).join(''), ...tokens.slice(at + surplus + 1)];
  }
  const cells = [...tokens];
  const deadlineLast = DEADLINE_CELL.test(tokens[tokens.length - 1]!) && /时限|时间|期限/.test(table.header[width - 1]!);
  const deadline = deadlineLast ? cells.pop()! : null;
  while (cells.length < width - (deadline === null ? 0 : 1)) cells.push('');
  return deadline === null ? cells : [...cells, deadline];
}

function tableRow(cells: string[], line: number): Block {
  const located_ = cells.map((cell) => located(cell, line));
  return { kind: 'table-row', content: joinLocated(located_, '\t'), cells: located_, paragraphStart: true };
}

/** "…网上可办率" + "达到九成 县数据局": a row cut short by a wrapped cell goes on on the next line. */
function continueRow(table: SpacedTable, tokens: string[], lineNumber: number): boolean {
  const last = table.last;
  if (!last?.cells) return false;
  if (table.lastTokens.length < table.header.length) {
    const head = table.lastTokens.slice(0, -1);
    table.lastTokens = [...head, `${table.lastTokens[table.lastTokens.length - 1] ?? ''}${tokens[0]!}`, ...tokens.slice(1)];
    const cells = fittedCells(table.lastTokens, table).map((cell) => located(cell, last.cells![0]!.marks[0]!.line));
    Object.assign(last, { cells, content: joinLocated(cells, '\t') });
    return true;
  }
  // "…网上可办率" + "达到95%以上" under a full row: the prose cell wrapped
  const prose = last.cells[table.textColumn];
  if (tokens.length !== 1 || !prose || /[。；]$/.test(prose.text)) return false;
  const cells: LocatedText[] = [...last.cells];
  cells[table.textColumn] = joinLocated([prose, located(tokens[0]!, lineNumber)]);
  Object.assign(last, { cells, content: joinLocated(cells, '\t') });
  return true;
}

/** Feeds one line to an open spaced table; false when the line is not part of it (the table ends). */
function addSpacedLine(table: SpacedTable, line: string, lineNumber: number, blocks: Block[]): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  const tokens = trimmed.split(CELL_GAP);
  if (ROW_SERIAL.test(tokens[0]!) && tokens.length >= 2) {
    table.lastTokens = tokens;
    table.last = tableRow(fittedCells(tokens, table), lineNumber);
  } else if (CATEGORY_LINE.test(trimmed)) {
    table.lastTokens = table.header;
    table.last = tableRow([trimmed], lineNumber);
  } else {
    return continueRow(table, tokens, lineNumber);
  }
  blocks.push(table.last);
  return true;
}

export function readTextBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const markup = HAS_MARKUP.test(text.slice(0, 20000));
  let table: SpacedTable | null = null;
  lines.forEach((line, index) => {
    if (table && addSpacedLine(table, line, firstLine + index, blocks)) return;
    table = spacedHeader(line);
    if (table) {
      blocks.push(tableRow(line.trim().split(CELL_GAP), firstLine + index));
      return;
    }
    linePieces(line, markup).forEach((piece, pieceIndex) => {
      if (piece.trim() === '') return;
      blocks.push({
        kind: 'paragraph',
        content: located(piece, firstLine + index),
        paragraphStart: pieceIndex > 0 || PARAGRAPH_INDENT.test(piece) || undefined,
      });
    });
  });
  return blocks;
}

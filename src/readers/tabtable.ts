// Tab-tables: a 工作清单 exported cell by cell, each cell a line that starts with a tab, rows
// separated by blank lines ("\t序号\n\t工作任务\n…\n\n\t1\n\t合理布局…"). A cell that wraps continues
// on a line without the tab ("…县医\n保局"). Detected by content in io/sniff.ts.
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from '../document/block.js';
import { readTextBlocks } from './text.js';

// Word's hidden bookmarks leak into exports as "[bookmark: _GoBack]"
const ARTEFACT = /\[bookmark:[^\]]*\]/g;
const SERIAL = /^\d{1,3}$/;

interface CellDraft {
  parts: LocatedText[];
}

function cellText(cell: CellDraft): LocatedText {
  return joinLocated(cell.parts.map((part) => ({ ...part, text: part.text.replace(ARTEFACT, '').trim() })));
}

function tableRow(cells: LocatedText[]): Block {
  return { kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true };
}

// A row saved on one line, its cells separated by tabs: "1\t全面落实…\t卫健局、文旅局\t各乡镇\t12月底前"
const ROW_LINE = /\S\t+\S[^\t]*\t+\S/;

/** Tab-separated rows, one per line; a line without tabs inside the table continues the last cell. */
function readRowLines(lines: string[]): Block[] {
  const first = lines.findIndex((line) => ROW_LINE.test(line));
  const blocks = readTextBlocks(lines.slice(0, first).join('\n'));
  let row: LocatedText[] | null = null;
  const flush = () => {
    if (row) blocks.push(tableRow(row));
    row = null;
  };
  for (let index = first; index < lines.length; index++) {
    const line = lines[index]!.replace(ARTEFACT, '');
    const lineNumber = index + 1;
    if (line.includes('\t')) {
      flush();
      row = line.split('\t').map((cell) => located(cell.trim(), lineNumber));
    } else if (line.trim() !== '' && row) {
      const cells: LocatedText[] = row;
      const last = cells.length - 1;
      cells[last] = joinLocated([cells[last]!, located(line.trim(), lineNumber)]);
    } else if (line.trim() !== '') {
      for (const block of readTextBlocks(line, lineNumber)) blocks.push(block);
    }
  }
  flush();
  return blocks;
}

export function readTabTableBlocks(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cellLines = lines.filter((line) => line.startsWith('\t')).length;
  const rowLines = lines.filter((line) => ROW_LINE.test(line)).length;
  if (rowLines > cellLines) return readRowLines(lines);
  const firstCell = lines.findIndex((line) => line.startsWith('\t'));
  if (firstCell < 0) return readTextBlocks(text);
  const blocks = readTextBlocks(lines.slice(0, firstCell).join('\n'));

  // Every cell in reading order, with the blank-line gaps that usually (not always) end a row.
  const cells: { cell: CellDraft; afterGap: boolean }[] = [];
  let gap = false;
  let tailStart = lines.length;
  for (let index = firstCell; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    if (line.trim() === '') {
      gap = true;
      continue;
    }
    if (line.startsWith('\t')) {
      cells.push({ cell: { parts: [located(line.slice(1), lineNumber)] }, afterGap: gap });
    } else if (!gap && cells.length > 0) {
      cells[cells.length - 1]!.cell.parts.push(located(line, lineNumber));
    } else if (gap && cells.length > 0 && lines.slice(index).every((rest) => !rest.startsWith('\t'))) {
      tailStart = index; // notes after the table
      break;
    } else {
      cells[cells.length - 1]?.cell.parts.push(located(line, lineNumber));
    }
    gap = false;
  }

  // The header is the run of cells before the first gap; its length is the column count.
  const headerLength = Math.max(1, cells.findIndex((entry, index) => index > 0 && entry.afterGap));
  const header = cells.slice(0, headerLength).map((entry) => cellText(entry.cell));
  blocks.push(tableRow(header));

  let row: LocatedText[] = [];
  let expectedSerial = 1;
  for (const entry of cells.slice(headerLength)) {
    const cell = cellText(entry.cell);
    // A new row starts at the next serial number, or when the row is full; a gap inside a row
    // (seen before the last cell) does not split it.
    const startsRow =
      row.length >= headerLength || (row.length >= 2 && SERIAL.test(cell.text) && Number(cell.text) === expectedSerial);
    if (startsRow && row.length > 0) {
      blocks.push(tableRow(row));
      row = [];
    }
    if (row.length === 0 && SERIAL.test(cell.text)) expectedSerial = Number(cell.text) + 1;
    row.push(cell);
  }
  if (row.length > 0) blocks.push(tableRow(row));
  if (tailStart < lines.length) for (const block of readTextBlocks(lines.slice(tailStart).join('\n'), tailStart + 1)) blocks.push(block);
  return blocks;
}

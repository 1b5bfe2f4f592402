// Tables a reader found (docx, html, pdf, markdown, tab-tables), mended by content like the tables
// laid out as text: a two-row header, rows short of their merged cells, label | value rows.
import type { Block } from '../document/block.js';
import type { LocatedText } from '../text/located.js';
import { headerRoles, headerWordRole } from '../text/table-header.js';
import { fitRow, fittedCells } from './cell-fit.js';
import { keyValueRows } from './key-value-tables.js';
import { piece, SUB_HEADER, tableRow } from './table-text.js';

/**
 * A two-row header: "责任单位" over "牵头 | 配合". Word pads the merged cells (["序号", "工作任务",
 * "责任单位", "", "完成时限"] over ["", "", "牵头", "配合", ""]); HTML leaves them out (["牵头", "配合"]
 * alone), and then the sub-headers take the place of the one cell that spans them.
 */
function withSubHeader(rows: Block[]): Block[] {
  const [top, sub] = rows;
  const topCells = top?.cells ?? [];
  const subCells = sub?.cells ?? [];
  const words = subCells.filter((cell) => cell.text.trim() !== '');
  if (words.length < 2 || !words.every((cell) => SUB_HEADER.test(cell.text.trim()) || headerWordRole(cell.text) !== null)) return rows;
  if (!headerRoles(topCells.map((cell) => cell.text))) return rows;
  let cells: LocatedText[];
  if (subCells.length === topCells.length) {
    cells = topCells.map((cell, column) => (subCells[column]!.text.trim() !== '' ? subCells[column]! : cell));
  } else {
    const spanning = topCells.findIndex((cell) => headerWordRole(cell.text) === 'units');
    if (spanning < 0 || subCells.length !== words.length) return rows;
    cells = [...topCells.slice(0, spanning), ...subCells, ...topCells.slice(spanning + 1)];
  }
  return [tableRow(cells), ...rows.slice(2)];
}

/**
 * Table rows a reader gave (docx, html, pdf, markdown, tab-tables): an HTML row under a rowspan
 * lacks the merged cells, so a row shorter than the header is fitted by content; a table of
 * label | value rows ("重点工作 | 135.…", "牵头单位 | 市城管局") is a key–value table.
 */
export function readerTable(table: Block[]): Block[] {
  const rows = withSubHeader(table);
  const header = rows[0]!;
  const roles = headerRoles((header.cells ?? []).map((cell) => cell.text));
  if (roles) {
    return rows.map((row, index) => {
      const cells = row.cells ?? [];
      if (index === 0 || cells.length <= 1 || cells.length >= roles.length) return row;
      const pieces = cells.map((cell) => piece(cell, true));
      const fit = fitRow(pieces, roles);
      return fit ? tableRow(fittedCells(pieces, roles, fit)) : row;
    });
  }
  if (rows.every((row) => row.cells?.length === 2)) {
    const entries = rows.map((row) => ({ label: row.cells![0]!, value: row.cells![1]!.text.trim() ? [row.cells![1]!] : [], open: false }));
    if (entries.every((entry) => headerWordRole(entry.label.text) !== null)) return keyValueRows(entries, rows.length)?.rows ?? rows;
  }
  return rows;
}


// plans.xlsx: one sheet per table, streamed with exceljs' WorkbookWriter (loaded only when an xlsx is
// asked for). Sheets are written one after the other: the writer zips them in order, so a sheet
// started before the previous one is committed would sit in memory.
import type { stream, Worksheet } from 'exceljs';
import { AtomicStream } from '../io/atomic-write.js';
import type { Cell, DateCell, Row, Table } from './tables.js';

type WorkbookWriter = stream.xlsx.WorkbookWriter;

// ISO, so a deadline reads the same in every locale; the cell is a date, so it sorts and filters as one
const DATE_FORMAT = 'yyyy-mm-dd';

const isDay = (cell: Cell): cell is DateCell => cell !== null && typeof cell === 'object';

/** A day as the Date exceljs stores as a whole serial number (UTC midnight: no time zone shifts it). */
function excelValue(cell: Cell): string | number | boolean | Date | null {
  if (!isDay(cell)) return cell;
  const [year, month, day] = cell.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export class XlsxWriter {
  private sheet: Worksheet | null = null;

  private constructor(
    private readonly book: WorkbookWriter,
    private readonly file: AtomicStream,
  ) {}

  static async create(path: string): Promise<XlsxWriter> {
    const { default: ExcelJS } = await import('exceljs');
    const file = await AtomicStream.open(path);
    return new XlsxWriter(new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file.stream, useStyles: true, useSharedStrings: false }), file);
  }

  /**
   * Commits the sheet before (if any) and starts one with a bold, frozen, filterable header. `widths`
   * (column-widths.ts) must be known now: a streamed sheet writes them before its first row.
   */
  async startSheet(table: Table, widths: readonly number[] = []): Promise<void> {
    await this.endSheet();
    const sheet = this.book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, index) => ({ header: column, key: column, width: widths[index] ?? column.length + 3 }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    sheet.getRow(1).commit();
    this.sheet = sheet;
  }

  write(row: Row): void {
    this.file.throwIfFailed();
    if (!this.sheet) return;
    // cells are written as values, never as formulas, whatever text they hold
    const added = this.sheet.addRow(row.map(excelValue));
    row.forEach((cell, index) => {
      if (isDay(cell)) added.getCell(index + 1).numFmt = DATE_FORMAT;
    });
    added.commit();
  }

  private async endSheet(): Promise<void> {
    if (this.sheet) this.sheet.commit();
    this.sheet = null;
  }

  /** Finishes the zip and renames the file into place; a failed write rejects instead of hanging the zip. */
  async commit(): Promise<void> {
    await this.endSheet();
    await Promise.race([this.book.commit(), this.file.failed]);
    await this.file.commit();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}

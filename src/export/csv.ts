// CSV as Excel opens it without an import dialog: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting.
// Cells come from downloaded documents, so a text cell that Excel would run as a formula
// ("=HYPERLINK(…)", "+1", "@SUM") gets a leading apostrophe (OWASP's CSV-injection advice).
import { AtomicStream } from '../io/atomic-write.js';
import type { Cell, Row } from './tables.js';

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  // true / false: pandas reads a bool column, Excel and LibreOffice a boolean
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  // an ISO day: Excel, LibreOffice and pandas (parse_dates) read it as a date
  if (typeof cell === 'object') return cell.date;
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(row: Row): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/** A CSV file written row by row with back-pressure into a temp file, renamed into place by commit(). */
export class CsvWriter {
  private constructor(private readonly file: AtomicStream) {}

  static async create(path: string, columns: string[]): Promise<CsvWriter> {
    const writer = new CsvWriter(await AtomicStream.open(path));
    await writer.file.write(BOM + csvLine(columns));
    return writer;
  }

  write(row: Row): Promise<void> {
    return this.file.write(csvLine(row));
  }

  commit(): Promise<void> {
    return this.file.commit();
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}

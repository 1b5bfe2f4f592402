// CSV as Excel opens it without an import dialog: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting.
// Cells come from downloaded documents, so a text cell that Excel would run as a formula
// ("=HYPERLINK(…)", "+1", "@SUM") gets a leading apostrophe (OWASP's CSV-injection advice).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Cell, Row } from './tables.js';

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(row: Row): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}

/** A CSV file written row by row with back-pressure, so a table of any size streams. */
export class CsvWriter {
  private readonly stream: WriteStream;

  constructor(path: string, columns: string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(BOM + csvLine(columns));
  }

  async write(row: Row): Promise<void> {
    if (!this.stream.write(csvLine(row))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }

  destroy(): void {
    this.stream.destroy();
  }
}

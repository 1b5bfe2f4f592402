// Column widths of the xlsx, from the cells: the longest line of each column, in the characters of the
// sheet's default font, where a Chinese character (any East Asian wide or full-width one) takes two.
// Capped, so a column of body text does not push the rest off the screen.
import type { Cell, Row } from './tables.js';

export const MIN_WIDTH = 6;
export const MAX_WIDTH = 60;
// room for the filter button of the header and a little air
const PADDING = 3;

// Unicode East_Asian_Width W and F: Hangul, CJK punctuation and ideographs, kana, full-width forms
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How wide a text shows: its longest line, a wide character counting two. */
export function displayWidth(text: string): number {
  let widest = 0;
  let width = 0;
  for (const char of text) {
    if (char === '\n') {
      widest = Math.max(widest, width);
      width = 0;
    } else width += WIDE.test(char) ? 2 : 1;
  }
  return Math.max(widest, width);
}

function cellWidth(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') return displayWidth(cell);
  if (typeof cell === 'boolean') return 'FALSE'.length;
  if (typeof cell === 'number') return String(cell).length;
  return 'yyyy-mm-dd'.length;
}

/** The widest cell of each column so far, starting from the header. */
export class ColumnWidths {
  private readonly widest: number[];

  constructor(columns: readonly string[]) {
    this.widest = columns.map(displayWidth);
  }

  add(row: Row): void {
    row.forEach((cell, index) => {
      const widest = this.widest[index] ?? 0;
      // a column already at the cap, or a text that cannot be wider (at most two per character), costs nothing
      if (widest >= MAX_WIDTH || (typeof cell === 'string' && cell.length * 2 <= widest)) return;
      this.widest[index] = Math.max(widest, cellWidth(cell));
    });
  }

  /** Excel widths: the widest cell plus padding, between MIN_WIDTH and MAX_WIDTH. */
  widths(): number[] {
    return this.widest.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + PADDING)));
  }
}

// xlsx column widths from the cells: the longest line, a Chinese character counting two, capped.
import { describe, expect, it } from 'vitest';
import { ColumnWidths, displayWidth, MAX_WIDTH, MIN_WIDTH } from '../../src/export/column-widths.js';
import type { Row } from '../../src/export/tables.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['in/a.txt', 8],
    ['州卫健委', 8],
    ['A、B', 4],
    ['（一）', 6],
    ['２０２５', 8], // full-width digits
    ['克政办发〔2022〕16号', 20],
    ['𠀀', 2], // outside the BMP
    ['短\n一行比较长', 10], // the longest line
  ])('%j → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('ColumnWidths', () => {
  const widthsAfter = (rows: Row[], columns = ['file']) => {
    const widths = new ColumnWidths(columns);
    rows.forEach((row) => widths.add(row));
    return widths.widths();
  };

  // the widest cell (or the header) plus 3, never under MIN_WIDTH nor over MAX_WIDTH
  it.each<[string, Row[], number]>([
    ['the header alone', [], 4 + 3],
    ['a longer cell', [['in/abcdefghij.txt']], 17 + 3],
    ['Chinese counts double', [['in/a.txt'], ['自治州卫生健康委员会']], 20 + 3],
    ['the widest of several', [['自治州卫生健康委员会'], ['in/a.txt']], 20 + 3],
    ['a number', [[1234567890]], 10 + 3],
    ['a date', [[{ date: '2025-12-31' }]], 10 + 3],
    ['a boolean', [[false]], 5 + 3],
    ['empty cells', [[null], ['']], 7],
    ['a long text, capped', [['推进'.repeat(100)]], MAX_WIDTH],
  ])('%s', (_, rows, width) => {
    expect(widthsAfter(rows)).toEqual([width]);
  });

  it('grows with the content, column by column', () => {
    const widths = new ColumnWidths(['a', 'path']);
    expect(widths.widths()).toEqual([MIN_WIDTH, 7]);
    widths.add(['二/（三）/1', 'x']);
    expect(widths.widths()).toEqual([11 + 3, 7]);
    widths.add([null, '二/（三）/1/（2）']);
    expect(widths.widths()).toEqual([14, 17 + 3]);
  });
});

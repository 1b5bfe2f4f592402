// CSV cells as Excel reads them: RFC 4180 quoting, and no formula from a downloaded document.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvLine, CsvWriter } from '../../src/export/csv.js';
import type { Cell } from '../../src/export/tables.js';

describe('csvCell', () => {
  it.each<[Cell, string]>([
    ['自治州卫生健康委', '自治州卫生健康委'],
    [20, '20'],
    [0.5, '0.5'],
    [null, ''],
    [true, 'true'],
    [false, 'false'],
    [{ date: '2025-12-31' }, '2025-12-31'],
    ['', ''],
    ['A、B', 'A、B'],
    ['a,b', '"a,b"'],
    ['say "达到"', '"say ""达到"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\r', '"cr\r"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1', "'+1"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['1:2', '1:2'],
  ])('%j → %j', (cell, text) => {
    expect(csvCell(cell)).toBe(text);
  });

  // the text of a downloaded document is guarded; the words the export itself writes are not
  it.each([
    ['=', `'=HYPERLINK(""http://x"")`],
    ['+', `'+HYPERLINK(""http://x"")`],
    ['-', `'-HYPERLINK(""http://x"")`],
    ['@', `'@HYPERLINK(""http://x"")`],
  ])('a source cell starting with %s is guarded beside a bare comparator word', (start, guarded) => {
    expect(csvLine(['in/a.txt', `${start}HYPERLINK("http://x")`, 'at least', 20])).toBe(`in/a.txt,"${guarded}",at least,20\r\n`);
  });

  it('ends a line with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('CsvWriter', () => {
  it('writes the BOM, the header and the rows', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pe-csv-')), 't.csv');
    const writer = await CsvWriter.create(path, ['file', 'value']);
    await writer.write(['a.txt', 20]);
    await writer.write(['b,c.txt', '1:2']);
    await writer.commit();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(`${BOM}file,value\r\na.txt,20\r\n"b,c.txt",1:2\r\n`);
  });
});

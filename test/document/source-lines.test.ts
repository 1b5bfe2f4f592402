// The source lines the review page shows: the decoded file's own lines for text formats, the
// reader's lines (with runs in reading order) for the others.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import { fileLines, readerLines, sourceText } from '../../src/document/source-lines.js';
import { joinLocated, located } from '../../src/text/located.js';

describe('fileLines', () => {
  it.each([
    ['a\n\nb', ['a', '', 'b']],
    ['a\r\nb\rc', ['a', 'b', 'c']],
    ['一、总体要求\n', ['一、总体要求', '']],
  ])('%j → %j', (text, lines) => {
    expect(fileLines(text).lines.map((line) => line.text)).toEqual(lines);
    expect(fileLines(text).lines.map((line) => line.number)).toEqual(lines.map((_, index) => index + 1));
  });
});

describe('readerLines', () => {
  it('keeps each line number and page, and only lines with text', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', content: located('一、总体要求', 3, 1) },
      { kind: 'paragraph', content: joinLocated([located('到2025年，', 7, 2), located('达到90%', 8, 2)]) },
    ];
    expect(readerLines(blocks).lines).toEqual([
      { number: 3, text: '一、总体要求', page: 1 },
      { number: 7, text: '到2025年，', page: 2 },
      { number: 8, text: '达到90%', page: 2 },
    ]);
  });

  it('joins the cells of a table row that share lines with tabs, and keeps their runs in reading order', () => {
    const cells = [joinLocated([located('合理布局优', 4), located('质医疗资源', 5)]), joinLocated([located('县卫生健康', 4), located('局', 5)])];
    const result = readerLines([{ kind: 'table-row', content: joinLocated(cells, '\t'), cells }]);
    expect(result.lines.map((line) => line.text)).toEqual(['合理布局优\t县卫生健康', '质医疗资源\t局']);
    expect(result.runs).toEqual([
      { line: 4, column: 0, length: 5 },
      { line: 5, column: 0, length: 5 },
      { line: 4, column: 6, length: 5 },
      { line: 5, column: 6, length: 1 },
    ]);
  });
});

describe('sourceText', () => {
  it('uses the decoded text when the reader kept it, else the blocks', () => {
    const blocks: Block[] = [{ kind: 'paragraph', content: located('正文', 2) }];
    const base = { format: 'text' as const, encoding: 'utf-8' as const, pages: null, blocks, diagnostics: [] };
    expect(sourceText({ ...base, text: '标题\n正文' }).lines.map((line) => line.text)).toEqual(['标题', '正文']);
    expect(sourceText(base)).toEqual({ origin: 'reader', lines: [{ number: 2, text: '正文', page: null }], runs: [{ line: 2, column: 0, length: 2 }] });
  });
});

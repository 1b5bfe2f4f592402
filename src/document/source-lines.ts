// The source text a reviewer checks the values against, as numbered lines: the same numbers the
// contract's `line`, `span.startLine` and `responsibility.line` count. For text, markdown and
// tab-tables these are the decoded file's own lines; for docx, doc, pdf and html they are the lines
// the reader made (a Word paragraph, a PDF line with its page, a line of an HTML page's text).
import type { Block, ReadResult } from './block.js';
import type { LocatedText } from '../text/located.js';

export interface SourceLine {
  /** 1-based, as in the PlanFile */
  number: number;
  text: string;
  /** the PDF page, else null */
  page: number | null;
}

/** A stretch of one line, as read: a table cell's share of a PDF line, half a soft-broken Word paragraph. */
export interface TextRun {
  line: number;
  column: number;
  length: number;
}

export interface SourceText {
  /** 'file': every line of the decoded file; 'reader': only the lines a reader produced text for */
  origin: 'file' | 'reader';
  /** sorted by number, no number twice */
  lines: SourceLine[];
  /**
   * The lines' text in the order the reader read it, where that is not line by line: a PDF table's
   * cell runs down its column across lines that also hold the other cells. Absent: each line is one run.
   */
  runs?: TextRun[];
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Every line of a decoded text file, blank ones included, so numbers and positions are the file's. */
export function fileLines(text: string): SourceText {
  return { origin: 'file', lines: text.split(LINE_BREAK).map((line, index) => ({ number: index + 1, text: line, page: null })) };
}

/** The pieces of a located text, one per source line it covers. */
function* pieces(content: LocatedText): Generator<{ line: number; page: number | null; text: string }> {
  const { marks, text } = content;
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index]!;
    const end = marks[index + 1]?.offset ?? text.length;
    yield { line: mark.line, page: mark.page, text: text.slice(mark.offset, end) };
  }
}

/**
 * The lines a reader produced, rebuilt from its blocks before normalisation: pieces that share a line
 * number (table cells of one row, the halves of a Word paragraph cut by a soft break) are joined by a
 * tab, in the order the reader wrote them.
 */
export function readerLines(blocks: Block[]): SourceText {
  const byNumber = new Map<number, { parts: string[]; length: number; page: number | null }>();
  const runs: TextRun[] = [];
  for (const block of blocks) {
    for (const content of block.cells ?? [block.content]) {
      for (const piece of pieces(content)) {
        if (piece.text === '') continue;
        let entry = byNumber.get(piece.line);
        if (entry) entry.length += 1; // the tab before this piece
        else byNumber.set(piece.line, (entry = { parts: [], length: 0, page: piece.page }));
        runs.push({ line: piece.line, column: entry.length, length: piece.text.length });
        entry.parts.push(piece.text);
        entry.length += piece.text.length;
      }
    }
  }
  const lines = [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, { parts, page }]) => ({ number, text: parts.join('\t'), page }));
  return { origin: 'reader', lines, runs };
}

/** The source lines of what a reader read: the file's lines where it has them, else the reader's. */
export function sourceText(read: ReadResult): SourceText {
  return read.text !== undefined ? fileLines(read.text) : readerLines(read.blocks);
}

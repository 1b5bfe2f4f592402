// Grounds every piece a reader produced in its source line (document/source-lines.ts): the column
// where it starts, and shifts where the reader dropped characters from the line ("#### " before a
// markdown heading, the spaces around a tab-table cell, an emphasis marker). For a text, markdown or
// tab-table file the source lines are the file's; for other formats they are the reader's own lines,
// whose pieces (a row's cells, a paragraph cut by a soft break) are joined by a tab.
import type { Block, ReadResult } from '../document/block.js';
import { alignOffsets } from '../text/alignment.js';
import type { ColumnShift, LineMark, LocatedText } from '../text/located.js';
import { joinLocated } from '../text/located.js';

const LINE_BREAK = /\r\n|\r|\n/;

type Ground = (mark: LineMark, piece: string) => LineMark;

/** A piece found in its file line at or after the line's cursor, else aligned with what follows it. */
function inFileLines(text: string): Ground {
  const lines = text.split(LINE_BREAK);
  // how far each line has been taken by the pieces before
  const cursors = new Int32Array(lines.length + 1);
  return (mark, piece) => {
    const line = lines[mark.line - 1];
    if (line === undefined || piece === '') return mark;
    const cursor = cursors[mark.line]!;
    const at = line.startsWith(piece, cursor) ? cursor : line.indexOf(piece, cursor);
    if (at >= 0) {
      cursors[mark.line] = at + piece.length;
      return at === 0 ? mark : { ...mark, column: at };
    }
    const origin = alignOffsets(line.slice(cursor), piece);
    const column = cursor + origin[0]!;
    const shifts: ColumnShift[] = [];
    let current = 0;
    for (let index = 0; index < piece.length; index++) {
      const extra = origin[index]! - origin[0]! - index;
      if (extra !== current) shifts.push([index, (current = extra)]);
    }
    cursors[mark.line] = cursor + origin[piece.length]!;
    const grounded: LineMark = { ...mark, column };
    if (shifts.length) grounded.shifts = shifts;
    return grounded;
  };
}

/** A piece of a reader's line starts after the pieces before it on that line and their tabs. */
function inReaderLines(): Ground {
  const lengths = new Map<number, number>();
  return (mark, piece) => {
    if (piece === '') return mark;
    const before = lengths.get(mark.line);
    const column = before === undefined ? 0 : before + 1;
    lengths.set(mark.line, column + piece.length);
    return column === 0 ? mark : { ...mark, column };
  };
}

function grounded(content: LocatedText, ground: Ground): LocatedText {
  let changed = false;
  const marks = content.marks.map((mark, index) => {
    const end = content.marks[index + 1]?.offset ?? content.text.length;
    const next = ground(mark, content.text.slice(mark.offset, end));
    if (next !== mark) changed = true;
    return next;
  });
  return changed ? { text: content.text, marks } : content;
}

function groundedBlock(block: Block, ground: Ground): Block {
  if (!block.cells) {
    const content = grounded(block.content, ground);
    return content === block.content ? block : { ...block, content };
  }
  const cells = block.cells.map((cell) => grounded(cell, ground));
  return { ...block, cells, content: joinLocated(cells, '\t') };
}

/** The read document with every mark's column set in the lines a reviewer sees as its source. */
export function withColumns(read: ReadResult): ReadResult {
  const ground = read.text !== undefined ? inFileLines(read.text) : inReaderLines();
  return { ...read, blocks: read.blocks.map((block) => groundedBlock(block, ground)) };
}

// Text that remembers where it came from: every character offset maps back to a source line (and
// PDF page) and to a column in that line, so each extracted value can be grounded to the exact
// characters it was read from after lines were joined and the text was normalised.

/**
 * Where normalisation cut or changed characters in a piece: from `at` (an offset in the piece) on,
 * the source column is the piece's `column` + the offset + `extra`, until the next shift.
 */
export type ColumnShift = readonly [at: number, extra: number];

export interface LineMark {
  /** offset in `text` where this source line's contribution starts */
  offset: number;
  line: number;
  page: number | null;
  /** source column (UTF-16, 0-based) of the piece's first character in its line; absent = 0 */
  column?: number;
  /** sorted by `at`; absent = the piece is the source's characters one for one */
  shifts?: readonly ColumnShift[];
  /** text the tool put in (a "牵头单位：" label for a table column, a "、" between cells), in no source line */
  synthetic?: true;
}

export interface LocatedText {
  text: string;
  /** sorted by offset; the first mark has offset 0 */
  marks: LineMark[];
}

export interface SourcePosition {
  line: number;
  page: number | null;
  /** UTF-16 column in the source line, 0-based */
  column: number;
}

export function located(text: string, line: number, page: number | null = null, column = 0): LocatedText {
  return { text, marks: [column ? { offset: 0, line, page, column } : { offset: 0, line, page }] };
}

/** Text the tool adds next to `neighbour`'s source text: grounded to its line, but in no span. */
export function synthetic(text: string, neighbour: LocatedText): LocatedText {
  const mark = neighbour.marks[0] ?? { offset: 0, line: 1, page: null };
  return { text, marks: [{ offset: 0, line: mark.line, page: mark.page, synthetic: true }] };
}

/**
 * The mark at another offset. Written out rather than spread: the marks of one text come in several
 * shapes (column, shifts, synthetic present or not), and V8's generic object spread over them was
 * most of joinLocated's time.
 */
function movedMark(mark: LineMark, offset: number): LineMark {
  const moved: LineMark = { offset, line: mark.line, page: mark.page };
  if (mark.column !== undefined) moved.column = mark.column;
  if (mark.shifts !== undefined) moved.shifts = mark.shifts;
  if (mark.synthetic !== undefined) moved.synthetic = mark.synthetic;
  return moved;
}

function markIndexAt(marks: readonly LineMark[], offset: number): number {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (marks[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The `extra` in force at `at` within a piece (0 before the first shift). */
function extraAt(shifts: readonly ColumnShift[] | undefined, at: number): number {
  if (!shifts || shifts.length === 0 || shifts[0]![0] > at) return 0;
  let lo = 0;
  let hi = shifts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shifts[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return shifts[lo]![1];
}

/** The source column of the character `at` characters into the piece that `mark` starts. */
export function columnIn(mark: LineMark, at: number): number {
  return (mark.column ?? 0) + at + extraAt(mark.shifts, at);
}

/** The source position of a character offset (binary search over the marks). */
export function positionAt(source: LocatedText, offset: number): SourcePosition {
  const mark = source.marks[markIndexAt(source.marks, offset)];
  if (!mark) return { line: 1, page: null, column: 0 };
  return { line: mark.line, page: mark.page, column: columnIn(mark, Math.max(0, offset - mark.offset)) };
}

/** The mark of a piece as seen from `at` characters into it: its column and shifts re-based there. */
function rebased(mark: LineMark, at: number, offset: number): LineMark {
  if (at === 0) return mark.offset === offset ? mark : movedMark(mark, offset);
  const base: LineMark = { offset, line: mark.line, page: mark.page };
  const column = columnIn(mark, at);
  if (column) base.column = column;
  if (mark.shifts) {
    const before = extraAt(mark.shifts, at);
    const shifts = mark.shifts.filter(([from]) => from > at).map(([from, extra]): ColumnShift => [from - at, extra - before]);
    if (shifts.length) base.shifts = shifts;
  }
  return base;
}

/** Joins pieces with a separator, shifting their marks; one pass, no repeated string growth. */
export function joinLocated(parts: LocatedText[], separator = ''): LocatedText {
  const texts: string[] = [];
  const marks: LineMark[] = [];
  let offset = 0;
  parts.forEach((part, index) => {
    if (index > 0) {
      texts.push(separator);
      offset += separator.length;
    }
    for (const mark of part.marks) {
      // marks are never changed once made: the first part's are shared, not copied
      const shifted = offset === 0 ? mark : movedMark(mark, mark.offset + offset);
      const last = marks[marks.length - 1];
      if (last && last.offset === shifted.offset) marks[marks.length - 1] = shifted;
      else marks.push(shifted);
    }
    texts.push(part.text);
    offset += part.text.length;
  });
  if (marks.length === 0) marks.push({ offset: 0, line: 1, page: null });
  return { text: texts.join(''), marks };
}

/** The slice [start, end) with its marks re-based to 0. */
export function sliceLocated(source: LocatedText, start: number, end = source.text.length): LocatedText {
  const firstIndex = markIndexAt(source.marks, start);
  const first = source.marks[firstIndex] ?? { offset: 0, line: 1, page: null };
  const marks: LineMark[] = [rebased(first, Math.max(0, start - first.offset), 0)];
  for (let index = firstIndex + 1; index < source.marks.length; index++) {
    const mark = source.marks[index]!;
    if (mark.offset >= end) break;
    if (mark.offset > start) marks.push(start === 0 ? mark : movedMark(mark, mark.offset - start));
  }
  return { text: source.text.slice(start, end), marks };
}

export function lastLine(source: LocatedText): number {
  return source.marks[source.marks.length - 1]?.line ?? 1;
}

/** One source line's share of a span: [startColumn, endColumn) of `line`. */
export interface SpanPiece {
  line: number;
  startColumn: number;
  endColumn: number;
}

export interface CharacterSpan {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** exclusive */
  endColumn: number;
  page: number | null;
  /**
   * Each line's share, when the span covers several pieces: a work-list cell of a PDF runs down its
   * column over lines that also hold the other cells, so its characters are not one stretch
   */
  pieces?: SpanPiece[];
}

/** The source characters of [start, end) of a located text: from its first to just past its last. */
export function spanIn(source: LocatedText, start: number, end: number): CharacterSpan {
  const { marks } = source;
  const pieces: SpanPiece[] = [];
  let page: number | null = null;
  for (let index = markIndexAt(marks, start); index < marks.length && marks[index]!.offset < Math.max(end, start + 1); index++) {
    const mark = marks[index]!;
    if (mark.synthetic) continue;
    const from = Math.max(start, mark.offset) - mark.offset;
    const to = Math.min(end, marks[index + 1]?.offset ?? source.text.length) - mark.offset;
    if (pieces.length === 0) page = mark.page;
    pieces.push({ line: mark.line, startColumn: columnIn(mark, from), endColumn: to > from ? columnIn(mark, to - 1) + 1 : columnIn(mark, from) });
  }
  if (pieces.length === 0) {
    const { line, column } = positionAt(source, start);
    return { startLine: line, startColumn: column, endLine: line, endColumn: column, page: positionAt(source, start).page };
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const span: CharacterSpan = { startLine: first.line, startColumn: first.startColumn, endLine: last.line, endColumn: last.endColumn, page };
  if (pieces.length > 1) span.pieces = pieces;
  return span;
}

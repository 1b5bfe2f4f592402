// Text that remembers where it came from: every character offset maps back to a source line
// (and PDF page), so each extracted value can be grounded after lines were joined.

export interface LineMark {
  /** offset in `text` where this source line's contribution starts */
  offset: number;
  line: number;
  page: number | null;
}

export interface LocatedText {
  text: string;
  /** sorted by offset; the first mark has offset 0 */
  marks: LineMark[];
}

export function located(text: string, line: number, page: number | null = null): LocatedText {
  return { text, marks: [{ offset: 0, line, page }] };
}

/** The source position of a character offset (binary search over the marks). */
export function positionAt(source: LocatedText, offset: number): { line: number; page: number | null } {
  const { marks } = source;
  let lo = 0;
  let hi = marks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (marks[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const mark = marks[lo] ?? { line: 1, page: null };
  return { line: mark.line, page: mark.page };
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
      const shifted = { ...mark, offset: mark.offset + offset };
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
  const first = positionAt(source, start);
  const marks: LineMark[] = [{ offset: 0, line: first.line, page: first.page }];
  for (const mark of source.marks) {
    if (mark.offset > start && mark.offset < end) marks.push({ ...mark, offset: mark.offset - start });
  }
  return { text: source.text.slice(start, end), marks };
}

export function lastLine(source: LocatedText): number {
  return source.marks[source.marks.length - 1]?.line ?? 1;
}

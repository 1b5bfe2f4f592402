// Where in the source lines a value's own text is: value → its pieces of lines, or null. A PlanFile
// of this version carries each value's character span, which is returned as it is; for one written
// before spans existed, the text is searched for near its line, compared the way the tool normalised
// it. A unit inside its list is always found in the list's span.
import type { Deadline, Section, SourceSpanSchema, Target } from '../schema/contract.js';
import type { z } from 'zod';
import type { SourceText, TextRun } from '../document/source-lines.js';

/** One line's share of a value: columns are 0-based UTF-16 offsets into the source line, end exclusive. */
export interface LinePiece {
  line: number;
  startColumn: number;
  endColumn: number;
}

/** A value's text in the source: one piece per line it runs over (a PDF table cell: one per line of its column). */
export type SourceSpan = LinePiece[];

/** Every grounded value the review page highlights, with what is needed to find it. */
export type LocatableValue =
  | { kind: 'heading'; section: Section }
  | { kind: 'units'; section: Section }
  | { kind: 'unit'; section: Section; name: string }
  | { kind: 'deadline'; section: Section; deadline: Deadline }
  | { kind: 'target'; section: Section; target: Target };

export type Locate = (value: LocatableValue) => SourceSpan | null;

type CharacterSpan = z.infer<typeof SourceSpanSchema>;

export interface LocateOptions {
  /** traditional → simplified, for a source the tool converted (applied per run when it keeps the length) */
  toSimplified?: (text: string) => string;
}

// How far from its line a value's text may start (a PDF line wraps a target over two or three lines,
// blank lines between them count) and run on (a PDF table cell runs down its narrow column: 45 lines
// for one list of units in 002's PDF), never past its section: each look-up reads a few lines.
const LINES_ABOVE = 8;
const LINES_BELOW = 60;

// Characters the comparison ignores on both sides: spaces the tool removes ("到 2025 年"), invisible
// ones, markdown emphasis ("**牵头单位**"), and "?" (a lost full-width space the tool turns into one).
const IGNORED = /[\s\u200b-\u200f\u2060\ufeff\u00ad*_`?]/;
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };
// "自治州发展和改革委员会、卫生健康委": a unit named by the end of its name starts after one of these
const UNIT_BOUNDARY = /[、，,；;：:（(）)\s]/;

/**
 * One character as the comparison sees it: full-width ASCII half-width (so "，" and "," agree, as the
 * tool makes them), Kangxi radicals and compatibility ideographs as the ordinary character, curly
 * and straight quotes alike; '' for an ignored character.
 */
export function foldChar(char: string): string {
  let folded = char;
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCharCode(code - 0xfee0);
  else if ((code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)) folded = char.normalize('NFKC');
  else if (code === 0x3000 || code === 0xa0) return '';
  folded = QUOTES[folded] ?? folded;
  return IGNORED.test(folded) ? '' : folded;
}

/** A text folded for comparison (values are already normalised; folding them too makes both sides equal). */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** A run folded: each folded character remembers the source columns it came from. */
interface FoldedRun {
  line: number;
  text: string;
  starts: number[];
  ends: number[];
}

/** Runs in reading order folded into one string, each character remembering its run. */
interface FoldedWindow {
  text: string;
  runs: FoldedRun[];
  /** for each character of text: its run's index in `runs` and its index inside that run */
  runOf: number[];
  indexInRun: number[];
}

function foldRun(line: number, text: string): FoldedRun {
  const run: FoldedRun = { line, text: '', starts: [], ends: [] };
  const parts: string[] = [];
  let column = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) {
      run.starts.push(column);
      run.ends.push(column + char.length);
    }
    parts.push(piece);
    column += char.length;
  }
  run.text = parts.join('');
  return run;
}

/** The pieces of lines the characters at..at+length of the window come from, one per run touched. */
function spanAt(window: FoldedWindow, at: number, length: number): SourceSpan {
  const pieces: SourceSpan = [];
  let last = -1;
  for (let i = at; i < at + length; i++) {
    const runIndex = window.runOf[i]!;
    const run = window.runs[runIndex]!;
    const index = window.indexInRun[i]!;
    if (runIndex !== last) {
      pieces.push({ line: run.line, startColumn: run.starts[index]!, endColumn: run.ends[index]! });
      last = runIndex;
    } else {
      pieces[pieces.length - 1]!.endColumn = run.ends[index]!;
    }
  }
  return pieces;
}

/** Whether every piece of `span` lies inside a piece of `outer`. */
function within(span: SourceSpan, outer: SourceSpan): boolean {
  return span.every((piece) =>
    outer.some((o) => o.line === piece.line && o.startColumn <= piece.startColumn && piece.endColumn <= o.endColumn),
  );
}

const covers = (span: SourceSpan, line: number): boolean => span.some((piece) => piece.line === line);

export function createLocator(source: SourceText, options: LocateOptions = {}): Locate {
  const textOf = new Map(source.lines.map((line) => [line.number, line.text]));
  const runs: TextRun[] =
    source.runs ?? source.lines.map((line) => ({ line: line.number, column: 0, length: line.text.length }));
  const runsOnLine = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = runsOnLine.get(run.line);
    if (list) list.push(index);
    else runsOnLine.set(run.line, [index]);
  });
  const folded = new Map<number, FoldedRun>();

  const foldedRun = (index: number): FoldedRun => {
    let run = folded.get(index);
    if (run) return run;
    const { line, column, length } = runs[index]!;
    const raw = (textOf.get(line) ?? '').slice(column, column + length);
    const converted = options.toSimplified ? options.toSimplified(raw) : raw;
    // a conversion that changed the length cannot be mapped back character by character
    run = foldRun(line, converted.length === raw.length ? converted : raw);
    if (column > 0) {
      run.starts = run.starts.map((start) => start + column);
      run.ends = run.ends.map((end) => end + column);
    }
    folded.set(index, run);
    return run;
  };

  /** The runs on lines from…to, in reading order, folded into one string. */
  const windowOf = (from: number, to: number): FoldedWindow => {
    const indexes: number[] = [];
    for (let line = Math.max(1, from); line <= to; line++) indexes.push(...(runsOnLine.get(line) ?? []));
    indexes.sort((a, b) => a - b);
    const window: FoldedWindow = { text: '', runs: [], runOf: [], indexInRun: [] };
    const texts: string[] = [];
    for (const index of indexes) {
      const run = foldedRun(index);
      const position = window.runs.length;
      window.runs.push(run);
      texts.push(run.text);
      for (let i = 0; i < run.text.length; i++) {
        window.runOf.push(position);
        window.indexInRun.push(i);
      }
    }
    window.text = texts.join('');
    return window;
  };

  /** The first place (in reading order) the folded needle occurs in lines from…to that `accept` takes. */
  const search = (needle: string, from: number, to: number, accept: (span: SourceSpan) => boolean): SourceSpan | null => {
    if (needle === '') return null;
    const window = windowOf(from, to);
    for (let at = window.text.indexOf(needle); at >= 0; at = window.text.indexOf(needle, at + 1)) {
      const span = spanAt(window, at, needle.length);
      if (accept(span)) return span;
    }
    return null;
  };

  /** True when the source character before the span ends a word of a unit list (or there is none). */
  const startsAtBoundary = (span: SourceSpan): boolean => {
    const first = span[0]!;
    const text = textOf.get(first.line) ?? '';
    return first.startColumn === 0 || UNIT_BOUNDARY.test(text[first.startColumn - 1]!);
  };

  const linesOf = (span: SourceSpan): [number, number] => [span[0]!.line, span[span.length - 1]!.line];

  /**
   * A unit inside its list: the name as written, or — for a name the tool completed with the list's
   * prefix ("自治州发展和改革委员会、卫生健康委" → 自治州卫生健康委) — the longest end of it that
   * starts a word of the list.
   */
  const findUnit = (name: string, list: SourceSpan): SourceSpan | null => {
    const [from, to] = linesOf(list);
    const whole = search(foldText(name), from, to, (span) => within(span, list));
    if (whole) return whole;
    const chars = [...name];
    for (let drop = 1; chars.length - drop >= 2; drop++) {
      const suffix = foldText(chars.slice(drop).join(''));
      if (suffix.length < 2) break;
      const found = search(suffix, from, to, (span) => within(span, list) && startsAtBoundary(span));
      if (found) return found;
    }
    return null;
  };

  /** The last line a value of this section may reach from `line`. */
  const below = (line: number, section: Section): number => Math.min(Math.max(section.span.endLine, line), line + LINES_BELOW);

  /**
   * A value stated on `line`. A target's line is where its number was read, so its text may begin a
   * few lines above ("…每年增" / "加1-2 个专家工作站"); the occurrence that covers the line wins.
   */
  const findAround = (text: string, line: number, section: Section): SourceSpan | null => {
    const needle = foldText(text);
    const from = Math.max(Math.min(section.span.startLine, line), line - LINES_ABOVE);
    const to = below(line, section);
    return search(needle, from, to, (span) => covers(span, line)) ?? search(needle, from, to, () => true);
  };

  /** A span the PlanFile carries, as line pieces (a span over several whole lines is cut at their ends). */
  const exact = (span: CharacterSpan | null | undefined): SourceSpan | null => {
    if (!span) return null;
    if (span.pieces) return span.pieces.map((piece) => ({ ...piece }));
    const pieces: SourceSpan = [];
    for (let line = span.startLine; line <= span.endLine; line++) {
      const length = textOf.get(line)?.length ?? 0;
      const startColumn = line === span.startLine ? span.startColumn : 0;
      const endColumn = line === span.endLine ? span.endColumn : length;
      if (endColumn > startColumn) pieces.push({ line, startColumn, endColumn });
    }
    return pieces.length ? pieces : null;
  };

  // PlanFiles from this version carry each value's span; older ones are searched for
  const locate: Locate = (value) => {
    const { section } = value;
    switch (value.kind) {
      case 'heading':
        // the highlight takes the marker too ("一、总体要求"), found on the heading's first line
        return searchLocate(value) ?? exact(section.titleSpan);
      case 'units':
        return exact(section.responsibility.span) ?? searchLocate(value);
      case 'deadline':
        return exact(value.deadline.span) ?? searchLocate(value);
      case 'target':
        return exact(value.target.span) ?? searchLocate(value);
      case 'unit': {
        const list = locate({ kind: 'units', section });
        return list ? findUnit(value.name, list) : null;
      }
    }
  };

  const searchLocate: Locate = (value) => {
    const { section } = value;
    switch (value.kind) {
      case 'heading': {
        const from = section.span.startLine;
        const to = below(from, section);
        const accept = (span: SourceSpan): boolean => covers(span, from);
        return (
          search(foldText(`${section.marker}${section.title}`), from, to, accept) ?? search(foldText(section.title), from, to, accept)
        );
      }
      case 'units': {
        const { raw, line } = section.responsibility;
        return raw && line ? findAround(raw, line, section) : null;
      }
      case 'unit': {
        const list = searchLocate({ kind: 'units', section });
        return list ? findUnit(value.name, list) : null;
      }
      case 'deadline':
        return findAround(value.deadline.text, value.deadline.line, section);
      case 'target':
        return findAround(value.target.text, value.target.line, section);
    }
  };
  return locate;
}

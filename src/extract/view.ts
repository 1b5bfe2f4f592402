// The scanning view of one item's text: stray spaces next to Chinese text dropped ("到 2025 年",
// "达到 20%") with a map back to source offsets, and the spans no grammar may read inside:
// cited titles 《…》, quotations “…” and 文号 brackets 〔2022〕.
import type { Span } from '../schema/contract.js';
import { positionAt, spanIn, type CharacterSpan, type LocatedText } from '../text/located.js';
import { charTest } from '../text/char-class.js';
import { chineseDates } from '../text/numerals.js';

export interface ItemView {
  source: LocatedText;
  /** the text with spaces next to Chinese characters removed; newlines kept */
  text: string;
  /** origin[i] = offset in source.text of text[i]; null when the text is the source's, offset for offset */
  origin: number[] | null;
  /** [start, end) ranges of text that are quotations or cited titles */
  shielded: Array<[number, number]>;
}

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》]/;

const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000;

/** Drops a space or tab when a Chinese character or sign touches it; "16 2" keeps its space. */
function compact(source: string): { text: string; origin: number[] | null } {
  // most items hold no space at all: the text is its own view, each offset its own origin
  let i = 0;
  while (i < source.length && !isBlank(source.charCodeAt(i))) i++;
  if (i === source.length) return { text: source, origin: null };
  const origin: number[] = [];
  for (let at = 0; at < i; at++) origin.push(at);
  // from the first space on, the kept stretches are sliced whole, not pushed character by character
  const pieces: string[] = [source.slice(0, i)];
  let before = i > 0 ? source[i - 1]! : '\n';
  while (i < source.length) {
    let j = i;
    while (j < source.length && isBlank(source.charCodeAt(j))) j++;
    const after = source[j] ?? '\n';
    const drop = HAN.test(before) || HAN.test(after) || before === '\n' || after === '\n';
    if (!drop) {
      pieces.push(' ');
      origin.push(i);
      before = ' ';
    }
    let end = j;
    while (end < source.length && !isBlank(source.charCodeAt(end))) origin.push(end++);
    if (end > j) {
      pieces.push(source.slice(j, end));
      before = source[end - 1]!;
    }
    i = end;
  }
  return { text: pieces.join(''), origin };
}

// Paired signs whose inside is somebody else's words; a pair not closed within 80 characters is
// a stray sign, not a quotation.
const PAIRS: ReadonlyArray<[string, string]> = [['《', '》'], ['“', '”'], ['‘', '’'], ['〔', '〕'], ['"', '"'], ['「', '」']];

function shieldedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    // the first closing sign after the last opening one: reused while it is still ahead, so a run of
    // opening signs ("《《《…") is not searched to its end once per sign
    let end = -1;
    for (let start = text.indexOf(open, from); start >= 0; start = text.indexOf(open, from)) {
      if (end <= start) end = text.indexOf(close, start + 1);
      if (end < 0) break;
      if (end - start > 80) {
        from = start + 1;
        continue;
      }
      spans.push([start, end + 1]);
      from = end + 1;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Dates in Chinese numerals read as arabic ones ("二〇二五年底前" → "2025年底前"), so that every grammar
 * reads them like the usual form; each digit keeps the source offset of the numeral it replaces.
 */
function withArabicDates(view: { text: string; origin: number[] | null }): { text: string; origin: number[] | null } {
  const parts = chineseDates(view.text).flat();
  if (parts.length === 0) return view;
  const known = view.origin;
  const originOf = (i: number): number => (known ? known[i]! : i);
  const pieces: string[] = [];
  const origin: number[] = [];
  let from = 0;
  for (const part of parts) {
    pieces.push(view.text.slice(from, part.at));
    // a loop, not push(...slice): an item of one enormous line would overflow the call stack
    for (let i = from; i < part.at; i++) origin.push(originOf(i));
    pieces.push(part.digits);
    for (let i = 0; i < part.digits.length; i++) origin.push(originOf(part.at + Math.min(i, part.written.length - 1)));
    from = part.at + part.written.length;
  }
  pieces.push(view.text.slice(from));
  for (let i = from; i < view.text.length; i++) origin.push(originOf(i));
  return { text: pieces.join(''), origin };
}

export function viewOf(source: LocatedText): ItemView {
  const { text, origin } = withArabicDates(compact(source.text));
  return { source, text, origin, shielded: shieldedSpans(text) };
}

/**
 * Whether some span [start, end) holds `offset`. The spans' starts and the running maximum of their
 * ends are indexed once per array (spans sorted by start, overlaps allowed), so an item with
 * thousands of notes or quotations is not scanned whole for each of its numbers.
 */
export function insideSpans(spans: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let index = spanIndexes.get(spans);
  if (!index) {
    const starts = new Float64Array(spans.length);
    const reach = new Float64Array(spans.length);
    let furthest = -Infinity;
    spans.forEach(([start, end], at) => {
      starts[at] = start;
      furthest = Math.max(furthest, end);
      reach[at] = furthest;
    });
    index = { starts, reach };
    spanIndexes.set(spans, index);
  }
  // the last span starting at or before offset
  let lo = 0;
  let hi = index.starts.length - 1;
  if (hi < 0 || index.starts[0]! > offset) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return index.reach[lo]! > offset;
}
const spanIndexes = new WeakMap<ReadonlyArray<readonly [number, number]>, { starts: Float64Array; reach: Float64Array }>();

// a quotation or title longer than 80 characters is a stray sign (shieldedSpans): no span is longer
const LONGEST_SHIELD = 82;

/** The first shielded span (in text order) that holds `offset` strictly inside, found by binary search. */
export function shieldAt(view: ItemView, offset: number): [number, number] | undefined {
  const spans = view.shielded;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < offset - LONGEST_SHIELD) lo = mid + 1;
    else hi = mid;
  }
  for (let index = lo; index < spans.length && spans[index]![0] < offset; index++) {
    const span = spans[index]!;
    if (offset > span[0] && offset < span[1] - 1) return span;
  }
  return undefined;
}

/** True when offset lies strictly inside a quotation or cited title (its opening sign is outside). */
export function isShielded(view: ItemView, offset: number): boolean {
  return shieldAt(view, offset) !== undefined;
}

export function sourceOffset(view: ItemView, offset: number): number {
  const { origin } = view;
  if (origin) return origin[Math.min(offset, origin.length - 1)] ?? 0;
  // the identity map, read as the array of it would be: past the end the last offset, none when empty
  const at = Math.min(offset, view.text.length - 1);
  return at >= 0 && Number.isInteger(at) ? at : 0;
}

export function lineAt(view: ItemView, offset: number): number {
  return positionAt(view.source, sourceOffset(view, offset)).line;
}

/** The source line and PDF page (null for other formats) of an offset in the view. */
export function placeAt(view: ItemView, offset: number): { line: number; page: number | null } {
  const { line, page } = positionAt(view.source, sourceOffset(view, offset));
  return { line, page };
}

/** The source characters of the view's [start, end): what a reviewer sees highlighted. */
export function characterSpanOf(view: ItemView, start: number, end: number): CharacterSpan {
  if (end <= start) return spanIn(view.source, sourceOffset(view, start), sourceOffset(view, start));
  return spanIn(view.source, sourceOffset(view, start), sourceOffset(view, end - 1) + 1);
}

export function spanOf(view: ItemView, start: number, end: number): Span {
  const first = positionAt(view.source, sourceOffset(view, start));
  const last = positionAt(view.source, sourceOffset(view, Math.max(start, end - 1)));
  return { startLine: first.line, endLine: last.line, page: first.page };
}

// A long text (an item of one enormous line) gets the positions of its stops found once per stop
// class, so each number's "where does my sentence start" is a binary search, not a walk back over
// the whole line. Short texts are walked, as cheap as building the index.
const INDEX_FROM = 2048;
let indexedText = '';
const stopIndexes = new Map<string, Int32Array>();

function stopPositions(text: string, stops: RegExp): Int32Array {
  if (text !== indexedText) {
    indexedText = text;
    stopIndexes.clear();
  }
  let positions = stopIndexes.get(stops.source);
  if (!positions) {
    const found: number[] = [];
    const all = new RegExp(stops.source, 'g');
    for (let match = all.exec(text); match; match = all.exec(text)) found.push(match.index);
    positions = Int32Array.from(found);
    stopIndexes.set(stops.source, positions);
  }
  return positions;
}

/** Index of the first position >= offset in sorted `positions` (positions.length when none). */
function lowerBound(positions: Int32Array, offset: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the stretch ending at `offset` that no character of `stops` interrupts. */
export function stretchStart(text: string, offset: number, stops: RegExp): number {
  if (text.length >= INDEX_FROM) {
    const positions = stopPositions(text, stops);
    // the last stop before offset (a stop at offset - 1 ends the stretch right there)
    const before = lowerBound(positions, offset) - 1;
    return before >= 0 ? positions[before]! + 1 : 0;
  }
  const isStop = charTest(stops);
  let start = offset;
  while (start > 0 && !isStop(text.charCodeAt(start - 1))) start--;
  return start;
}

/** End (exclusive) of the stretch starting at `offset` that no character of `stops` interrupts. */
export function stretchEnd(text: string, offset: number, stops: RegExp): number {
  if (text.length >= INDEX_FROM) {
    const positions = stopPositions(text, stops);
    const after = lowerBound(positions, offset);
    return after < positions.length ? positions[after]! : text.length;
  }
  const isStop = charTest(stops);
  let end = offset;
  while (end < text.length && !isStop(text.charCodeAt(end))) end++;
  return end;
}

/** Sentence ends: a deadline stated at the head of a sentence governs the whole sentence. */
export const SENTENCE_STOPS = /[。！？!?\n]/;
/** Clause ends: where a target's subject can start. */
export const CLAUSE_STOPS = /[。！？!?\n，,；;：:]/;

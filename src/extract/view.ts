// The scanning view of one item's text: stray spaces next to Chinese text dropped ("到 2025 年",
// "达到 20%") with a map back to source offsets, and the spans no grammar may read inside:
// cited titles 《…》, quotations “…” and 文号 brackets 〔2022〕.
import type { Span } from '../schema/contract.js';
import { positionAt, type LocatedText } from '../text/located.js';

export interface ItemView {
  source: LocatedText;
  /** the text with spaces next to Chinese characters removed; newlines kept */
  text: string;
  /** origin[i] = offset in source.text of text[i] */
  origin: number[];
  /** [start, end) ranges of text that are quotations or cited titles */
  shielded: Array<[number, number]>;
}

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》]/;

/** Drops a space or tab when a Chinese character or sign touches it; "16 2" keeps its space. */
function compact(source: string): { text: string; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === ' ' || char === '\t' || char === '\u3000') {
      let j = i;
      while (j < source.length && /[ \t\u3000]/.test(source[j]!)) j++;
      const before = chars[chars.length - 1] ?? '\n';
      const after = source[j] ?? '\n';
      const drop = HAN.test(before) || HAN.test(after) || before === '\n' || after === '\n';
      if (!drop) {
        chars.push(' ');
        origin.push(i);
      }
      i = j - 1;
      continue;
    }
    chars.push(char);
    origin.push(i);
  }
  return { text: chars.join(''), origin };
}

// Paired signs whose inside is somebody else's words; a pair not closed within 80 characters is
// a stray sign, not a quotation.
const PAIRS: ReadonlyArray<[string, string]> = [['《', '》'], ['“', '”'], ['‘', '’'], ['〔', '〕'], ['"', '"'], ['「', '」']];

function shieldedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (let start = text.indexOf(open, from); start >= 0; start = text.indexOf(open, from)) {
      const end = text.indexOf(close, start + 1);
      if (end < 0 || end - start > 80) {
        from = start + 1;
        continue;
      }
      spans.push([start, end + 1]);
      from = end + 1;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function viewOf(source: LocatedText): ItemView {
  const { text, origin } = compact(source.text);
  return { source, text, origin, shielded: shieldedSpans(text) };
}

// For each span list (sorted by start), the running maximum of the ends: a span [s, e) holds an
// offset iff some span starting at or before it ends after it, which one binary search finds. A
// scan over every span for every number was quadratic in an item with thousands of brackets.
const runningEnds = new WeakMap<ReadonlyArray<readonly [number, number]>, Int32Array>();

function runningEndsOf(spans: ReadonlyArray<readonly [number, number]>): Int32Array {
  let ends = runningEnds.get(spans);
  if (!ends) {
    ends = new Int32Array(spans.length);
    let max = -1;
    spans.forEach(([, end], index) => {
      max = Math.max(max, end);
      ends![index] = max;
    });
    runningEnds.set(spans, ends);
  }
  return ends;
}

/** Whether some [start + inset, end - inset) of `spans` (sorted by start) holds `offset`. */
export function withinSpans(spans: ReadonlyArray<readonly [number, number]>, offset: number, inset = 0): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] + inset <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && runningEndsOf(spans)[last]! - inset > offset;
}

/** True when offset lies strictly inside a quotation or cited title (its opening sign is outside). */
export function isShielded(view: ItemView, offset: number): boolean {
  return withinSpans(view.shielded, offset, 1);
}

export function sourceOffset(view: ItemView, offset: number): number {
  return view.origin[Math.min(offset, view.origin.length - 1)] ?? 0;
}

export function lineAt(view: ItemView, offset: number): number {
  return positionAt(view.source, sourceOffset(view, offset)).line;
}

export function spanOf(view: ItemView, start: number, end: number): Span {
  const first = positionAt(view.source, sourceOffset(view, start));
  const last = positionAt(view.source, sourceOffset(view, Math.max(start, end - 1)));
  return { startLine: first.line, endLine: last.line, page: first.page };
}

/** Start of `offset`'s line, looking back at most `limit` characters (a one-line megabyte stays linear). */
export function lineStartWithin(text: string, offset: number, limit: number): number {
  const floor = Math.max(0, offset - limit);
  let start = offset;
  while (start > floor && text[start - 1] !== '\n') start--;
  return start;
}

/** Start of the stretch ending at `offset` that no character of `stops` interrupts. */
export function stretchStart(text: string, offset: number, stops: RegExp): number {
  let start = offset;
  while (start > 0 && !stops.test(text[start - 1]!)) start--;
  return start;
}

/** End (exclusive) of the stretch starting at `offset` that no character of `stops` interrupts. */
export function stretchEnd(text: string, offset: number, stops: RegExp): number {
  let end = offset;
  while (end < text.length && !stops.test(text[end]!)) end++;
  return end;
}

/** Sentence ends: a deadline stated at the head of a sentence governs the whole sentence. */
export const SENTENCE_STOPS = /[。！？!?\n]/;
/** Clause ends: where a target's subject can start. */
export const CLAUSE_STOPS = /[。！？!?\n，,；;：:]/;

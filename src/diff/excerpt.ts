// A short excerpt of what changed in a text: the edited characters with a little context either
// side, not the whole body. "…推荐标准，达到70%以上，三级…" → "…推荐标准，达到80%以上，三级…".
// Character-level Myers diff, after trimming the common prefix and suffix (most revisions are a
// few local edits, so the middle is short); edits that are formatting only are dropped.
import { comparable } from './comparable.js';

/** One edited region: a[oldStart, oldEnd) became b[newStart, newEnd). */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface Excerpt {
  old: string;
  new: string;
}

/** Characters of context shown either side of an edit. */
export const CONTEXT = 10;
/** Edited regions shown before the excerpt ends in "…". */
export const MAX_HUNKS = 3;
/** Past this many single-character edits the texts are a rewrite, shown as one region. */
const MAX_EDITS = 400;

/** Character edits from a to b as hunks, or one hunk spanning the middle if they are a rewrite. */
export function diffChars(a: readonly string[], b: readonly string[]): Hunk[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  const oldMiddle = a.slice(prefix, a.length - suffix);
  const newMiddle = b.slice(prefix, b.length - suffix);
  if (oldMiddle.length === 0 && newMiddle.length === 0) return [];
  const hunks = myers(oldMiddle, newMiddle, MAX_EDITS) ?? [
    { oldStart: 0, oldEnd: oldMiddle.length, newStart: 0, newEnd: newMiddle.length },
  ];
  return hunks.map((hunk) => ({
    oldStart: hunk.oldStart + prefix,
    oldEnd: hunk.oldEnd + prefix,
    newStart: hunk.newStart + prefix,
    newEnd: hunk.newEnd + prefix,
  }));
}

/** Myers' O((N+M)·D) shortest edit script as hunks; null when more than maxEdits edits are needed. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): Hunk[] | null {
  const offset = maxEdits + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxEdits; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= a.length && y >= b.length) return hunksFromTrace(trace, offset, a.length, b.length);
    }
  }
  return null;
}

/** Walks the Myers trace back from the end, collecting runs of edits as hunks. */
function hunksFromTrace(trace: Int32Array[], offset: number, n: number, m: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = n;
  let y = m;
  let open: Hunk | null = null;
  const extend = (fromX: number, fromY: number): void => {
    if (open && open.oldStart === x && open.newStart === y) {
      open.oldStart = fromX;
      open.newStart = fromY;
    } else {
      open = { oldStart: fromX, oldEnd: x, newStart: fromY, newEnd: y };
      hunks.push(open);
    }
  };
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
    }
    extend(previousX, previousY);
    x = previousX;
    y = previousY;
  }
  return hunks.reverse();
}

/** Keeps the hunks whose old and new parts differ in more than formatting. */
function significant(a: readonly string[], b: readonly string[], hunks: Hunk[]): Hunk[] {
  return hunks.filter(
    (hunk) =>
      comparable(a.slice(hunk.oldStart, hunk.oldEnd).join('')) !== comparable(b.slice(hunk.newStart, hunk.newEnd).join('')),
  );
}

/** An edited region longer than this (a rewritten sentence) shows its two ends around a "…". */
const MAX_REGION = 60;

function region(chars: readonly string[], start: number, end: number): string {
  if (end - start <= MAX_REGION) return chars.slice(start, end).join('');
  const half = MAX_REGION / 2;
  return `${chars.slice(start, start + half).join('')}…${chars.slice(end - half, end).join('')}`;
}

interface Window {
  from: number;
  to: number;
  regions: Array<[number, number]>;
}

/** Each edited region widened by CONTEXT characters either side; overlapping windows merge. */
function windows(length: number, ranges: Array<[number, number]>): Window[] {
  const merged: Window[] = [];
  for (const [start, end] of ranges) {
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(length, end + CONTEXT);
    const last = merged[merged.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.regions.push([start, end]);
    } else merged.push({ from, to, regions: [[start, end]] });
  }
  return merged;
}

/** The windows joined by "…", each character of the text at most once. */
function render(chars: readonly string[], ranges: Array<[number, number]>, more: boolean): string {
  let text = '';
  let cursor = 0;
  for (const window of windows(chars.length, ranges)) {
    if (window.from > cursor) text += '…';
    let position = window.from;
    for (const [start, end] of window.regions) {
      text += chars.slice(position, start).join('') + region(chars, start, end);
      position = end;
    }
    text += chars.slice(position, window.to).join('');
    cursor = window.to;
  }
  if (cursor < chars.length || more) text += '…';
  return text;
}

/** The edited parts of two texts with context, or null when they differ only in formatting. */
export function excerpt(oldText: string, newText: string): Excerpt | null {
  const a = Array.from(oldText);
  const b = Array.from(newText);
  const hunks = significant(a, b, diffChars(a, b));
  if (hunks.length === 0) return null;
  const shown = hunks.slice(0, MAX_HUNKS);
  const more = hunks.length > MAX_HUNKS;
  return {
    old: render(a, shown.map((hunk) => [hunk.oldStart, hunk.oldEnd]), more),
    new: render(b, shown.map((hunk) => [hunk.newStart, hunk.newEnd]), more),
  };
}

// Several outline items run together on one line: a scrape that lost its paragraph breaks
// ("（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（…）",
// "1.抓好…项目。（省发改委主办，…协办）2.重点抓好…"). Left whole, the first item swallows the
// next and takes its responsibility note. The line is cut where the next number of the line's own
// enumerator style follows a closed note, or, for the heading styles 一、 and （一）, a sentence end;
// any other number stays text: an inline list under "（一）" ("：1.…；2.…"), a decimal ("。2.5亿元"),
// and an arabic list after a full stop, which is how a report cell counts ("1、查处…。2、检查…").
import type { Block } from '../document/block.js';
import { sliceLocated } from '../text/located.js';
import { parseMarker, type Marker, type MarkerStyle } from '../text/markers.js';

// what ends an item right before the next one's marker: a closed note; for a heading style also a
// full stop or a semicolon
const NOTE_END = /[）)】〕]/;
const SENTENCE_END = /[。；;！？]/;
const HEADING_STYLES: ReadonlySet<MarkerStyle> = new Set(['cn-comma', 'cn-paren']);
// characters that can open a marker (a quick test before the marker grammar runs on a window)
const MARKER_START = /[（(\d一二三四五六七八九十\u2460-\u249b第]/;
// enough text after a candidate for the marker grammar to read the marker and what follows it
const WINDOW = 24;

/** The next item's marker at `at`, when it continues the sequence of `current`. */
function nextItemAt(text: string, at: number, current: Marker): Marker | null {
  if (!MARKER_START.test(text[at] ?? '')) return null;
  const before = text[at - 1] ?? '';
  if (!NOTE_END.test(before) && !(HEADING_STYLES.has(current.style) && SENTENCE_END.test(before))) return null;
  const marker = parseMarker(text.slice(at, at + WINDOW));
  if (!marker || marker.style !== current.style || marker.ordinal !== current.ordinal + 1) return null;
  // "…（二）" ending the line is a cross-reference, not an item with a title
  return marker.rest.trim() === '' ? null : marker;
}

/** Offsets where a new item starts inside the block's text (none for an ordinary line). */
export function runOnItemStarts(text: string): number[] {
  let current = parseMarker(text);
  if (!current) return [];
  const starts: number[] = [];
  const from = text.length - text.trimStart().length + current.written.length;
  for (let at = from + 1; at < text.length; at++) {
    const next = nextItemAt(text, at, current);
    if (!next) continue;
    starts.push(at);
    current = next;
  }
  return starts;
}

/** Cuts a paragraph that holds several items into one paragraph per item, each grounded. */
export function splitRunOnItems(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const starts = block.kind === 'paragraph' ? runOnItemStarts(block.content.text) : [];
    if (starts.length === 0) {
      out.push(block);
      continue;
    }
    const bounds = [0, ...starts, block.content.text.length];
    for (let index = 0; index + 1 < bounds.length; index++) {
      const content = sliceLocated(block.content, bounds[index]!, bounds[index + 1]!);
      out.push(index === 0 ? { ...block, content } : { ...block, content, paragraphStart: true });
    }
  }
  return out;
}
